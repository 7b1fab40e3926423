package org.factdesk.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Unicode sentence boundaries (UAX #29, the rules ICU's sentence iterator compiles) for "plain" text: text of BMP
 * chars with no paragraph separator, combining mark or format char, which is nearly every paragraph of an article.
 * ICU's rule-driven iterator walks a state table char by char through a {@link CharacterIterator}; here only the
 * chars after a sentence terminator are looked at, so a paragraph costs one table read per char.
 *
 * <p>Rules, as in UAX #29, with SB3–SB5 out of play in plain text: a boundary can only follow a terminator (ATerm
 * ".", STerm "!?…") with its closing punctuation and spaces (SATerm Close* Sp*), and falls before the next char
 * unless that char is a digit after ".", an upper-case letter right after "X.", a continuation or another
 * terminator, or the first letter that follows (past any punctuation and digits) is lower case after ".".
 *
 * <p>Text is set with {@link #setPlainText}, which says whether the text was plain; {@link #setText(CharacterIterator)}
 * only takes a whole string's iterator. Not thread-safe; reusable.
 */
final class PlainSentenceBreakIterator extends BreakIterator {

    private static final byte OTHER = 0;
    private static final byte SP = 1;
    private static final byte LOWER = 2;
    private static final byte UPPER = 3;
    private static final byte OLETTER = 4;
    private static final byte NUMERIC = 5;
    private static final byte CLOSE = 6;
    private static final byte SCONTINUE = 7;
    // The classes the scan of a paragraph stops at come last, so that it passes any other char with one comparison.
    private static final byte ATERM = 8;
    private static final byte STERM = 9;
    /** Paragraph separators, Extend and Format chars, and surrogates: text with them is not plain. */
    private static final byte UNSUPPORTED = 10;

    /** The sentence-break class of every BMP char, from ICU's own property data so that both agree. */
    private static final byte[] CLASSES = classes();

    /** The iterator's text is text[start, end). */
    private String text = "";
    private int start;
    private int end;
    private char[] chars = new char[256];
    private int[] breaks = new int[16];
    private int count;
    private int current;

    private static byte[] classes() {
        byte[] classes = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            classes[c] = Character.isSurrogate((char) c) ? UNSUPPORTED
                    : switch (UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK)) {
                        case UCharacter.SentenceBreak.SP -> SP;
                        case UCharacter.SentenceBreak.LOWER -> LOWER;
                        case UCharacter.SentenceBreak.UPPER -> UPPER;
                        case UCharacter.SentenceBreak.OLETTER -> OLETTER;
                        case UCharacter.SentenceBreak.NUMERIC -> NUMERIC;
                        case UCharacter.SentenceBreak.ATERM -> ATERM;
                        case UCharacter.SentenceBreak.STERM -> STERM;
                        case UCharacter.SentenceBreak.CLOSE -> CLOSE;
                        case UCharacter.SentenceBreak.SCONTINUE -> SCONTINUE;
                        case UCharacter.SentenceBreak.SEP, UCharacter.SentenceBreak.CR, UCharacter.SentenceBreak.LF,
                                UCharacter.SentenceBreak.EXTEND, UCharacter.SentenceBreak.FORMAT -> UNSUPPORTED;
                        default -> OTHER;
                    };
        }
        return classes;
    }

    /**
     * Takes {@code content} as the text to iterate over if it is plain.
     *
     * @param content a paragraph
     * @return whether it was plain and is now this iterator's text; if not, the iterator is left unusable
     */
    boolean setPlainText(String content) {
        return setPlainText(content, 0, content.length());
    }

    /**
     * Takes text[from, to) as the text to iterate over if it is plain, boundaries counted from {@code from}: the same
     * as {@code setPlainText(text.substring(from, to))} without the substring.
     *
     * @return whether it was plain and is now this iterator's text; if not, the iterator is left unusable
     */
    boolean setPlainText(String text, int from, int to) {
        int length = to - from;
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        // a char array costs less to read than a String holding non-Latin-1 chars
        text.getChars(from, to, chars, 0);
        this.text = text;
        start = from;
        end = to;
        count = 0;
        current = 0;
        add(0);
        if (!cut(chars, length)) {
            return false;
        }
        add(length);
        return true;
    }

    @Override
    public void setText(CharacterIterator newText) {
        if (!(newText instanceof StringCharacterIterator) || newText.getBeginIndex() != 0) {
            throw new IllegalArgumentException("a whole string's StringCharacterIterator expected");
        }
        StringBuilder content = new StringBuilder(newText.getEndIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            content.append(c);
        }
        if (!setPlainText(content.toString())) {
            throw new IllegalArgumentException("not plain text");
        }
    }

    /** Adds the boundaries inside s[0, length); false if s is not plain. */
    private boolean cut(char[] s, int length) {
        for (int a = nextStop(s, 0, length); a < length; a = nextStop(s, a + 1, length)) {
            byte terminator = CLASSES[s[a]];
            if (terminator == UNSUPPORTED) {
                return false;
            }
            int p = a + 1;
            while (p < length && CLASSES[s[p]] == CLOSE) {
                p++;
            }
            while (p < length && CLASSES[s[p]] == SP) {
                p++;
            }
            if (p < length && breaksBefore(s, length, a, p, terminator)) {
                add(p);
            }
        }
        return true;
    }

    /** The index of the first terminator or unsupported char in s[from, length), or length if there is none. */
    private static int nextStop(char[] s, int from, int length) {
        int i = from;
        while (i < length && CLASSES[s[i]] < ATERM) {
            i++;
        }
        return i;
    }

    /** Whether there is a boundary at p, the first char after the terminator at a and its Close* Sp*. */
    private static boolean breaksBefore(char[] s, int length, int a, int p, byte terminator) {
        byte next = CLASSES[s[p]];
        if (next == SCONTINUE || next == ATERM || next == STERM) {
            return false; // SB8a
        }
        if (terminator != ATERM) {
            return true; // SB11
        }
        if (p == a + 1) {
            if (next == NUMERIC) {
                return false; // SB6
            }
            if (next == UPPER && a > 0 && (CLASSES[s[a - 1]] == UPPER || CLASSES[s[a - 1]] == LOWER)) {
                return false; // SB7
            }
        }
        // SB8: the first letter or terminator after it decides
        for (int q = p; q < length; q++) {
            byte c = CLASSES[s[q]];
            if (c == UNSUPPORTED) {
                return true; // not plain: the caller's scan finds it and gives the text up
            }
            if (c == LOWER) {
                return false;
            }
            if (c == UPPER || c == OLETTER || c == ATERM || c == STERM) {
                return true;
            }
        }
        return true;
    }

    private void add(int boundary) {
        if (count > 0 && breaks[count - 1] == boundary) {
            return;
        }
        if (count == breaks.length) {
            breaks = Arrays.copyOf(breaks, count * 2);
        }
        breaks[count++] = boundary;
    }

    @Override
    public CharacterIterator getText() {
        return new SpanCharacterIterator(text, start, end, breaks[current]);
    }

    @Override
    public int first() {
        current = 0;
        return breaks[0];
    }

    @Override
    public int last() {
        current = count - 1;
        return breaks[current];
    }

    @Override
    public int next() {
        if (current + 1 >= count) {
            return DONE;
        }
        return breaks[++current];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (int i = 0; i < n; i++) {
            result = next();
        }
        for (int i = 0; i > n; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        if (current == 0) {
            return DONE;
        }
        return breaks[--current];
    }

    @Override
    public int following(int offset) {
        for (int i = 0; i < count; i++) {
            if (breaks[i] > offset) {
                current = i;
                return breaks[i];
            }
        }
        current = count - 1;
        return DONE;
    }

    @Override
    public int preceding(int offset) {
        for (int i = count - 1; i >= 0; i--) {
            if (breaks[i] < offset) {
                current = i;
                return breaks[i];
            }
        }
        current = 0;
        return DONE;
    }

    @Override
    public int current() {
        return breaks[current];
    }
}
