package org.factdesk.model;

import java.util.Optional;

/** The rating a fact-checker gives a claim, from {@link #UNVERIFIED} (the default) to {@link #UNVERIFIABLE}. */
public enum Verdict {
    UNVERIFIED("unverified"),
    TRUE("true"),
    MOSTLY_TRUE("mostly-true"),
    MIXED("mixed"),
    MOSTLY_FALSE("mostly-false"),
    FALSE("false"),
    MISLEADING("misleading"),
    UNVERIFIABLE("unverifiable");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Verdict> fromId(String id) {
        return Named.find(values(), Verdict::id, id);
    }
}
