package org.factdesk.model;

import java.util.Optional;

/** Whether a claim was marked by hand or accepted from a suggestion. */
public enum Origin {
    MANUAL("manual"),
    SUGGESTED("suggested");

    private final String id;

    Origin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Origin> fromId(String id) {
        return Named.find(values(), Origin::id, id);
    }
}
