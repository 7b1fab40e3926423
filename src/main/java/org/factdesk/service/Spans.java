package org.factdesk.service;

import org.factdesk.text.WordBoundaries;

/** Span rules the window applies to a selection before marking it, kept here so the UI need not reach the text layer. */
public final class Spans {

    private Spans() {
    }

    /**
     * The selection [start, end) of {@code text} (UTF-16 offsets) snapped to whole words, as {@code {start, end}};
     * see {@link WordBoundaries#snapToWords}. A blank selection comes back as it was.
     *
     * @throws IllegalArgumentException if the selection is reversed or outside the text
     */
    public static int[] snapToWords(String text, int start, int end) {
        return WordBoundaries.snapToWords(text, start, end);
    }
}
