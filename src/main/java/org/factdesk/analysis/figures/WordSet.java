package org.factdesk.analysis.figures;

import java.util.Arrays;
import java.util.HashSet;

/**
 * A set of lexicon words that, once {@link #number numbered}, also answers for a token by the token's vocabulary
 * number: one array read instead of hashing the token's string and comparing it.
 */
final class WordSet extends HashSet<String> {

    private static final long serialVersionUID = 1L;

    private transient boolean[] byNumber;

    /** Numbers the words in the vocabulary; the set must not change after this. */
    void number(Vocabulary vocabulary) {
        int[] numbers = stream().mapToInt(vocabulary::add).toArray();
        boolean[] in = new boolean[numbers.length == 0 ? 0 : Arrays.stream(numbers).max().getAsInt() + 1];
        for (int n : numbers) {
            in[n] = true;
        }
        byNumber = in;
    }

    /** {@code contains(tokens.key(k))}. */
    boolean contains(Tokens tokens, int k) {
        int n = tokens.number(k);
        return n >= 0 && n < byNumber.length && byNumber[n];
    }
}
