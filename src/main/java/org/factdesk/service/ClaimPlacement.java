package org.factdesk.service;

import java.util.Objects;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Target;
import org.factdesk.text.Anchoring;

/**
 * Where one claim stands in two versions of an article: its span in the previous version ({@code before}) and in the
 * new one ({@code after}), either {@code null} when it has no place there.
 */
public record ClaimPlacement(String claimId, ClaimKind kind, Status status, Target before, Target after) {

    /** How a claim fared between two versions. */
    public enum Status {
        /** Same text at the same offsets. */
        UNCHANGED,
        /** Same text, elsewhere in the new version. */
        MOVED,
        /** Placed on a slightly different text in the new version (a fuzzy match). */
        CHANGED,
        /** Not found in the new version: the claim stays on the previous version until the user decides. */
        ORPHANED,
        /** On the new version with no counterpart in the previous one (marked there, or re-attached to new text). */
        NEW
    }

    public ClaimPlacement {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    /** The status of a claim anchored from the previous version onto the new one. */
    static Status of(Anchoring anchoring) {
        return switch (anchoring.method()) {
            case ORPHAN -> Status.ORPHANED;
            case FUZZY -> Status.CHANGED;
            case POSITION, QUOTE -> anchoring.target().start() == anchoring.original().start()
                    ? Status.UNCHANGED : Status.MOVED;
        };
    }
}
