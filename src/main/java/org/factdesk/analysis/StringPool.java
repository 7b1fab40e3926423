package org.factdesk.analysis;

import java.util.Locale;

/**
 * One string per distinct char sequence, found by a char range of a text: the words of a long text repeat, so a
 * text's words become a few thousand strings instead of one per occurrence, each hashed once. Not thread-safe.
 */
public final class StringPool {

    private String[] strings = new String[1024];
    private int[] hashes = new int[1024];
    private int size;
    private char[] scratch = new char[64];

    /**
     * The pooled string equal to {@code chars[from, to)}, added if new.
     *
     * @param chars the text holding the sequence
     * @param from  its first char
     * @param to    just after its last char
     * @return a string equal to the range, the same instance for every equal range
     */
    public String get(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        int mask = strings.length - 1;
        int length = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            String s = strings[slot];
            if (s == null) {
                String added = new String(chars, from, length);
                strings[slot] = added;
                hashes[slot] = h;
                if (++size * 2 > strings.length) {
                    grow();
                }
                return added;
            }
            if (hashes[slot] == h && s.length() == length && sameChars(s, chars, from)) {
                return s;
            }
        }
    }

    /**
     * The pooled string equal to {@code new String(chars, from, to - from).toLowerCase(Locale.ROOT)}, without making
     * that string: char by char, unless a char lower-cases with context or into more chars (dotted capital I, capital
     * sigma, surrogates).
     *
     * @param chars the text holding the sequence
     * @param from  its first char
     * @param to    just after its last char
     * @return the lower-case string, the same instance for every equal result
     */
    public String getLowerCase(char[] chars, int from, int to) {
        int length = to - from;
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        for (int i = 0; i < length; i++) {
            char c = chars[from + i];
            if (c < 128) {
                scratch[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                char[] lower = new String(chars, from, length).toLowerCase(Locale.ROOT).toCharArray();
                return get(lower, 0, lower.length);
            } else {
                scratch[i] = Character.toLowerCase(c);
            }
        }
        return get(scratch, 0, length);
    }

    private static boolean sameChars(String s, char[] chars, int from) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != chars[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldStrings = strings;
        int[] oldHashes = hashes;
        strings = new String[oldStrings.length * 2];
        hashes = new int[oldStrings.length * 2];
        int mask = strings.length - 1;
        for (int k = 0; k < oldStrings.length; k++) {
            if (oldStrings[k] != null) {
                int slot = spread(oldHashes[k]) & mask;
                while (strings[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                strings[slot] = oldStrings[k];
                hashes[slot] = oldHashes[k];
            }
        }
    }

    /** Mixes the high bits into the low ones, which pick the slot. */
    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

}
