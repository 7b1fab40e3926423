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

    private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();

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

    /** The longest phrase starting at token k whose tokens are on one line, or {@code null}. */
    Hit<T> match(Tokens tokens, int k) {
        String first = tokens.key(k);
        if (first == null) {
            return null;
        }
        List<Phrase<T>> candidates = byFirst.get(first);
        if (candidates == null) {
            return null;
        }
        for (Phrase<T> phrase : candidates) {
            String[] parts = phrase.parts;
            int j = 1;
            while (j < parts.length && tokens.joined(k + j) && parts[j].equals(tokens.key(k + j))) {
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
