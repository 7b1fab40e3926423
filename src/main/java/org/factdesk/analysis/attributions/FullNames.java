package org.factdesk.analysis.attributions;

import java.util.Arrays;
import java.util.List;
import org.factdesk.analysis.attributions.NounPhrases.NameRun;

/**
 * Finds the most complete form of a person's name anywhere near its mention: news introduces a person once in full
 * ("el ciclista Iker Urrutia Zabala", "Prof. Kamala Osei-Bonsu") and then writes the surname alone ("Urrutia",
 * "Osei-Bonsu") or the given name and first surname ("Ignacio Ruiz" for "Ignacio Ruiz de Arbulo Sainz"). A shorter
 * name is completed when its words stand together inside a longer person's name ("Wang" in "Wang Son-taek" too, where
 * the family name comes first). Among several longer names the one with the most words wins, then the one mentioned
 * last before the short one.
 */
final class FullNames {

    private final String text;
    private final List<NameRun> runs;
    private final int[] runStarts;
    private final int lookBehind;
    private final int lookAhead;

    /**
     * @param text       the text the runs were read from
     * @param runs       every capitalised name in it, in text order
     * @param runStarts  their starts, for binary search
     * @param lookBehind how far before a mention its full form is looked for (a huge text stays linear)
     * @param lookAhead  how far after it
     */
    FullNames(String text, List<NameRun> runs, int[] runStarts, int lookBehind, int lookAhead) {
        this.text = text;
        this.runs = runs;
        this.runStarts = runStarts;
        this.lookBehind = lookBehind;
        this.lookAhead = lookAhead;
    }

    /**
     * The most complete form of a person's name mentioned at {@code mention}, or the name itself when none is found.
     *
     * @param name    the name as the speaker was first written (title already split off)
     * @param mention where it was written
     */
    String complete(String name, int mention) {
        String[] words = Names.key(name).split(" ");
        if (words.length == 0 || words[0].isEmpty() || words.length > 3) {
            return name;
        }
        int from = lowerBound(Math.max(0, mention - lookBehind));
        int until = lowerBound(Math.min(text.length(), mention + lookAhead));
        String best = null;
        int bestWords = words.length;
        int bestDistance = Integer.MAX_VALUE;
        for (int r = from; r < until; r++) {
            NameRun run = runs.get(r);
            if (!run.personLike() || run.tokens() <= words.length) {
                continue;
            }
            String candidate = nameOf(run);
            String[] longer = Names.key(candidate).split(" ");
            if (longer.length <= words.length || !containsAsWords(longer, words)) {
                continue;
            }
            // a full form before the mention is nearer than any after it
            int distance = run.start() <= mention ? mention - run.start() : lookBehind + run.start() - mention;
            if (longer.length > bestWords || longer.length == bestWords && distance < bestDistance) {
                best = candidate;
                bestWords = longer.length;
                bestDistance = distance;
            }
        }
        return best == null ? name : best;
    }

    /**
     * The fullest form of an organisation's name mentioned at {@code mention} ("the Council" → "West Northamptonshire
     * Council", "U.S. Attorney's Office" → "U.S. Attorney's Office for the District of Arizona", "la Comisión" →
     * "Comisión Europea"): the nearest longer organisation name, before the mention if any, that starts or ends with
     * all of its words; the name itself when there is none.
     */
    String completeOrganisation(String name, int mention) {
        String[] words = Names.key(name).split(" ");
        if (words.length == 0 || words[0].isEmpty() || words.length > 4) {
            return name;
        }
        int from = lowerBound(Math.max(0, mention - lookBehind));
        int until = lowerBound(Math.min(text.length(), mention + lookAhead));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int r = from; r < until; r++) {
            NameRun run = runs.get(r);
            if (!run.org() || run.tokens() <= words.length) {
                continue;
            }
            int distance = run.start() <= mention ? mention - run.start() : lookBehind + run.start() - mention;
            if (distance >= bestDistance) {
                continue;
            }
            String candidate = nameOf(run);
            String[] longer = Names.key(candidate).split(" ");
            int tail = longer.length - words.length;
            if (tail > 0 && (Arrays.equals(longer, 0, words.length, words, 0, words.length)
                    || Arrays.equals(longer, tail, longer.length, words, 0, words.length))) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? name : best;
    }

    /** Whether the shorter name's words stand together in the longer one. */
    static boolean containsAsWords(String[] longer, String[] shorter) {
        for (int at = 0; at + shorter.length <= longer.length; at++) {
            if (Arrays.equals(longer, at, at + shorter.length, shorter, 0, shorter.length)) {
                return true;
            }
        }
        return false;
    }

    /** The run's name without its title or a possessive "'s" ("West Northamptonshire Council's cabinet"). */
    private String nameOf(NameRun run) {
        return text.substring(run.nameStart(), run.possessive() ? run.end() - 2 : run.end());
    }

    private int lowerBound(int offset) {
        int found = Arrays.binarySearch(runStarts, offset);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && runStarts[found - 1] == offset) {
            found--;
        }
        return found;
    }
}
