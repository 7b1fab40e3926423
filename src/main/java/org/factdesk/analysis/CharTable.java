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
    /** Stands in the lower-case table for a char whose lower case is not a single char of its own (see below). */
    private static final char NOT_ONE_CHAR = '\uFFFF';

    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            KINDS[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0) | (Character.isDigit(ch) ? DIGIT : 0)
                    | (Character.getType(ch) == Character.NON_SPACING_MARK ? MARK : 0)
                    | (Character.isUpperCase(ch) ? UPPER : 0) | (Character.isLowerCase(ch) ? LOWER_CASE : 0)
                    | (Character.isWhitespace(ch) ? SPACE : 0));
            int lower = Character.toLowerCase(c);
            // String.toLowerCase lowers these by their context or into two chars, and surrogates by pairs
            boolean special = c == '\u03A3' || c == '\u0130' || Character.isSurrogate(ch) || lower > Character.MAX_VALUE;
            LOWER[c] = special ? NOT_ONE_CHAR : (char) lower;
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
        char lower = LOWER[c];
        return lower == NOT_ONE_CHAR ? Character.toLowerCase(c) : lower;
    }

    /**
     * Writes the lower case of text[start, end) into {@code into} from index 0, char for char as
     * {@code text.substring(start, end).toLowerCase(Locale.ROOT)} would have it.
     *
     * @return the length written, or -1 when String.toLowerCase would not lower the range char for char (a capital
     *     sigma, which it lowers by its context, a dotted capital I, which becomes two chars, or a surrogate);
     *     {@code into} then holds garbage
     */
    public static int lowerCase(String text, int start, int end, char[] into) {
        int length = end - start;
        text.getChars(start, end, into, 0);
        for (int i = 0; i < length; i++) {
            char lower = LOWER[into[i]];
            if (lower == NOT_ONE_CHAR && into[i] != NOT_ONE_CHAR) {
                return -1;
            }
            into[i] = lower;
        }
        return length;
    }
}
