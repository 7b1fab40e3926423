package org.factdesk.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.ReviewIssue;
import org.factdesk.report.ProjectInfo;
import org.factdesk.report.ReportContent;
import org.factdesk.report.ReportData;
import org.factdesk.report.ReportDocument;
import org.factdesk.report.ReportFormatException;
import org.factdesk.report.ReportReader;
import org.factdesk.report.ReportSummary;
import org.factdesk.report.ReportWriter;
import org.factdesk.service.MergeResult.ClaimDifference;
import org.factdesk.service.MergeResult.Kept;
import org.factdesk.store.DocumentSummary;
import org.factdesk.text.Segmenter;

/** Exporting a project as a report, and importing (merging) a report into it. */
public final class ReportService {

    private final Workspace workspace;

    ReportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Writes the whole project as a {@code factdesk-report} JSON file. Claims are streamed from the project file, so
     * memory does not grow with their number; the file appears complete or not at all.
     */
    public ExportResult exportJson(Path out) throws ServiceException {
        return exportJson(out, Monitor.NONE);
    }

    /**
     * As {@link #exportJson(Path)}, reporting progress by claims written; cancelling leaves any earlier file at
     * {@code out} as it was.
     */
    public ExportResult exportJson(Path out, Monitor monitor) throws ServiceException {
        ProjectContent content = new ProjectContent(monitor);
        try {
            ReportSummary summary = new ReportWriter().write(content, out);
            return new ExportResult(out, "json", summary.documents(), summary.claims());
        } catch (Cancelled e) {
            throw new CancelledException();
        } catch (IOException e) {
            throw new ServiceException("Could not write the report to " + out + ": " + e.getMessage()
                    + ". Any earlier file there is unchanged.", e);
        }
    }

    /**
     * Imports a report: documents and claims that are new are added; a claim present on both sides keeps the
     * version updated last, and every such difference is listed. All of it is one action: a report with any problem
     * is rejected whole and the project is unchanged.
     */
    public MergeResult importReport(Path file) throws ServiceException {
        ReportData data;
        try {
            data = new ReportReader().read(file);
        } catch (ReportFormatException e) {
            throw new ServiceException(e.getMessage() + " — nothing was imported.", e);
        }
        return workspace.write(null, audit -> {
            Merge merge = new Merge();
            for (ReportDocument reported : data.documents()) {
                mergeDocument(reported.document(), audit, merge);
                for (Claim claim : reported.claims()) {
                    mergeClaim(claim, audit, merge);
                }
            }
            return merge.result();
        });
    }

    private void mergeDocument(Document reported, AuditRecorder audit, Merge merge) throws ServiceException {
        Optional<Document> mine = workspace.store().documents().find(reported.id());
        if (mine.isPresent()) {
            if (!mine.get().text().equals(reported.text())) {
                throw new ServiceException("The document \"" + reported.title() + "\" (" + reported.id()
                        + ") has a different text in the report than in this project. Nothing was imported; "
                        + "import the report into a new project to compare them.");
            }
            merge.documentsAlreadyPresent++;
            return;
        }
        String previous = reported.previousVersionId();
        if (previous != null && workspace.store().documents().find(previous).isEmpty()) {
            throw new ServiceException("The document \"" + reported.title() + "\" is a new version of document "
                    + previous + ", which is neither in the report (before it) nor in this project. "
                    + "Nothing was imported.");
        }
        Document document = new Document(reported.id(), reported.title(), reported.language(), reported.source(),
                reported.sha256(), reported.text(), Segmenter.paragraphs(reported.text()), reported.importedAt(),
                previous);
        workspace.store().documents().insert(document);
        audit.documentAdded(document);
        merge.documentsAdded++;
    }

    private void mergeClaim(Claim reported, AuditRecorder audit, Merge merge) throws ServiceException {
        Optional<Claim> found = workspace.store().claims().find(reported.id());
        if (found.isEmpty()) {
            workspace.store().claims().insert(reported);
            audit.claimAdded(reported);
            merge.claimsAdded++;
            return;
        }
        Claim mine = found.get();
        if (!mine.documentId().equals(reported.documentId())) {
            throw new ServiceException("The claim " + reported.id() + " belongs to another document in this project "
                    + "than in the report. Nothing was imported.");
        }
        if (mine.equals(reported)) {
            merge.claimsUnchanged++;
            return;
        }
        List<String> fields = differingFields(mine, reported);
        if (reported.updatedAt().isAfter(mine.updatedAt())) {
            workspace.store().claims().update(reported);
            audit.claimUpdated(mine, reported);
            merge.claimsUpdated++;
            merge.differences.add(new ClaimDifference(reported.id(), fields, Kept.REPORT));
        } else {
            merge.claimsKept++;
            merge.differences.add(new ClaimDifference(reported.id(), fields, Kept.PROJECT));
        }
    }

    static List<String> differingFields(Claim a, Claim b) {
        List<String> fields = new ArrayList<>();
        compare(fields, "target", a.target(), b.target());
        compare(fields, "verdict", a.verdict(), b.verdict());
        compare(fields, "note", a.note(), b.note());
        compare(fields, "tags", a.tags(), b.tags());
        compare(fields, "evidence", a.evidence(), b.evidence());
        compare(fields, "author", a.author(), b.author());
        compare(fields, "origin", a.origin(), b.origin());
        compare(fields, "attribution", a.attribution(), b.attribution());
        compare(fields, "figure", a.figure(), b.figure());
        compare(fields, "issue", a.issue(), b.issue());
        compare(fields, "updatedAt", a.updatedAt(), b.updatedAt());
        return fields;
    }

    private static void compare(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    /** Counts of one merge while it runs. */
    private static final class Merge {
        int documentsAdded;
        int documentsAlreadyPresent;
        int claimsAdded;
        int claimsUpdated;
        int claimsKept;
        int claimsUnchanged;
        final List<ClaimDifference> differences = new ArrayList<>();

        MergeResult result() {
            return new MergeResult(documentsAdded, documentsAlreadyPresent, claimsAdded, claimsUpdated, claimsKept,
                    claimsUnchanged, differences);
        }
    }

    /** Carries a cancellation out of the report writer, which then removes its temporary file. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** The project as the report writer reads it: documents whole, claims streamed from the store. */
    private final class ProjectContent implements ReportContent {

        private static final int CHECK_EVERY = 1_000;
        private final Monitor monitor;
        private final int total;
        private int written;

        ProjectContent(Monitor monitor) {
            this.monitor = monitor;
            this.total = Math.max(1, workspace.store().claims().count());
        }

        @Override
        public ProjectInfo project() {
            return new ProjectInfo(workspace.store().meta().get("name").orElse(baseName(workspace.file())),
                    workspace.file().getFileName().toString(),
                    workspace.store().meta().get("organisation").orElse(null));
        }

        /**
         * The documents, each read from the project when the writer gets to it, so that only one document's text is
         * in memory at a time (a 5 MB article is some 25 MB of transient heap while it is read).
         */
        @Override
        public List<ReviewIssue> reviewIssues(String documentId) {
            return workspace.store().review().openIssues(documentId);
        }

        @Override
        public List<Document> documents() {
            List<String> ids = workspace.store().documents().list().stream().map(DocumentSummary::id).toList();
            return new AbstractList<>() {
                @Override
                public Document get(int index) {
                    String id = ids.get(index);
                    return workspace.store().documents().find(id).orElseThrow(() -> new IllegalStateException(
                            "The document " + id + " was deleted while the report was being written."));
                }

                @Override
                public int size() {
                    return ids.size();
                }
            };
        }

        @Override
        public void forEachClaim(String documentId, Consumer<Claim> sink) {
            workspace.store().claims().forEach(documentId, claim -> {
                if (++written % CHECK_EVERY == 0) {
                    if (monitor.isCancelled()) {
                        throw new Cancelled();
                    }
                    monitor.progress((double) written / total);
                }
                sink.accept(claim);
            });
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
