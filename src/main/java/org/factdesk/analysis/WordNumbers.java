package org.factdesk.analysis;

import java.util.Arrays;

/**
 * The distinct words of one text, numbered 0, 1, 2 … in order of first sight and found by a char range of the text,
 * so that a long text's words become a few thousand strings, each made and hashed once (one instance per distinct
 * word), and an analyser can keep what it knows of a word in an array indexed by its number. Not thread-safe.
 */
public final class WordNumbers {

    private String[] strings = new String[256];
    /** The chars of each word, compared with a text's chars at once rather than char by char. */
    private char[][] charsOf = new char[256][];
    private int[] hashes = new int[256];
    private int size;
    /** Open-addressing table of word numbers plus one; 0 is an empty slot. */
    private int[] slots = new int[512];

    /** How many distinct words there are: the numbers run from 0 to size() - 1. */
    public int size() {
        return size;
    }

    /** The word numbered id. */
    public String string(int id) {
        return strings[id];
    }

    /** The chars of the word numbered id (not to be changed). */
    public char[] charsOf(int id) {
        return charsOf[id];
    }

    /** The number of the word {@code chars[from, to)}, numbered now if new. */
    public int id(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        int length = to - from;
        int mask = slots.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return add(new String(chars, from, length), h, slot);
            }
            char[] known = charsOf[entry - 1];
            if (hashes[entry - 1] == h && known.length == length
                    && Arrays.equals(known, 0, length, chars, from, to)) {
                return entry - 1;
            }
        }
    }

    /** The number of a word, numbered now if new. */
    public int id(String word) {
        int slot = slotOf(word);
        return slots[slot] != 0 ? slots[slot] - 1 : add(word, word.hashCode(), slot);
    }

    /** The number of a word, or -1 if the text does not have it. */
    public int find(String word) {
        return slots[slotOf(word)] - 1;
    }

    private int slotOf(String word) {
        int h = word.hashCode();
        int mask = slots.length - 1;
        int slot = spread(h) & mask;
        while (slots[slot] != 0 && !(hashes[slots[slot] - 1] == h && strings[slots[slot] - 1].equals(word))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int add(String word, int h, int slot) {
        if (size == strings.length) {
            strings = Arrays.copyOf(strings, size * 2);
            charsOf = Arrays.copyOf(charsOf, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        strings[size] = word;
        charsOf[size] = word.toCharArray();
        hashes[size] = h;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = spread(hashes[id]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    /** Mixes the high bits into the low ones, which pick the slot. */
    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
