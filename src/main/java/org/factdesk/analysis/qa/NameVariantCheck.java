package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, List<Integer>> occurrences = new LinkedHashMap<>();
        for (int w = 0; w < model.wordCount(); w++) {
            if (model.is(w, TextModel.CAP) && model.wordEnd(w) - model.wordStart(w) >= MIN_LENGTH) {
                occurrences.computeIfAbsent(model.word(w), k -> new ArrayList<>()).add(w);
            }
        }
        occurrences.keySet().removeIf(word -> isCommonWord(word, model, context.lexicon()));
        Map<String, List<String>> byDeletion = new HashMap<>();
        for (String word : occurrences.keySet()) {
            byDeletion.computeIfAbsent(word, k -> new ArrayList<>()).add(word);
            for (int i = 0; i < word.length(); i++) {
                byDeletion.computeIfAbsent(word.substring(0, i) + word.substring(i + 1), k -> new ArrayList<>())
                        .add(word);
            }
        }
        Map<String, String> reported = new LinkedHashMap<>();
        for (List<String> group : byDeletion.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    String a = group.get(i);
                    String b = group.get(j);
                    if (!partsOfDifferentNames(model, occurrences.get(a), occurrences.get(b))) {
                        consider(a, b, occurrences, reported);
                    }
                }
            }
        }
        List<QaIssue> issues = new ArrayList<>();
        reported.forEach((variant, preferred) -> {
            for (int w : occurrences.get(variant)) {
                issues.add(context.issue(ID, model.wordStart(w), model.wordEnd(w), Severity.WARNING, preferred,
                        preferred));
            }
        });
        return issues;
    }

    private static void consider(String a, String b, Map<String, List<Integer>> occurrences,
            Map<String, String> reported) {
        if (a.equals(b) || a.startsWith(b) || b.startsWith(a) || Names.differOnlyInEnding(a, b)
                || Names.distance(a, b, 1) > 1) {
            return;
        }
        List<Integer> inA = occurrences.get(a);
        List<Integer> inB = occurrences.get(b);
        if (inA.size() >= 3 && inB.size() >= 3) {
            return; // two names used on purpose
        }
        boolean aIsVariant = inA.size() < inB.size() || (inA.size() == inB.size() && inA.get(0) > inB.get(0));
        String variant = aIsVariant ? a : b;
        String preferred = aIsVariant ? b : a;
        if (occurrences.get(variant).size() <= 2) {
            reported.putIfAbsent(variant, preferred);
        }
    }

    /**
     * Whether both words stand inside longer names that have nothing else in common: "Rod Laver Arena" and "Aryna
     * Sabalenka" are two names, "Pancheco Pardo" and "Pacheco Pardo" one.
     */
    private static boolean partsOfDifferentNames(TextModel model, List<Integer> a, List<Integer> b) {
        java.util.Set<String> aNeighbours = neighbours(model, a);
        java.util.Set<String> bNeighbours = neighbours(model, b);
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

    private static java.util.Set<String> neighbours(TextModel model, List<Integer> occurrences) {
        java.util.Set<String> result = new java.util.HashSet<>();
        for (int w : occurrences) {
            for (int other : new int[] {w - 1, w + 1}) {
                if (other >= 0 && other < model.wordCount()
                        && (model.is(other, TextModel.CAP) || model.is(other, TextModel.UPPER))
                        && model.wordSentence(other) == model.wordSentence(w)
                        && RepeatedWordCheck.isBlank(model.between(model.wordEnd(Math.min(w, other)),
                                model.wordStart(Math.max(w, other))))) {
                    result.add(model.word(other));
                }
            }
        }
        return result;
    }

    private static boolean isCommonWord(String word, TextModel model, Lexicon lexicon) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return model.lowercaseWords().contains(lower) || lexicon.has("function", lower)
                || lexicon.has("institution", lower);
    }
}
