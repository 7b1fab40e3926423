package org.factdesk.analysis.attributions;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.factdesk.analysis.attributions.NounPhrases.NameRun;

/**
 * Finds the most complete form of a person's name anywhere near its mention: news introduces a person once in full
 * ("el ciclista Iker Urrutia Zabala", "Prof. Kamala Osei-Bonsu") and then writes the surname alone ("Urrutia",
 * "Osei-Bonsu") or the given name and first surname ("Ignacio Ruiz" for "Ignacio Ruiz de Arbulo Sainz"). A shorter
 * name is completed when its words stand together inside a longer person's name ("Wang" in "Wang Son-taek" too, where
 * the family name comes first): the one mentioned last before it (else first after it), and so on while a longer form
 * is found. Organisations likewise: "the Council" is the "West Northamptonshire Council" named before it, and an
 * acronym the name it abbreviates.
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
        String current = name;
        int at = mention;
        // the nearest longer form, then the nearest longer form of that ("Urrutia" → "Iker Urrutia" → "Iker Urrutia
        // Zabala"): the nearest, so that a given name in someone else's compound name ("María" in "Ignacio María
        // Lacasa") does not win over the mention the short name came from
        for (int step = 0; step < 3; step++) {
            NameRun longer = nearestLonger(current, at);
            if (longer == null) {
                break;
            }
            current = nameOf(longer);
            at = longer.start();
        }
        return current;
    }

    private NameRun nearestLonger(String name, int mention) {
        String[] words = Names.key(name).split(" ");
        if (words.length == 0 || words[0].isEmpty() || words.length > 3) {
            return null;
        }
        return nearest(mention, run -> run.personLike() && run.tokens() > words.length
                && containsAsWords(Names.key(nameOf(run)).split(" "), words));
    }

    /**
     * The fullest form of an organisation's name mentioned at {@code mention} ("the Council" → "West Northamptonshire
     * Council", "U.S. Attorney's Office" → "U.S. Attorney's Office for the District of Arizona", "la Comisión" →
     * "Comisión Europea"): the nearest longer organisation name, before the mention if any, that starts or ends with
     * all of its words; the name itself when there is none.
     */
    String completeOrganisation(String name, int mention) {
        if (isAcronym(name)) {
            String expanded = expandAcronym(name, mention);
            if (expanded != null) {
                return expanded;
            }
        }
        String[] words = Names.key(name).split(" ");
        if (words.length == 0 || words[0].isEmpty() || words.length > 4) {
            return name;
        }
        NameRun longer = nearest(mention, run -> run.org() && run.tokens() > words.length
                && startsOrEndsWith(Names.key(nameOf(run)).split(" "), words));
        return longer == null ? name : nameOf(longer);
    }

    /**
     * The organisation an acronym stands for ("UME" → "Unidad Militar de Emergencias"): the nearest name written just
     * before the acronym in brackets ("Unidad Militar de Emergencias (UME)"), else the nearest whose capitalised words
     * begin with the acronym's letters; null when there is none.
     */
    private String expandAcronym(String acronym, int mention) {
        NameRun defined = nearest(mention, run -> run.tokens() >= 2
                && (text.startsWith(" (" + acronym + ")", run.end()) || text.startsWith("(" + acronym + ")", run.end())));
        NameRun spelled = defined != null ? defined
                : nearest(mention, run -> run.tokens() >= 2 && initials(nameOf(run)).equals(acronym));
        return spelled == null ? null : nameOf(spelled);
    }

    /**
     * The run nearest to a mention that fits, within the look-behind and look-ahead: one before the mention is nearer
     * than any after it. Null if none fits.
     */
    private NameRun nearest(int mention, Predicate<NameRun> fits) {
        int from = lowerBound(Math.max(0, mention - lookBehind));
        int until = lowerBound(Math.min(text.length(), mention + lookAhead));
        NameRun best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int r = from; r < until; r++) {
            NameRun run = runs.get(r);
            int distance = run.start() <= mention ? mention - run.start() : lookBehind + run.start() - mention;
            if (distance < bestDistance && fits.test(run)) {
                best = run;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether the longer name begins or ends with all of the shorter one's words. */
    private static boolean startsOrEndsWith(String[] longer, String[] shorter) {
        int tail = longer.length - shorter.length;
        return tail > 0 && (Arrays.equals(longer, 0, shorter.length, shorter, 0, shorter.length)
                || Arrays.equals(longer, tail, longer.length, shorter, 0, shorter.length));
    }

    /** "UME", "OCHA", "UKHSA": two to seven capital letters. */
    private static boolean isAcronym(String name) {
        if (name.length() < 2 || name.length() > 7) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isUpperCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first letters of a name's capitalised words, all of an acronym inside it: "Unidad Militar de Emergencias" →
     * "UME", "UK Health Security Agency" → "UKHSA".
     */
    private static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split(" ")) {
            if (isAcronym(word)) {
                letters.append(word);
            } else if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                letters.append(word.charAt(0));
            }
        }
        return letters.toString();
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
