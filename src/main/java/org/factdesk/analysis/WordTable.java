package org.factdesk.analysis;

import java.util.Arrays;
import java.util.Map;

/**
 * A fixed set of words mapped to int values, looked up by a char range of a text without making a string of it: the
 * analysers look up every word of a text, and a substring per word was a large share of their time.
 *
 * <p>Open addressing over flat arrays: each slot keeps its word's full hash and length, so a lookup compares chars
 * only with a word that has both the same hash and the same length (most words of a text are in no table).
 */
public final class WordTable {

    /** Start of each slot's word in {@link #chars}, or -1 for an empty slot. */
    private final int[] starts;
    private final int[] lengths;
    private final int[] hashes;
    private final int[] values;
    /** The words, one after another. */
    private final char[] chars;
    private final int mask;

    /** A table of the given words (looked up exactly, case included) and their values. */
    public WordTable(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        starts = new int[capacity];
        lengths = new int[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(starts, -1);
        int total = 0;
        for (String word : entries.keySet()) {
            total += word.length();
        }
        chars = new char[total];
        int next = 0;
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            String word = entry.getKey();
            int length = word.length();
            word.getChars(0, length, chars, next);
            int hash = hash(chars, next, next + length);
            int slot = spread(hash) & mask;
            while (starts[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            starts[slot] = next;
            lengths[slot] = length;
            hashes[slot] = hash;
            values[slot] = entry.getValue();
            next += length;
        }
    }

    /**
     * The value of the word {@code text[from, to)}, or {@code absent} if it is not in the table.
     *
     * @param text  the text holding the word
     * @param from  the word's first char
     * @param to    just after its last char
     * @param absent what to return for a word not in the table
     * @return the word's value or {@code absent}
     */
    public int get(char[] text, int from, int to, int absent) {
        return get(text, from, to, hash(text, from, to), absent);
    }

    /**
     * The same as {@link #get(char[], int, int, int)}, for a caller that hashed the word while reading it.
     *
     * @param hash the word's hash: {@link #hash(int, char)} applied to each of its chars in turn, from 0
     */
    public int get(char[] text, int from, int to, int hash, int absent) {
        int length = to - from;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int start = starts[slot];
            if (start < 0) {
                return absent;
            }
            if (hashes[slot] == hash && lengths[slot] == length && sameChars(start, text, from, length)) {
                return values[slot];
            }
        }
    }

    private boolean sameChars(int start, char[] text, int from, int length) {
        for (int k = 0; k < length; k++) {
            if (chars[start + k] != text[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** The hash of a word so far, {@code h}, followed by the char {@code c}. */
    public static int hash(int h, char c) {
        return 31 * h + c;
    }

    private static int hash(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = hash(h, text[i]);
        }
        return h;
    }

    /** Mixes the high bits into the low ones, which pick the slot. */
    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
