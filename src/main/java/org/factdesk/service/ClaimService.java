package org.factdesk.service;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.factdesk.analysis.figures.FigureDetector;
import org.factdesk.analysis.figures.FigureMatch;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Figure;
import org.factdesk.model.Origin;
import org.factdesk.text.CodePointIndex;
import org.factdesk.text.Targets;

/** Marking, editing and deleting claims: each call is one action, one transaction, recorded in the audit log. */
public final class ClaimService {

    private final Workspace workspace;
    private final FigureDetector figures = new FigureDetector();

    ClaimService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Marks a span of a document as a new, unverified claim.
     *
     * @param start first UTF-16 char of the span in the document's text
     * @param end UTF-16 char after the span
     */
    public Claim mark(String documentId, ClaimKind kind, int start, int end) throws ServiceException {
        return mark(workspace.documents().get(documentId), kind, start, end, UnaryOperator.identity());
    }

    /**
     * Marks a span given in code points, as offsets arrive from the command line and other programs, and applies
     * the initial edits (verdict, note, tags…) in the same action.
     */
    public Claim markAtCodePoints(String documentId, ClaimKind kind, int start, int end, UnaryOperator<Claim> edits)
            throws ServiceException {
        Document document = workspace.documents().get(documentId);
        CodePointIndex index = CodePointIndex.of(document.text());
        if (start < 0 || end > index.codePointLength() || start >= end) {
            throw new ServiceException("The span " + start + "–" + end + " is not inside the document \""
                    + document.title() + "\" (0–" + index.codePointLength()
                    + " code points, end after start). Nothing was marked.");
        }
        return mark(document, kind, index.toUtf16(start), index.toUtf16(end), edits);
    }

    private Claim mark(Document document, ClaimKind kind, int start, int end, UnaryOperator<Claim> edits)
            throws ServiceException {
        Objects.requireNonNull(kind, "kind");
        if (kind == ClaimKind.TRANSLATION_ISSUE) {
            throw new ServiceException("Translation issues are made by translation review, not marked by hand. "
                    + "Mark a statement, an attribution or a figure.");
        }
        if (start < 0 || end > document.text().length() || start >= end) {
            throw new ServiceException("The span " + start + "–" + end + " is not inside the document \""
                    + document.title() + "\". Nothing was marked.");
        }
        if (document.text().substring(start, end).isBlank()) {
            throw new ServiceException("The span " + start + "–" + end + " holds only white space. "
                    + "Select the words to mark.");
        }
        return workspace.write(HistoryService.MARK, audit -> {
            Claim created = Claim.create(document.id(), kind, Targets.of(document.text(), start, end),
                    audit.author(), Origin.MANUAL, audit.at());
            if (kind == ClaimKind.FIGURE) {
                created = created.withFigure(readFigure(document, start, end));
            }
            Claim claim = edits.apply(created).withUpdatedAt(audit.at());
            requireSameIdentity(created, claim);
            workspace.store().claims().insert(claim);
            audit.claimAdded(claim);
            return claim;
        });
    }

    /**
     * Reads the figure a hand-made mark holds ("casi la mitad" → 0.5, fraction, nearly), so the user starts from
     * its value instead of an empty form: the longest figure the detector finds inside the span, or none.
     */
    private Figure readFigure(Document document, int start, int end) {
        String span = document.text().substring(start, end);
        return figures.find(span, document.language()).stream()
                .max(Comparator.comparingInt(match -> match.end() - match.start()))
                .map(FigureMatch::figure).orElse(Figure.empty());
    }

    /** Changes a claim; the edit may change anything but its id, document, kind, span and creation. */
    public Claim update(String claimIdOrPrefix, UnaryOperator<Claim> edit) throws ServiceException {
        Claim before = get(claimIdOrPrefix);
        Claim edited = edit.apply(before);
        requireSameIdentity(before, edited);
        if (edited.equals(before)) {
            return before;
        }
        return workspace.write(HistoryService.EDIT, audit -> {
            Claim after = edited.withUpdatedAt(audit.at());
            workspace.store().claims().update(after);
            audit.claimUpdated(before, after);
            return after;
        });
    }

    /** Deletes a claim; the audit log keeps what it was, so the deletion can be undone. */
    public Claim delete(String claimIdOrPrefix) throws ServiceException {
        Claim before = get(claimIdOrPrefix);
        return workspace.write(HistoryService.DELETE, audit -> {
            workspace.store().claims().delete(before.id());
            audit.claimDeleted(before);
            return before;
        });
    }

    /** The claims of one document in document order, or of every document when the id is {@code null}. */
    public List<Claim> list(String documentIdOrPrefix) throws ServiceException {
        if (documentIdOrPrefix == null) {
            return workspace.store().documents().list().stream()
                    .flatMap(document -> workspace.store().claims().listByDocument(document.id()).stream())
                    .toList();
        }
        return workspace.store().claims().listByDocument(workspace.documents().resolveId(documentIdOrPrefix));
    }

    /** Every tag used in the project, sorted. */
    public List<String> distinctTags() {
        return workspace.store().claims().distinctTags();
    }

    /** The claim with this id, or with the only id that starts with it. */
    public Claim get(String idOrPrefix) throws ServiceException {
        String id = IdPrefixes.resolve("claim", idOrPrefix, workspace.store().claims().idsStartingWith(idOrPrefix),
                "Run `factdesk claim list` to see them.");
        return workspace.store().claims().find(id)
                .orElseThrow(() -> new ServiceException("No claim " + idOrPrefix + " in this project."));
    }

    private static void requireSameIdentity(Claim before, Claim after) {
        if (!before.id().equals(after.id()) || !before.documentId().equals(after.documentId())
                || before.kind() != after.kind() || !before.target().equals(after.target())
                || !before.createdAt().equals(after.createdAt())) {
            throw new IllegalArgumentException("An edit may not change a claim's id, document, kind, span or creation");
        }
    }
}
