package org.factdesk.model;

import java.util.Optional;

/** How much a translation issue matters. */
public enum Severity {
    INFO("info"),
    WARNING("warning"),
    ERROR("error");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Severity> fromId(String id) {
        return Named.find(values(), Severity::id, id);
    }
}
