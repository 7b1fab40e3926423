package org.factdesk.text;

import org.factdesk.model.Target;

/** Builds claim targets (span, exact text and context) from a text, and checks that a target still fits a text. */
public final class Targets {

    private Targets() {
    }

    /**
     * The target of the UTF-16 span [start, end) of a text, with up to {@link Target#CONTEXT_CODE_POINTS} code points
     * of prefix and suffix (fewer at the edges of the text); context never splits a surrogate pair.
     *
     * @throws IllegalArgumentException if the span is reversed, outside the text or splits a surrogate pair
     */
    public static Target of(String text, int start, int end) {
        checkSpan(text, start, end);
        int prefixStart = back(text, start, Target.CONTEXT_CODE_POINTS);
        int suffixEnd = forward(text, end, Target.CONTEXT_CODE_POINTS);
        return new Target(start, end, text.substring(start, end), text.substring(prefixStart, start),
                text.substring(end, suffixEnd));
    }

    /** Whether the target's exact text stands at the target's offsets in this text (without splitting a pair). */
    public static boolean matches(String text, Target target) {
        return target.end() <= text.length()
                && text.startsWith(target.exact(), target.start())
                && !splitsPair(text, target.start())
                && !splitsPair(text, target.end());
    }

    static void checkSpan(String text, int start, int end) {
        if (end < start) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") ends before it starts");
        }
        if (start < 0 || end > text.length()) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") is outside the text (0 to "
                    + text.length() + " UTF-16 chars)");
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") splits a surrogate pair (an emoji or"
                    + " other character outside the BMP) at offset " + (splitsPair(text, start) ? start : end));
        }
    }

    /** Whether a UTF-16 offset falls between the two halves of a surrogate pair. */
    static boolean splitsPair(CharSequence text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    /** The offset {@code count} code points before {@code from}, or 0. */
    static int back(String text, int from, int count) {
        int offset = from;
        for (int i = 0; i < count && offset > 0; i++) {
            offset--;
            if (splitsPair(text, offset)) {
                offset--;
            }
        }
        return offset;
    }

    /** The offset {@code count} code points after {@code from}, or the end of the text. */
    static int forward(String text, int from, int count) {
        int offset = from;
        for (int i = 0; i < count && offset < text.length(); i++) {
            offset++;
            if (splitsPair(text, offset)) {
                offset++;
            }
        }
        return offset;
    }
}
