package org.factdesk.model;

import java.util.Objects;

/**
 * A claim proposed by the analyser. It is shown apart from claims until the user accepts it (it becomes a claim with
 * origin {@link Origin#SUGGESTED}, whose id is kept in {@code claimId}) or rejects it (remembered, so the same span is
 * never proposed again).
 *
 * @param score how check-worthy a statement is, in [0, 1]; {@code null} for other kinds
 */
public record Suggestion(
        String id,
        String documentId,
        ClaimKind kind,
        Target target,
        Attribution attribution,
        Figure figure,
        Double score,
        SuggestionState state,
        String claimId) {

    public Suggestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        state = state == null ? SuggestionState.PENDING : state;
        if (score != null && (score < 0 || score > 1)) {
            throw new IllegalArgumentException("Score " + score + " is outside [0, 1]");
        }
    }

    public Suggestion withState(SuggestionState newState, String newClaimId) {
        return new Suggestion(id, documentId, kind, target, attribution, figure, score, newState, newClaimId);
    }
}
