package org.factdesk.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.model.AuditEntry;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.model.Target;
import org.factdesk.report.ClaimJson;
import org.factdesk.report.ReportData;
import org.factdesk.report.ReportDocument;
import org.factdesk.service.MergePlan.Change;
import org.factdesk.service.MergePlan.ClaimChange;
import org.factdesk.service.MergePlan.FieldDifference;
import org.factdesk.service.MergePlan.Side;
import org.factdesk.text.CodePointIndex;

/**
 * Compares a report with the project, without changing it, into a {@link MergePlan}.
 *
 * <p>A report holds only the colleague's current claims, not their history, so "changed there only" is told from
 * this project's own history (its audit log): a claim that differs is <b>unchanged</b> if the report's version is one
 * this project had before (the colleague is behind), <b>updated</b> if this project never changed its copy after
 * receiving or making it, and a <b>conflict</b> otherwise, as is a claim deleted here that the report still has. A
 * conflict defaults to the side changed last. Deletions in the report cannot be seen (a report lists what exists), so a
 * merge never deletes.
 */
final class MergePlanner {

    private static final int PAGE = 5_000;

    private final Workspace workspace;

    MergePlanner(Workspace workspace) {
        this.workspace = workspace;
    }

    MergePlan plan(Path file, ReportData data) throws ServiceException {
        List<Document> newDocuments = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        Set<String> reportClaimIds = new HashSet<>();
        int present = 0;
        for (ReportDocument reported : data.documents()) {
            Document document = reported.document();
            texts.put(document.id(), document.text());
            if (checkDocument(document, newDocuments)) {
                present++;
            } else {
                newDocuments.add(document);
            }
            reported.claims().forEach(c -> reportClaimIds.add(c.id()));
        }
        Map<String, History> histories = histories(reportClaimIds);
        List<ClaimChange> changes = new ArrayList<>();
        for (ReportDocument reported : data.documents()) {
            for (Claim theirs : reported.claims()) {
                changes.add(change(theirs, histories.get(theirs.id()), texts));
            }
        }
        return new MergePlan(file, newDocuments, present, changes);
    }

    /**
     * Refuses a document the project has with another text, or a version whose previous version is nowhere.
     *
     * @param earlier documents of the report already accepted as new
     * @return whether the project has the document already
     */
    boolean checkDocument(Document reported, List<Document> earlier) throws ServiceException {
        Optional<Document> mine = workspace.store().documents().find(reported.id());
        if (mine.isPresent()) {
            if (!mine.get().text().equals(reported.text())) {
                throw new ServiceException("The document \"" + reported.title() + "\" (" + reported.id()
                        + ") has a different text in the report than in this project. Nothing was imported; "
                        + "import the report into a new project to compare them.");
            }
            return true;
        }
        String previous = reported.previousVersionId();
        if (previous != null && workspace.store().documents().find(previous).isEmpty()
                && earlier.stream().noneMatch(d -> d.id().equals(previous))) {
            throw new ServiceException("The document \"" + reported.title() + "\" is a new version of document "
                    + previous + ", which is neither in the report (before it) nor in this project. "
                    + "Nothing was imported.");
        }
        return false;
    }

    private ClaimChange change(Claim theirs, History history, Map<String, String> texts) {
        Optional<Claim> found = workspace.store().claims().find(theirs.id());
        if (found.isEmpty()) {
            if (history == null || history.deletedAt == null) {
                return new ClaimChange(Change.NEW, null, theirs, null, false, List.of(), Side.THEIRS);
            }
            Side newer = theirs.updatedAt().isAfter(history.deletedAt) ? Side.THEIRS : Side.MINE;
            return new ClaimChange(Change.CONFLICT, null, theirs, history.deletedAt, true,
                    List.of(new FieldDifference("claim", null, "kept")), newer);
        }
        Claim mine = found.get();
        List<FieldDifference> differences = differences(mine, theirs, texts);
        if (differences.isEmpty() || history != null && history.versions.contains(theirs)) {
            return new ClaimChange(Change.UNCHANGED, mine, theirs, mine.updatedAt(), false, differences, Side.MINE);
        }
        Side newer = theirs.updatedAt().isAfter(mine.updatedAt()) ? Side.THEIRS : Side.MINE;
        boolean editedHere = history != null && history.versions.size() > 1;
        return new ClaimChange(editedHere ? Change.CONFLICT : Change.UPDATED, mine, theirs, mine.updatedAt(), false,
                differences, editedHere ? newer : Side.THEIRS);
    }

    /** The fields the user compares, as text; {@code updatedAt} is not one of them but decides the default. */
    private List<FieldDifference> differences(Claim mine, Claim theirs, Map<String, String> texts) {
        List<FieldDifference> differences = new ArrayList<>();
        add(differences, "verdict", mine.verdict().id(), theirs.verdict().id());
        add(differences, "note", mine.note(), theirs.note());
        add(differences, "tags", String.join(", ", mine.tags()), String.join(", ", theirs.tags()));
        add(differences, "evidence", evidence(mine.evidence()), evidence(theirs.evidence()));
        if (!mine.target().equals(theirs.target()) || !mine.documentId().equals(theirs.documentId())) {
            differences.add(new FieldDifference("span", span(mine, texts), span(theirs, texts)));
        }
        add(differences, "details", details(mine), details(theirs));
        return differences;
    }

    private static void add(List<FieldDifference> differences, String field, String mine, String theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(new FieldDifference(field, mine, theirs));
        }
    }

    private static String evidence(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.title() == null || e.title().isBlank() ? e.url() : e.title() + " <"
                + e.url() + ">").collect(Collectors.joining("; "));
    }

    private static String details(Claim claim) {
        return "author=" + claim.author() + ", origin=" + claim.origin().id()
                + (claim.attribution() != null ? ", " + claim.attribution() : "")
                + (claim.figure() != null ? ", " + claim.figure() : "")
                + (claim.issue() != null ? ", " + claim.issue() : "");
    }

    /** The span as the user reads it: the quoted text and where it stands, in code points of its document. */
    private String span(Claim claim, Map<String, String> texts) {
        Target target = claim.target();
        String text = texts.get(claim.documentId());
        if (text == null) {
            text = workspace.store().documents().find(claim.documentId()).map(Document::text).orElse(null);
        }
        if (text == null || target.end() > text.length()) {
            return "«" + target.exact() + "»";
        }
        CodePointIndex index = CodePointIndex.of(text);
        return "«" + target.exact() + "» " + index.toCodePoints(target.start()) + "–" + index.toCodePoints(target.end())
                + (texts.containsKey(claim.documentId()) ? "" : " (" + claim.documentId().substring(0, 8) + ")");
    }

    /** This project's versions of a claim, and when it was deleted here if it was last deleted. */
    private static final class History {
        final Set<Claim> versions = new HashSet<>();
        Instant deletedAt;
    }

    /** One pass over the audit log, keeping only the claims of the report. */
    private Map<String, History> histories(Set<String> claimIds) {
        Map<String, History> histories = new HashMap<>();
        long after = 0;
        while (true) {
            List<AuditEntry> page = workspace.store().audit().list(after, PAGE);
            for (AuditEntry entry : page) {
                if (!"claim".equals(entry.entity()) || !claimIds.contains(entry.entityId())) {
                    continue;
                }
                History history = histories.computeIfAbsent(entry.entityId(), id -> new History());
                if (entry.after() != null) {
                    history.versions.add(ClaimJson.fromJson(entry.after()));
                    history.deletedAt = null;
                } else if ("claim.delete".equals(entry.action())) {
                    history.deletedAt = entry.at();
                }
            }
            if (page.size() < PAGE) {
                return histories;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }
}
