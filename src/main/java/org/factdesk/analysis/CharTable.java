package org.factdesk.analysis;

/**
 * {@link Character#isLetter(char)}, {@link Character#isDigit(char)}, {@link Character#isLetterOrDigit(char)},
 * {@link Character#isUpperCase(char)}, {@link Character#isLowerCase(char)}, {@link Character#isWhitespace(char)} and
 * {@link Character#toLowerCase(char)} for every BMP char, read from tables built once: the analysers ask them for nearly
 * every char of a text, and the JDK answers non-ASCII chars (Spanish news is full of accented letters) through several
 * calls.
 */
public final class CharTable {

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    /** A non-spacing mark (a combining accent): part of a word, like a letter or digit. */
    private static final byte MARK = 4;
    private static final byte WORD = LETTER | DIGIT | MARK;
    private static final byte UPPER = 8;
    private static final byte LOWER_CASE = 16;
    private static final byte SPACE = 32;

    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            KINDS[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0) | (Character.isDigit(ch) ? DIGIT : 0)
                    | (Character.getType(ch) == Character.NON_SPACING_MARK ? MARK : 0)
                    | (Character.isUpperCase(ch) ? UPPER : 0) | (Character.isLowerCase(ch) ? LOWER_CASE : 0)
                    | (Character.isWhitespace(ch) ? SPACE : 0));
            LOWER[c] = Character.toLowerCase(ch);
        }
    }

    private CharTable() {
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return (KINDS[c] & LETTER) != 0;
    }

    /** {@link Character#isDigit(char)}. */
    public static boolean isDigit(char c) {
        return (KINDS[c] & DIGIT) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)}, which is a letter or a digit. */
    public static boolean isLetterOrDigit(char c) {
        return (KINDS[c] & (LETTER | DIGIT)) != 0;
    }

    /** A letter, a digit or a non-spacing mark: a char inside a word. */
    public static boolean isWordChar(char c) {
        return (KINDS[c] & WORD) != 0;
    }

    /** A non-spacing mark: a combining accent, part of the word before it. */
    public static boolean isMark(char c) {
        return (KINDS[c] & MARK) != 0;
    }

    /** {@link Character#isUpperCase(char)}. */
    public static boolean isUpperCase(char c) {
        return (KINDS[c] & UPPER) != 0;
    }

    /** {@link Character#isLowerCase(char)}. */
    public static boolean isLowerCase(char c) {
        return (KINDS[c] & LOWER_CASE) != 0;
    }

    /** {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        return (KINDS[c] & SPACE) != 0;
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return LOWER[c];
    }
}
