package org.factdesk.analysis.figures;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of one or more tokens ("por ciento", "at least", "US $") mapped to a value, matched longest first against
 * the tokens of a text; accents are optional in the text ("dias" matches "días").
 */
final class PhraseTable<T> {

    /** A phrase that matched: its value and the index just after its last token. */
    record Hit<T>(T value, int end) {
    }

    private record Phrase<T>(String[] parts, T value) {
    }

    /** A phrase with its parts as vocabulary numbers. */
    private record NumberedPhrase<T>(int[] parts, T value) {
    }

    private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
    /** The phrases by the vocabulary number of their first part, longest first, once {@link #number numbered}. */
    private List<NumberedPhrase<T>>[] byFirstNumber;

    /** Adds a phrase written with spaces between tokens ("más de", "km / h"); symbols are their own tokens. */
    PhraseTable<T> add(String phrase, T value) {
        addParts(split(phrase.toLowerCase(Locale.ROOT)), value);
        String plain = stripAccents(phrase.toLowerCase(Locale.ROOT));
        if (!plain.equals(phrase.toLowerCase(Locale.ROOT))) {
            addParts(split(plain), value);
        }
        return this;
    }

    PhraseTable<T> addAll(T value, String... phrases) {
        for (String phrase : phrases) {
            add(phrase, value);
        }
        return this;
    }

    private void addParts(String[] parts, T value) {
        List<Phrase<T>> list = byFirst.computeIfAbsent(parts[0], k -> new ArrayList<>());
        list.add(new Phrase<>(parts, value));
        list.sort(Comparator.comparingInt((Phrase<T> p) -> -p.parts.length));
    }

    /** Numbers the phrases' parts in the vocabulary, for {@link #match}; the table must not change after this. */
    @SuppressWarnings("unchecked")
    void number(Vocabulary vocabulary) {
        Map<Integer, List<NumberedPhrase<T>>> numbered = new HashMap<>();
        int size = 0;
        for (Map.Entry<String, List<Phrase<T>>> entry : byFirst.entrySet()) {
            List<NumberedPhrase<T>> phrases = new ArrayList<>();
            for (Phrase<T> phrase : entry.getValue()) {
                int[] parts = new int[phrase.parts.length];
                for (int j = 0; j < parts.length; j++) {
                    parts[j] = vocabulary.add(phrase.parts[j]);
                }
                phrases.add(new NumberedPhrase<>(parts, phrase.value));
            }
            int first = vocabulary.add(entry.getKey());
            numbered.put(first, List.copyOf(phrases));
            size = Math.max(size, first + 1);
        }
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type cannot be made otherwise
        List<NumberedPhrase<T>>[] table = new List[size];
        numbered.forEach((first, phrases) -> table[first] = phrases);
        byFirstNumber = table;
    }

    /** The longest phrase starting at token k whose tokens are on one line, or {@code null}. */
    Hit<T> match(Tokens tokens, int k) {
        int first = tokens.number(k);
        if (first < 0 || first >= byFirstNumber.length) {
            return null;
        }
        List<NumberedPhrase<T>> candidates = byFirstNumber[first];
        if (candidates == null) {
            return null;
        }
        for (int c = 0; c < candidates.size(); c++) {
            NumberedPhrase<T> phrase = candidates.get(c);
            int[] parts = phrase.parts;
            int j = 1;
            while (j < parts.length && tokens.joined(k + j) && parts[j] == tokens.number(k + j)) {
                j++;
            }
            if (j == parts.length) {
                return new Hit<>(phrase.value, k + j);
            }
        }
        return null;
    }

    void collectFirstTokens(Set<String> into) {
        into.addAll(byFirst.keySet());
    }

    /** Splits a phrase into the tokens {@link Tokens} would make of it. */
    static String[] split(String phrase) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                i++;
            } else if (Character.isLetter(c)) {
                int from = i;
                while (i < phrase.length() && Character.isLetter(phrase.charAt(i))) {
                    i++;
                }
                parts.add(phrase.substring(from, i));
            } else {
                parts.add(String.valueOf(c));
                i++;
            }
        }
        return parts.toArray(String[]::new);
    }

    static String stripAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
