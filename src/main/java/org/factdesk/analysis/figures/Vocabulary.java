package org.factdesk.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word and symbol of both lexicons, each numbered from 0, so that {@link Tokens} can number the tokens of a
 * text once and the parser look their lexicon entries up in arrays ({@link WordSet}, {@link WordMap},
 * {@link PhraseTable}) instead of hashing strings. Filled while the lexicons are built, read-only after.
 */
final class Vocabulary {

    /** The number of a word that is in no lexicon, and of a token that is not a word or symbol. */
    static final int NONE = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    /** The number of {@code word}, given it now if it has none. */
    int add(String word) {
        return ids.computeIfAbsent(word, w -> {
            // interned: the same instance as the parser's literals ("de", "of"), so comparing with them stops at ==
            words.add(w.intern());
            return words.size() - 1;
        });
    }

    /** The word numbered {@code number}: one instance for every use of the word. */
    String word(int number) {
        return words.get(number);
    }

    /** The number of {@code word}, or {@link #NONE}. */
    int find(String word) {
        Integer id = ids.get(word);
        return id == null ? NONE : id;
    }
}
