package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.Severity;

/**
 * Two spellings of one name in the same document ("Pancheco" beside "Pacheco"): capitalised words one edit apart,
 * found through their one-letter deletions so that the check stays linear. The rarer spelling is reported. Pairs
 * that differ only in the ending ("Unidos" / "Unidas"), words also used in lower case and spellings that are both
 * frequent are left alone.
 */
final class NameVariantCheck implements QaCheck {

    static final String ID = "name-variant";
    private static final int MIN_LENGTH = 5;

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        Occurrences occurrences = new Occurrences(model);
        Map<String, List<Integer>> byDeletion = new HashMap<>();
        for (int id : occurrences.words()) {
            String word = model.writtenWord(id);
            byDeletion.computeIfAbsent(word, k -> new ArrayList<>()).add(id);
            for (int i = 0; i < word.length(); i++) {
                byDeletion.computeIfAbsent(word.substring(0, i) + word.substring(i + 1), k -> new ArrayList<>())
                        .add(id);
            }
        }
        Map<Integer, Integer> reported = new LinkedHashMap<>();
        for (List<Integer> group : byDeletion.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    int a = group.get(i);
                    int b = group.get(j);
                    if (!partsOfDifferentNames(model, occurrences.of(a), occurrences.of(b))) {
                        consider(model, a, b, occurrences, reported);
                    }
                }
            }
        }
        List<QaIssue> issues = new ArrayList<>();
        reported.forEach((variant, preferred) -> {
            String name = model.writtenWord(preferred);
            for (int w : occurrences.of(variant)) {
                issues.add(context.issue(ID, model.wordStart(w), model.wordEnd(w), Severity.WARNING, name, name));
            }
        });
        return issues;
    }

    /** Weighs two spellings (word numbers as written) and records the rarer as a variant of the other. */
    private static void consider(TextModel model, int a, int b, Occurrences occurrences,
            Map<Integer, Integer> reported) {
        String wordA = model.writtenWord(a);
        String wordB = model.writtenWord(b);
        if (a == b || wordA.startsWith(wordB) || wordB.startsWith(wordA) || Names.differOnlyInEnding(wordA, wordB)
                || Names.distance(wordA, wordB, 1) > 1) {
            return;
        }
        int[] inA = occurrences.of(a);
        int[] inB = occurrences.of(b);
        if (inA.length >= 3 && inB.length >= 3) {
            return; // two names used on purpose
        }
        boolean aIsVariant = inA.length < inB.length || (inA.length == inB.length && inA[0] > inB[0]);
        int variant = aIsVariant ? a : b;
        int preferred = aIsVariant ? b : a;
        if (occurrences.of(variant).length <= 2) {
            reported.putIfAbsent(variant, preferred);
        }
    }

    /**
     * Whether both words stand inside longer names that have nothing else in common: "Rod Laver Arena" and "Aryna
     * Sabalenka" are two names, "Pancheco Pardo" and "Pacheco Pardo" one.
     */
    private static boolean partsOfDifferentNames(TextModel model, int[] a, int[] b) {
        Set<String> aNeighbours = neighbours(model, a);
        Set<String> bNeighbours = neighbours(model, b);
        if (aNeighbours.isEmpty() || bNeighbours.isEmpty()) {
            return false;
        }
        for (String neighbour : aNeighbours) {
            if (bNeighbours.contains(neighbour)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> neighbours(TextModel model, int[] occurrences) {
        Set<String> result = new HashSet<>();
        for (int w : occurrences) {
            for (int other : new int[] {w - 1, w + 1}) {
                if (other >= 0 && other < model.wordCount()
                        && (model.is(other, TextModel.CAP) || model.is(other, TextModel.UPPER))
                        && model.wordSentence(other) == model.wordSentence(w)
                        && model.onlySpaceBetween(model.wordEnd(Math.min(w, other)),
                                model.wordStart(Math.max(w, other)))) {
                    result.add(model.word(other));
                }
            }
        }
        return result;
    }

    /**
     * The capitalised words of at least MIN_LENGTH chars that are not common words, by number as written in order of
     * first occurrence, with the indexes of their occurrences.
     */
    private static final class Occurrences {
        private final int[] words;
        private final int[][] at;

        Occurrences(TextModel model) {
            int[] count = new int[model.writtenWordCount()];
            int distinct = 0;
            for (int w = 0; w < model.wordCount(); w++) {
                if (isCandidate(model, w) && count[model.writtenId(w)]++ == 0) {
                    distinct++;
                }
            }
            int[] order = new int[distinct];
            at = new int[count.length][];
            int found = 0;
            for (int w = 0; w < model.wordCount(); w++) {
                if (isCandidate(model, w)) {
                    int id = model.writtenId(w);
                    if (at[id] == null) {
                        at[id] = new int[count[id]];
                        count[id] = 0;
                        if (!isCommonWord(model, w)) {
                            order[found++] = id;
                        }
                    }
                    at[id][count[id]++] = w;
                }
            }
            words = java.util.Arrays.copyOf(order, found);
        }

        int[] words() {
            return words;
        }

        int[] of(int id) {
            return at[id];
        }

        private static boolean isCandidate(TextModel model, int w) {
            return model.is(w, TextModel.CAP) && model.wordEnd(w) - model.wordStart(w) >= MIN_LENGTH;
        }

        /** Written in lower case elsewhere, a function word or an institution ("Gobierno"). */
        private static boolean isCommonWord(TextModel model, int w) {
            return model.writtenInLowerCase(w) || model.tagged(w, WordTags.FUNCTION | WordTags.INSTITUTION);
        }
    }
}
