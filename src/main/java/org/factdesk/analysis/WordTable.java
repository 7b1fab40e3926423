package org.factdesk.analysis;

import java.util.Arrays;
import java.util.Map;

/**
 * A fixed set of words mapped to int values, looked up by a char range of a text without making a string of it: the
 * analysers look up every word of a text, and a substring per word was a large share of their time.
 */
public final class WordTable {

    private final char[][] keys;
    private final int[] values;
    private final int mask;

    /** A table of the given words (looked up exactly, case included) and their values. */
    public WordTable(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        keys = new char[capacity][];
        values = new int[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            char[] key = entry.getKey().toCharArray();
            int slot = hash(key, 0, key.length) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = entry.getValue();
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
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text[i];
        }
        int length = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return absent;
            }
            if (key.length == length && Arrays.equals(key, 0, length, text, from, to)) {
                return values[slot];
            }
        }
    }

    private static int hash(char[] key, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + key[i];
        }
        return spread(h);
    }

    /** Mixes the high bits into the low ones, which pick the slot. */
    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
