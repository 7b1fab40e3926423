package org.factdesk.text;

/** A span of a text in UTF-16 chars: {@code start} inclusive, {@code end} exclusive. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The characters of {@code text} this span covers. */
    public String textIn(String text) {
        return text.substring(start, end);
    }
}
