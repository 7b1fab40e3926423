package org.factdesk.model;

import java.util.Optional;

/** Where a suggestion stands: proposed, accepted as a claim, or rejected for good. */
public enum SuggestionState {
    PENDING("pending"),
    ACCEPTED("accepted"),
    REJECTED("rejected");

    private final String id;

    SuggestionState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<SuggestionState> fromId(String id) {
        return Named.find(values(), SuggestionState::id, id);
    }
}
