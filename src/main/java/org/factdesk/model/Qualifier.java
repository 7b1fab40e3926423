package org.factdesk.model;

import java.util.Optional;

/** The hedge or bound a figure is stated with ("casi", "hasta el", "more than"). */
public enum Qualifier {
    EXACT("exact"),
    APPROXIMATELY("approximately"),
    NEARLY("nearly"),
    AT_LEAST("at-least"),
    AT_MOST("at-most"),
    UP_TO("up-to"),
    MORE_THAN("more-than"),
    LESS_THAN("less-than");

    private final String id;

    Qualifier(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Qualifier> fromId(String id) {
        return Named.find(values(), Qualifier::id, id);
    }
}
