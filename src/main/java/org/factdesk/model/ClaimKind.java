package org.factdesk.model;

import java.util.Optional;

/** What a claim marks. {@link #TRANSLATION_ISSUE} is made by translation review, not by hand. */
public enum ClaimKind {
    STATEMENT("statement"),
    ATTRIBUTION("attribution"),
    FIGURE("figure"),
    TRANSLATION_ISSUE("translation-issue");

    private final String id;

    ClaimKind(String id) {
        this.id = id;
    }

    /** The name used in files and on the command line. */
    public String id() {
        return id;
    }

    public static Optional<ClaimKind> fromId(String id) {
        return Named.find(values(), ClaimKind::id, id);
    }
}
