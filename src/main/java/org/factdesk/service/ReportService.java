package org.factdesk.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.analysis.attributions.SpeakerNames;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.ReviewIssue;
import org.factdesk.report.AnnotationReader;
import org.factdesk.report.AnnotationWriter;
import org.factdesk.report.ClaimReviewWriter;
import org.factdesk.report.CsvClaimsWriter;
import org.factdesk.report.ExportCounts;
import org.factdesk.report.HtmlReportWriter;
import org.factdesk.report.ProjectInfo;
import org.factdesk.report.Publication;
import org.factdesk.report.ReportContent;
import org.factdesk.report.ReportData;
import org.factdesk.report.ReportDocument;
import org.factdesk.report.ReportFormatException;
import org.factdesk.report.ReportReader;
import org.factdesk.report.ReportSummary;
import org.factdesk.report.ReportWriter;
import org.factdesk.report.SafeUrl;
import org.factdesk.service.MergeResult.ClaimDifference;
import org.factdesk.service.MergeResult.Kept;
import org.factdesk.store.DocumentSummary;
import org.factdesk.store.ProjectMeta;
import org.factdesk.store.Publications;
import org.factdesk.text.Segmenter;

/** Exporting a project as a report, and importing (merging) a report into it. */
public final class ReportService {

    private final Workspace workspace;
    private final MergePlanner planner;

    ReportService(Workspace workspace) {
        this.workspace = workspace;
        this.planner = new MergePlanner(workspace);
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
     * Writes the whole project in {@code format} into {@code out}, which appears complete or not at all (an earlier
     * file there is kept if anything fails or the user cancels). Progress is by claims written; ClaimReview leaves
     * out unverified claims and translation issues and the result says how many.
     *
     * @throws ServiceException if the file cannot be written, or ClaimReview is asked of a project with no
     *     organisation
     */
    public ExportResult export(ExportFormat format, Path out, ExportOptions options, Monitor monitor)
            throws ServiceException {
        if (format == ExportFormat.JSON) {
            return exportJson(out, monitor);
        }
        // Claims are checked for cancellation every thousand; a small project is done before the next check.
        monitor.checkCancelled();
        ProjectContent content = new ProjectContent(monitor, options);
        Clock clock = workspace.session().clock();
        try {
            ExportCounts counts = switch (format) {
                case CLAIMREVIEW -> new ClaimReviewWriter(options.language(), SpeakerNames::isOrganisation, true)
                        .write(content, out);
                case W3C -> new AnnotationWriter(clock, ReportWriter.defaultGenerator(), true).write(content, out);
                case CSV -> new CsvClaimsWriter(options.bom()).write(content, out);
                case HTML -> new HtmlReportWriter(clock, options.language()).write(content, out);
                case JSON -> throw new IllegalStateException("written above");
            };
            return new ExportResult(out, format.id(), counts.documents(), counts.claims(), counts.unverifiedLeftOut(),
                    counts.notReviewableLeftOut());
        } catch (Cancelled e) {
            throw new CancelledException();
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e.getMessage() + " Nothing was written.", e);
        } catch (IOException e) {
            throw new ServiceException("Could not write " + out + ": " + e.getMessage()
                    + ". Any earlier file there is unchanged.", e);
        }
    }

    /** The fact-checking organisation ClaimReview names, and its web address; either may be empty. */
    public Publisher publisher() {
        return new Publisher(workspace.store().meta().get(ProjectMeta.ORGANISATION).orElse(""),
                workspace.store().meta().get(ProjectMeta.ORGANISATION_URL).orElse(""));
    }

    /** Sets the fact-checking organisation and its web address (blank removes them) in the project's settings. */
    public void setPublisher(Publisher publisher) throws ServiceException {
        if (!publisher.url().isBlank() && !SafeUrl.isWebUrl(publisher.url().strip())) {
            throw new ServiceException("The organisation's web address must start with http:// or https:// (\""
                    + publisher.url() + "\"). Nothing was changed.");
        }
        workspace.write(null, audit -> {
            putOrRemove(ProjectMeta.ORGANISATION, publisher.organisation());
            putOrRemove(ProjectMeta.ORGANISATION_URL, publisher.url());
            return null;
        });
    }

    private void putOrRemove(String key, String value) {
        if (value == null || value.isBlank()) {
            workspace.store().meta().remove(key);
        } else {
            workspace.store().meta().put(key, value.strip());
        }
    }

    /** The fact-checking organisation as the project's settings hold it. */
    public record Publisher(String organisation, String url) {
        public Publisher {
            organisation = organisation == null ? "" : organisation;
            url = url == null ? "" : url;
        }
    }

    /**
     * Where and when a document was published: as set with {@link #setPublication}, completed by its source when
     * that is a web address.
     */
    public Publication publication(Document document) {
        Publication fromSource = Publication.fromSource(document.source());
        return workspace.store().publications().find(document.id())
                .map(entry -> new Publication(entry.url(), entry.date()).orElse(fromSource)).orElse(fromSource);
    }

    /** Where and when a document was published, as set with {@link #setPublication} (empty parts unknown). */
    public ArticlePublication articlePublication(String documentId) {
        return workspace.store().publications().find(documentId)
                .map(entry -> new ArticlePublication(entry.url() == null ? "" : entry.url(), entry.date()))
                .orElse(new ArticlePublication("", null));
    }

    /** Where ({@code ""} when unknown) and when ({@code null} when unknown) an article was published. */
    public record ArticlePublication(String url, LocalDate date) {
    }

    /**
     * Sets where and when a document was published (ClaimReview's appearance); {@code null} parts are unknown.
     *
     * @throws ServiceException if the address is not an http(s) web address or the document does not exist
     */
    public void setPublication(String documentIdOrPrefix, String url, LocalDate date) throws ServiceException {
        String id = workspace.documents().resolveId(documentIdOrPrefix);
        String address = url == null || url.isBlank() ? null : url.strip();
        if (address != null && !SafeUrl.isWebUrl(address)) {
            throw new ServiceException("The article's web address must start with http:// or https:// (\"" + url
                    + "\"). Nothing was changed.");
        }
        workspace.write(null, audit -> {
            workspace.store().publications().put(id, new Publications.Entry(address, date));
            return null;
        });
    }

    /** Whether a file holds W3C Web Annotations rather than a {@code factdesk-report}; looks only at its start. */
    public boolean isAnnotationFile(Path file) {
        return AnnotationReader.isAnnotationFile(file);
    }

    /**
     * Imports a W3C Web Annotation file into this project, whose articles must already be in it: every annotation
     * becomes a claim with its span, kind, verdict, note, tags, speaker and evidence, placed by re-anchoring its
     * quote when the article's text differs. One action: a file with any problem imports nothing. Annotations of
     * claims already in the project are left alone; those whose text is nowhere in the article are listed.
     */
    public AnnotationImportResult importAnnotations(Path file) throws ServiceException {
        return new AnnotationImporter(workspace).importFile(file);
    }

    /**
     * Imports a report: documents and claims that are new are added; a claim present on both sides keeps the
     * version updated last, and every such difference is listed. All of it is one action: a report with any problem
     * is rejected whole and the project is unchanged.
     */
    public MergeResult importReport(Path file) throws ServiceException {
        ReportData data = read(file);
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

    /**
     * Works out what merging a report would do, changing nothing: the documents it adds and each claim as new,
     * updated, conflicting or unchanged, with the fields that differ (see {@link MergePlanner} for how "changed on
     * one side only" is told). A report with any problem is refused here, before anything is shown or changed.
     */
    public MergePlan planMerge(Path file) throws ServiceException {
        return planner.plan(file, read(file));
    }

    /**
     * Applies a merge plan as one undoable action: adds its new documents and claims, takes the report's version of
     * updated claims, and of each conflict the side chosen (the newer when none is chosen).
     *
     * @param choices the side kept per conflicting claim id
     * @throws ServiceException if a claim changed in the project since the plan was made (nothing is changed then)
     */
    public MergeResult applyMerge(MergePlan plan, Map<String, MergePlan.Side> choices) throws ServiceException {
        return workspace.write(HistoryService.MERGE, audit -> {
            Merge merge = new Merge();
            for (Document document : plan.newDocuments()) {
                Document added = new Document(document.id(), document.title(), document.language(),
                        document.source(), document.sha256(), document.text(), Segmenter.paragraphs(document.text()),
                        document.importedAt(), document.previousVersionId());
                workspace.store().documents().insert(added);
                audit.documentAddedUndoably(added);
                merge.documentsAdded++;
            }
            merge.documentsAlreadyPresent = plan.documentsPresent();
            for (MergePlan.ClaimChange change : plan.claims()) {
                Claim mine = workspace.store().claims().find(change.claimId()).orElse(null);
                if (!Objects.equals(mine, change.mine())) {
                    throw new ServiceException("The claim " + change.claimId() + " changed in this project after the "
                            + "merge was previewed. Nothing was merged; preview the merge again.");
                }
                MergePlan.Side side = switch (change.change()) {
                    case NEW, UPDATED -> MergePlan.Side.THEIRS;
                    case UNCHANGED -> MergePlan.Side.MINE;
                    case CONFLICT -> choices.getOrDefault(change.claimId(), change.newer());
                };
                List<String> fields = change.differences().stream().map(MergePlan.FieldDifference::field).toList();
                if (side == MergePlan.Side.MINE) {
                    if (change.change() == MergePlan.Change.UNCHANGED) {
                        merge.claimsUnchanged++;
                    } else {
                        merge.claimsKept++;
                        merge.differences.add(new ClaimDifference(change.claimId(), fields, Kept.PROJECT));
                    }
                } else if (mine == null) {
                    workspace.store().claims().insert(change.theirs());
                    audit.claimAdded(change.theirs());
                    merge.claimsAdded++;
                } else {
                    workspace.store().claims().update(change.theirs());
                    audit.claimUpdated(mine, change.theirs());
                    merge.claimsUpdated++;
                    merge.differences.add(new ClaimDifference(change.claimId(), fields, Kept.REPORT));
                }
            }
            return merge.result();
        });
    }

    private static ReportData read(Path file) throws ServiceException {
        try {
            return new ReportReader().read(file);
        } catch (ReportFormatException e) {
            throw new ServiceException(e.getMessage() + " — nothing was imported.", e);
        }
    }

    private void mergeDocument(Document reported, AuditRecorder audit, Merge merge) throws ServiceException {
        if (planner.checkDocument(reported, List.of())) {
            merge.documentsAlreadyPresent++;
            return;
        }
        String previous = reported.previousVersionId();
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
        private final ExportOptions options;
        private final int total;
        private int written;

        ProjectContent(Monitor monitor) {
            this(monitor, ExportOptions.DEFAULT);
        }

        ProjectContent(Monitor monitor, ExportOptions options) {
            this.monitor = monitor;
            this.options = options;
            this.total = Math.max(1, workspace.store().claims().count());
        }

        @Override
        public ProjectInfo project() {
            String organisation = options.organisation() != null ? options.organisation()
                    : workspace.store().meta().get("organisation").orElse(null);
            String organisationUrl = options.organisationUrl() != null ? options.organisationUrl()
                    : workspace.store().meta().get(ProjectMeta.ORGANISATION_URL).orElse(null);
            return new ProjectInfo(workspace.store().meta().get("name").orElse(baseName(workspace.file())),
                    workspace.file().getFileName().toString(), organisation, organisationUrl);
        }

        @Override
        public Publication publication(Document document) {
            return ReportService.this.publication(document);
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
                    // The HTML report reads the claims twice (summaries, then articles).
                    monitor.progress(Math.min(1.0, (double) written / total));
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
