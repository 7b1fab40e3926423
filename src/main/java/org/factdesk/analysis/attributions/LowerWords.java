package org.factdesk.analysis.attributions;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.factdesk.analysis.WordNumbers;

/**
 * The distinct lower-case words of one text, each made into a string once and sorted into the word lists it belongs to
 * once, found by a char range of the text: the noun phrase reader asks several lists about every word it reads, and a
 * lower-cased substring and a set probe per question were a large share of the analysis. A word is an int (its
 * number here) whose string and list bits are array reads. Not thread-safe.
 */
final class LowerWords {

    /** Slots of {@link #recentFrom}: a power of two, wider than the stretch of text read around one speech verb. */
    private static final int RECENT = 2048;

    private final char[] chars;
    private final ToIntFunction<String> classify;
    /**
     * The words found lately, by their start: the phrases, chunks and names read around one speech verb ask about the
     * same few words again and again, and most of the time went into hashing them anew. A slot holds the range
     * [from, to) and its word; from is stored plus one, so that a slot never filled matches no range.
     */
    private final int[] recentFrom = new int[RECENT];
    private final int[] recentTo = new int[RECENT];
    private final int[] recentWord = new int[RECENT];
    private final WordNumbers numbers = new WordNumbers();
    /** The list bits of each word, by its number. */
    private int[] lists = new int[1024];
    private char[] scratch = new char[64];

    /**
     * @param chars    the text whose words are found
     * @param classify the bits of the lists a lower-case word belongs to, asked once per distinct word
     */
    LowerWords(char[] chars, ToIntFunction<String> classify) {
        this.chars = chars;
        this.classify = classify;
    }

    /**
     * The number of the word {@code new String(chars, from, to - from).toLowerCase(Locale.ROOT)}, without making that
     * string: char by char, unless a char lower-cases with context or into more chars (dotted capital I, capital
     * sigma, surrogates).
     */
    int find(int from, int to) {
        int slot = from & (RECENT - 1);
        if (recentFrom[slot] == from + 1 && recentTo[slot] == to) {
            return recentWord[slot];
        }
        int word = lookUp(from, to);
        recentFrom[slot] = from + 1;
        recentTo[slot] = to;
        recentWord[slot] = word;
        return word;
    }

    private int lookUp(int from, int to) {
        int length = to - from;
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        char[] lower = scratch;
        for (int i = 0; i < length; i++) {
            char c = chars[from + i];
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                char[] special = new String(chars, from, length).toLowerCase(Locale.ROOT).toCharArray();
                return number(special, special.length);
            }
            lower[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        return number(lower, length);
    }

    /** The word in lower case. */
    String string(int word) {
        return numbers.string(word);
    }

    /** The bits of the lists the word belongs to. */
    int lists(int word) {
        return lists[word];
    }

    /** The number of the lower-case word lower[0, length), sorted into its lists when new. */
    private int number(char[] lower, int length) {
        int known = numbers.size();
        int word = numbers.id(lower, 0, length);
        if (word == known) {
            if (word == lists.length) {
                lists = Arrays.copyOf(lists, word * 2);
            }
            lists[word] = classify.applyAsInt(numbers.string(word));
        }
        return word;
    }
}
