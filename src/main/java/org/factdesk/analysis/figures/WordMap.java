package org.factdesk.analysis.figures;

import java.util.HashMap;
import java.util.Map;

/**
 * A map from lexicon words that, once {@link #number numbered}, also answers for a token by the token's vocabulary
 * number: one array read instead of hashing the token's string and comparing it.
 *
 * @param <V> what a word maps to
 */
final class WordMap<V> extends HashMap<String, V> {

    private static final long serialVersionUID = 1L;

    private transient Object[] byNumber;

    /** Numbers the words in the vocabulary; the map must not change after this. */
    void number(Vocabulary vocabulary) {
        int size = 0;
        Map<Integer, V> numbered = new HashMap<>();
        for (Map.Entry<String, V> entry : entrySet()) {
            int n = vocabulary.add(entry.getKey());
            numbered.put(n, entry.getValue());
            size = Math.max(size, n + 1);
        }
        Object[] values = new Object[size];
        numbered.forEach((n, value) -> values[n] = value);
        byNumber = values;
    }

    /** {@code get(tokens.key(k))}. */
    @SuppressWarnings("unchecked")
    V get(Tokens tokens, int k) {
        int n = tokens.number(k);
        return n >= 0 && n < byNumber.length ? (V) byNumber[n] : null;
    }

    /** {@code containsKey(tokens.key(k))}. */
    boolean containsKey(Tokens tokens, int k) {
        return get(tokens, k) != null;
    }
}
