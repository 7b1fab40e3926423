package org.factdesk.analysis.attributions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Names filed by the edges of their {@link Names#key keys}, to find the first-filed one that is the same speaker as a
 * given name without comparing it with every name of a long text. Two keys that {@link Names#sameKeys} takes for one
 * speaker share a word at an edge: with at most one slip between aligned words, names of two words or more share
 * their first or second word, or their last or second-to-last; a one-word name matches a longer one by its first or
 * last word; equal keys share them all. So only names filed under the edge words of the one asked about are compared.
 *
 * @param <T> what is filed: a speaker, a group of name variants
 */
final class SameSpeakerIndex<T> {

    private record Filed<T>(int order, T item) {
    }

    private static final Comparator<Filed<?>> IN_ORDER = Comparator.comparingInt(Filed::order);

    private final Map<String, List<Filed<T>>> byEdgeWord = new HashMap<>();

    /**
     * Files an item under the edge words of a key; an item filed again under a new key (a fuller name) keeps its
     * order and is found by both.
     *
     * @param order the item's place among the filed items: the first match in this order is the one returned
     */
    void file(T item, int order, String[] keyWords) {
        for (String edge : edgeWords(keyWords)) {
            List<Filed<T>> filed = byEdgeWord.computeIfAbsent(edge, e -> new ArrayList<>());
            if (filed.isEmpty() || filed.get(filed.size() - 1).item() != item) {
                filed.add(new Filed<>(order, item));
            }
        }
    }

    /** The first-filed item that shares an edge word with the key and passes the test, or null. */
    T first(String[] keyWords, Predicate<T> sameSpeaker) {
        List<Filed<T>> candidates = new ArrayList<>();
        for (String edge : edgeWords(keyWords)) {
            candidates.addAll(byEdgeWord.getOrDefault(edge, List.of()));
        }
        candidates.sort(IN_ORDER);
        T previous = null;
        for (Filed<T> candidate : candidates) {
            // an item filed under two of the edge words comes twice: it is tested once
            if (candidate.item() != previous && sameSpeaker.test(candidate.item())) {
                return candidate.item();
            }
            previous = candidate.item();
        }
        return null;
    }

    /** The first, second, last and second-to-last words of a key, each marked with its place. */
    private static List<String> edgeWords(String[] words) {
        int n = words.length;
        List<String> edges = new ArrayList<>(4);
        edges.add("0 " + words[0]);
        edges.add("-1 " + words[n - 1]);
        if (n >= 2) {
            edges.add("1 " + words[1]);
            edges.add("-2 " + words[n - 2]);
        }
        return edges;
    }
}
