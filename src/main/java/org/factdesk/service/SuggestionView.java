package org.factdesk.service;

/**
 * One suggestion as other programs read it ({@code factdesk analyze}): code-point offsets into the normalised text,
 * the exact text, and the fields of its kind; the others are absent.
 */
public record SuggestionView(
        String kind,
        int start,
        int end,
        String text,
        FigureView figure,
        String speaker,
        Integer speakerStart,
        Integer speakerEnd,
        String cue,
        Boolean direct,
        Double score) {

    /** A figure's normalised reading. */
    public record FigureView(java.math.BigDecimal value, String unit, String type, String qualifier,
            String normalized) {
    }
}
