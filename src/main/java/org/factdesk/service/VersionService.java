package org.factdesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.Ids;
import org.factdesk.model.Target;
import org.factdesk.service.ClaimPlacement.Status;
import org.factdesk.text.Anchorer;
import org.factdesk.text.Anchoring;
import org.factdesk.text.ImportedArticle;
import org.factdesk.text.Targets;
import org.factdesk.text.TextDiff;
import org.factdesk.text.TextSpan;

/**
 * New versions of an article. A version is a new document naming the old one in {@code previousVersionId}; importing
 * it moves every claim of the old version onto the new text (DESIGN.md "Anchoring"), in one undoable action.
 *
 * <p>Where orphans live: a claim that cannot be placed on the new text is not changed at all. It stays on the previous
 * version, where it is still shown at its old place, and every comparison of the two versions lists it as an orphan
 * of the new one until the user re-attaches it to a span of the new version or drops it (each one undoable step).
 * So nothing is lost, also across restarts, without a table of its own.
 */
public final class VersionService {

    private final Workspace workspace;

    VersionService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Imports an article file as a new version of a document of the project and re-anchors every claim of that
     * document onto it, all as one undoable action. Cancelling before the write imports nothing.
     *
     * @param previousIdOrPrefix the document the file is a new version of
     * @return the new document and where each claim went (orphans stay on the previous version)
     */
    public VersionImport importAsNewVersion(Path file, String previousIdOrPrefix, Monitor monitor)
            throws ServiceException {
        Document previous = workspace.documents().get(previousIdOrPrefix);
        ImportedArticle article = workspace.documents().read(file);
        Optional<Document> same = workspace.store().documents().findBySha256(article.sha256());
        if (same.isPresent()) {
            throw new ServiceException(file.getFileName() + " is already in this project as \"" + same.get().title()
                    + "\" (" + same.get().id() + "). A new version must differ from the articles there; "
                    + "nothing was imported.");
        }
        monitor.progress(0.3);
        monitor.checkCancelled();
        List<Claim> claims = workspace.store().claims().listByDocument(previous.id());
        List<Anchoring> anchorings = Anchorer.anchorAll(claims.stream().map(Claim::target).toList(), article.text());
        monitor.progress(0.8);
        monitor.checkCancelled();
        return workspace.write(HistoryService.VERSION_IMPORT, audit -> {
            Document document = new Document(Ids.newId(), article.title(), previous.language(), article.source(),
                    article.sha256(), article.text(), article.paragraphs(), audit.at(), previous.id());
            workspace.store().documents().insert(document);
            audit.documentAddedUndoably(document);
            List<ClaimPlacement> placements = new ArrayList<>(claims.size());
            for (int i = 0; i < claims.size(); i++) {
                Claim claim = claims.get(i);
                Anchoring anchoring = anchorings.get(i);
                placements.add(new ClaimPlacement(claim.id(), claim.kind(), ClaimPlacement.of(anchoring),
                        claim.target(), anchoring.target()));
                if (!anchoring.isOrphan()) {
                    move(claim, document, anchoring.target(), previous.text(), audit);
                }
            }
            return new VersionImport(DocumentService.info(document, false), previous.id(), placements);
        });
    }

    /**
     * The two versions of an article and where each claim stands in both. It is worked out from the project as it is
     * now (each claim of the new version placed back on the old text), so it stays true after undo, redo, edits and
     * re-attachments.
     *
     * @param documentIdOrPrefix a document that is a new version of another
     */
    public VersionComparison compare(String documentIdOrPrefix) throws ServiceException {
        Document current = workspace.documents().get(documentIdOrPrefix);
        if (current.previousVersionId() == null) {
            throw new ServiceException("\"" + current.title() + "\" is not a new version of another article. "
                    + "Import a file as a new version of it to compare the two.");
        }
        Document previous = workspace.documents().get(current.previousVersionId());
        List<Claim> claims = workspace.store().claims().listByDocument(current.id());
        List<Anchoring> back = Anchorer.anchorAll(claims.stream().map(Claim::target).toList(), previous.text());
        List<ClaimPlacement> placements = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            Anchoring anchoring = back.get(i);
            Status status = anchoring.isOrphan() ? Status.NEW : ClaimPlacement.of(anchoring);
            placements.add(new ClaimPlacement(claim.id(), claim.kind(), status, anchoring.target(), claim.target()));
        }
        for (Claim orphan : workspace.store().claims().listByDocument(previous.id())) {
            placements.add(new ClaimPlacement(orphan.id(), orphan.kind(), Status.ORPHANED, orphan.target(), null));
        }
        TextDiff.Result diff = TextDiff.diff(previous.text(), current.text());
        return new VersionComparison(previous, current, placements, spans(diff.deleted()), spans(diff.inserted()));
    }

    private static List<VersionComparison.Span> spans(List<TextSpan> spans) {
        return spans.stream().map(s -> new VersionComparison.Span(s.start(), s.end())).toList();
    }

    /**
     * Re-attaches an orphan (a claim still on the previous version) to a span of the new version, as one undoable
     * action.
     *
     * @param start first UTF-16 char of the span in the new version's text
     * @param end UTF-16 char after the span
     */
    public Claim reattach(String claimIdOrPrefix, String documentIdOrPrefix, int start, int end)
            throws ServiceException {
        Claim claim = workspace.claims().get(claimIdOrPrefix);
        Document current = workspace.documents().get(documentIdOrPrefix);
        if (!Objects.equals(current.previousVersionId(), claim.documentId())) {
            throw new ServiceException("The claim " + claim.id() + " is not on the version \"" + current.title()
                    + "\" follows; only the orphans of its previous version can be re-attached to it.");
        }
        if (start < 0 || end > current.text().length() || start >= end
                || current.text().substring(start, end).isBlank()) {
            throw new ServiceException("The span " + start + "–" + end + " is not a stretch of words of \""
                    + current.title() + "\". Select the words to re-attach the claim to.");
        }
        Document previous = workspace.documents().get(claim.documentId());
        Target target;
        try {
            target = Targets.of(current.text(), start, end);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e.getMessage() + ". Select whole characters.", e);
        }
        return workspace.write(HistoryService.REATTACH,
                audit -> move(claim, current, target, previous.text(), audit));
    }

    /** Drops an orphan: deletes it as one undoable action (undo puts it back on the previous version). */
    public Claim drop(String claimIdOrPrefix) throws ServiceException {
        return workspace.claims().delete(claimIdOrPrefix);
    }

    /** Moves a claim onto another document at a target there; an attribution's speaker span follows if it can. */
    private Claim move(Claim claim, Document to, Target target, String fromText, AuditRecorder audit) {
        Claim moved = claim.withDocumentId(to.id()).withTarget(target)
                .withAttribution(moveSpeaker(claim.attribution(), fromText, to.text())).withUpdatedAt(audit.at());
        workspace.store().claims().update(moved);
        audit.claimUpdated(claim, moved);
        return moved;
    }

    private static Attribution moveSpeaker(Attribution attribution, String fromText, String toText) {
        if (attribution == null || attribution.speakerStart() == null) {
            return attribution;
        }
        Anchoring speaker;
        try {
            speaker = Anchorer.anchor(Targets.of(fromText, attribution.speakerStart(), attribution.speakerEnd()),
                    toText);
        } catch (IllegalArgumentException e) {
            speaker = null;
        }
        Integer start = speaker == null || speaker.isOrphan() ? null : speaker.target().start();
        Integer end = speaker == null || speaker.isOrphan() ? null : speaker.target().end();
        return new Attribution(attribution.speaker(), start, end, attribution.role(), attribution.cue(),
                attribution.direct(), attribution.statementId());
    }
}
