package org.factdesk.text;

import java.text.CharacterIterator;

/**
 * A {@link java.text.StringCharacterIterator} over a span of a string that numbers the span's chars from 0, as an
 * iterator over {@code text.substring(start, end)} would, without copying them into a substring.
 */
final class SpanCharacterIterator implements CharacterIterator {

    private final String text;
    private final int start;
    private final int length;
    /** The current index, from 0 to {@link #length}. */
    private int index;

    /**
     * An iterator over text[start, end), at {@code position} (from 0).
     *
     * @throws IllegalArgumentException if the span or the position is out of range
     */
    SpanCharacterIterator(String text, int start, int end, int position) {
        if (start < 0 || end < start || end > text.length() || position < 0 || position > end - start) {
            throw new IllegalArgumentException("Invalid span or position");
        }
        this.text = text;
        this.start = start;
        this.length = end - start;
        this.index = position;
    }

    @Override
    public char first() {
        index = 0;
        return current();
    }

    @Override
    public char last() {
        index = length > 0 ? length - 1 : 0;
        return current();
    }

    @Override
    public char current() {
        return index < length ? text.charAt(start + index) : DONE;
    }

    @Override
    public char next() {
        if (index < length - 1) {
            index++;
            return text.charAt(start + index);
        }
        index = length;
        return DONE;
    }

    @Override
    public char previous() {
        if (index > 0) {
            index--;
            return text.charAt(start + index);
        }
        return DONE;
    }

    @Override
    public char setIndex(int position) {
        if (position < 0 || position > length) {
            throw new IllegalArgumentException("Invalid index");
        }
        index = position;
        return current();
    }

    @Override
    public int getBeginIndex() {
        return 0;
    }

    @Override
    public int getEndIndex() {
        return length;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public SpanCharacterIterator clone() {
        try {
            return (SpanCharacterIterator) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
