package org.factdesk.model;

import java.util.Objects;

/**
 * Where a claim sits in its document, as the W3C TextPositionSelector plus TextQuoteSelector: {@code start} inclusive
 * and {@code end} exclusive in UTF-16 chars of the document's text, the exact text of the span, and up to 32 code
 * points of context on either side. Offsets in code points are made only at the program's edges (see
 * {@code org.factdesk.text.CodePointIndex}).
 */
public record Target(int start, int end, String exact, String prefix, String suffix) {

    /** How many code points of context a target keeps on each side. */
    public static final int CONTEXT_CODE_POINTS = 32;

    public Target {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
        if (end - start != exact.length()) {
            throw new IllegalArgumentException(
                    "Span [" + start + ", " + end + ") does not match the length of its text (" + exact.length() + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
