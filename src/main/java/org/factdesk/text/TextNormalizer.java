package org.factdesk.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Brings imported text to the form every document is stored in: no byte order mark, LF line breaks, Unicode NFC,
 * and no whitespace at the very end. Nothing else inside a line changes, so what the user sees is what was imported.
 * Normalising normalised text changes nothing.
 */
public final class TextNormalizer {

    private static final char BOM = '\uFEFF';

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        int start = 0;
        // All leading BOMs, not just one: a text that was saved twice with a BOM has two, and normalising must be
        // idempotent.
        while (start < text.length() && text.charAt(start) == BOM) {
            start++;
        }
        String lines = text.indexOf('\r', start) < 0 ? text.substring(start) : toLineFeeds(text, start);
        String nfc = toNfc(lines);
        int end = nfc.length();
        while (end > 0 && isTrailingSpace(nfc.charAt(end - 1))) {
            end--;
        }
        return end == nfc.length() ? nfc : nfc.substring(0, end);
    }

    private static String toLineFeeds(String text, int start) {
        StringBuilder out = new StringBuilder(text.length() - start);
        int length = text.length();
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** NFC, copying only from the first character that is not already certainly normalised (usually none). */
    private static String toNfc(String text) {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        int normalisedPrefix = nfc.spanQuickCheckYes(text);
        if (normalisedPrefix == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, normalisedPrefix);
        return nfc.normalizeSecondAndAppend(out, text.subSequence(normalisedPrefix, text.length())).toString();
    }

    /** Whitespace, including no-break and other Unicode spaces, which are as invisible at the end of a text. */
    private static boolean isTrailingSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
