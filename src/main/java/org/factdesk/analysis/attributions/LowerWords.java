package org.factdesk.analysis.attributions;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The distinct lower-case words of one text, each made into a string once and sorted into the word lists it belongs to
 * once, found by a char range of the text: the noun phrase reader asks several lists about every word it reads, and a
 * lower-cased substring and a set probe per question were a large share of the analysis. A word is an int (its
 * number here) whose string and list bits are array reads. Not thread-safe.
 */
final class LowerWords {

    private final ToIntFunction<String> classify;
    /** Word numbers by hash slot, -1 where empty. */
    private int[] slots = new int[2048];
    private String[] strings = new String[1024];
    /** The chars of each string, compared with a text's range faster than the string's own chars. */
    private char[][] keys = new char[1024][];
    private int[] hashes = new int[1024];
    private int[] lists = new int[1024];
    private int size;
    private char[] scratch = new char[64];

    /** @param classify the bits of the lists a lower-case word belongs to, asked once per distinct word */
    LowerWords(ToIntFunction<String> classify) {
        this.classify = classify;
        Arrays.fill(slots, -1);
    }

    /**
     * The number of the word {@code new String(chars, from, to - from).toLowerCase(Locale.ROOT)}, without making that
     * string: char by char, unless a char lower-cases with context or into more chars (dotted capital I, capital
     * sigma, surrogates).
     */
    int find(char[] chars, int from, int to) {
        int length = to - from;
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        char[] lower = scratch;
        int h = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[from + i];
            char l;
            if (c < 128) {
                l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                char[] special = new String(chars, from, length).toLowerCase(Locale.ROOT).toCharArray();
                return find(special, special.length);
            } else {
                l = Character.toLowerCase(c);
            }
            lower[i] = l;
            h = 31 * h + l;
        }
        return lookUp(lower, length, h);
    }

    private int find(char[] lower, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + lower[i];
        }
        return lookUp(lower, length, h);
    }

    /** The number of the lower-case word lower[0, length) whose hash is h, added if new. */
    private int lookUp(char[] lower, int length, int h) {
        int mask = slots.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int word = slots[slot];
            if (word < 0) {
                return add(slot, new String(lower, 0, length), h);
            }
            char[] key = keys[word];
            if (hashes[word] == h && key.length == length && Arrays.equals(key, 0, length, lower, 0, length)) {
                return word;
            }
        }
    }

    /** The word in lower case. */
    String string(int word) {
        return strings[word];
    }

    /** The bits of the lists the word belongs to. */
    int lists(int word) {
        return lists[word];
    }

    private int add(int slot, String string, int h) {
        if (size == strings.length) {
            strings = Arrays.copyOf(strings, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            lists = Arrays.copyOf(lists, size * 2);
        }
        int word = size++;
        strings[word] = string;
        keys[word] = string.toCharArray();
        hashes[word] = h;
        lists[word] = classify.applyAsInt(string);
        slots[slot] = word;
        if (size * 2 > slots.length) {
            rehash();
        }
        return word;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int word = 0; word < size; word++) {
            int slot = spread(hashes[word]) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
        }
    }

    /** Mixes the high bits into the low ones, which pick the slot. */
    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
