package org.factdesk.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Snaps a hand-made selection to whole words, as marking does unless Alt is held.
 *
 * <p>Words are those of ICU's word break rules, so accents and combining marks, apostrophes inside words
 * ("don't", "Kim's", "l'homme") and numbers with internal separators ("1.722.217", "3,2") are single words. The
 * selection is first trimmed of whitespace, then widened to the edges of the words it cuts, then trimmed of
 * punctuation at its edges, except a matching pair that encloses it ("«…»", "“…”", "(…)", "¿…?", "¡…!"), which is
 * kept. A percent or per-mille sign right after a number belongs to it ("30%"), and currency signs are never
 * trimmed. Other edge punctuation is dropped, a final full stop too ("EE. UU." gives "EE. UU"). A selection that is
 * only punctuation keeps it, so a non-blank selection never becomes empty; a blank one (empty or only whitespace) is
 * returned as it is.
 */
public final class WordBoundaries {

    private static final String OPENERS = "«“‘\"'([{¿¡‹„‚";
    private static final String CLOSERS = "»”’\"')]}?!›“‘";

    private WordBoundaries() {
    }

    /**
     * The selection [start, end) snapped to whole words, as {@code {start, end}}.
     *
     * @throws IllegalArgumentException if the selection is reversed or outside the text
     */
    public static int[] snapToWords(String text, int start, int end) {
        if (end < start || start < 0 || end > text.length()) {
            throw new IllegalArgumentException("Selection [" + start + ", " + end + ") is not inside the text (0 to "
                    + text.length() + " UTF-16 chars)");
        }
        int from = Targets.splitsPair(text, start) ? start - 1 : start;
        int to = Targets.splitsPair(text, end) ? end + 1 : end;
        while (from < to && Character.isWhitespace(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        if (from == to) {
            return new int[] {start, end};
        }
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        if (!words.isBoundary(from)) {
            from = words.preceding(from);
        }
        if (!words.isBoundary(to)) {
            to = words.following(to);
        }
        if (to < text.length() && isPercentSign(text.charAt(to)) && Character.isDigit(text.codePointBefore(to))) {
            to++;
        }
        int trimmedFrom = from;
        int trimmedTo = to;
        while (trimmedFrom < trimmedTo) {
            int first = text.codePointAt(trimmedFrom);
            int last = text.codePointBefore(trimmedTo);
            boolean trimFirst = isTrimmed(first);
            boolean trimLast = isTrimmed(last);
            boolean longerThanOneMark = trimmedTo - trimmedFrom > Character.charCount(first);
            if (trimFirst && trimLast && longerThanOneMark && encloses(first, last)) {
                break;
            } else if (trimLast && (!trimFirst || OPENERS.indexOf(first) >= 0)) {
                // an opening mark waits for its closer: "«pronto visitará»," loses the comma, then keeps the pair
                trimmedTo -= Character.charCount(last);
            } else if (trimFirst) {
                trimmedFrom += Character.charCount(first);
            } else {
                break;
            }
        }
        return trimmedFrom < trimmedTo ? new int[] {trimmedFrom, trimmedTo} : new int[] {from, to};
    }

    private static boolean isTrimmed(int codePoint) {
        if (Character.isWhitespace(codePoint)) {
            return true;
        }
        if (isPercentSign(codePoint)) {
            return false;
        }
        switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    private static boolean isPercentSign(int codePoint) {
        return codePoint == '%' || codePoint == '‰' || codePoint == '‱';
    }

    private static boolean encloses(int first, int last) {
        for (int i = 0; i < OPENERS.length(); i++) {
            if (OPENERS.charAt(i) == first && CLOSERS.charAt(i) == last) {
                return true;
            }
        }
        return false;
    }
}
