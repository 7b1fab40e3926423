package org.factdesk.analysis.attributions;

/**
 * The char classes the detector asks about every char of a text, read from one table made once instead of
 * Character's Unicode lookups: news text in Spanish is full of accented letters, which missed the ASCII fast paths.
 * Each answer is exactly Character's for the char.
 */
final class CharClasses {

    private static final byte LETTER = 1;
    private static final byte LETTER_OR_DIGIT = 2;
    /** A letter or digit, or a non-spacing mark (a combining accent): part of a word. */
    private static final byte WORD = 4;

    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean letterOrDigit = Character.isLetterOrDigit(ch);
            CLASSES[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0) | (letterOrDigit ? LETTER_OR_DIGIT : 0)
                    | (letterOrDigit || Character.getType(ch) == Character.NON_SPACING_MARK ? WORD : 0));
        }
    }

    private CharClasses() {
    }

    /** {@link Character#isLetter(char)}. */
    static boolean isLetter(char c) {
        return (CLASSES[c] & LETTER) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return (CLASSES[c] & LETTER_OR_DIGIT) != 0;
    }

    /** A letter, a digit or a non-spacing mark. */
    static boolean isWordChar(char c) {
        return (CLASSES[c] & WORD) != 0;
    }
}
