package org.factdesk.analysis.figures;

import java.util.Objects;
import org.factdesk.model.Figure;

/**
 * A figure found in a text: its span (UTF-16 indexes into the text, end exclusive) and what it says.
 *
 * @param start index of the first char of the span
 * @param end index just after the last char of the span
 * @param figure value, unit, type, qualifier and normalised form
 */
public record FigureMatch(int start, int end, Figure figure) {

    public FigureMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Empty or negative span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(figure, "figure");
    }
}
