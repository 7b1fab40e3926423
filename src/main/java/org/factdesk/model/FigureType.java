package org.factdesk.model;

import java.util.Optional;

/** What kind of quantity a figure is. */
public enum FigureType {
    COUNT("count"),
    PERCENT("percent"),
    FRACTION("fraction"),
    MONEY("money"),
    DURATION("duration"),
    DATE("date"),
    ORDINAL("ordinal"),
    RATIO("ratio");

    private final String id;

    FigureType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FigureType> fromId(String id) {
        return Named.find(values(), FigureType::id, id);
    }
}
