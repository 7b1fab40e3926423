package org.factdesk.analysis.attributions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.factdesk.analysis.CharTable;
import org.factdesk.analysis.WordNumbers;
import org.factdesk.analysis.attributions.NounPhrases.NameRun;

/**
 * Finds the most complete form of a person's name anywhere near its mention: news introduces a person once in full
 * ("el ciclista Iker Urrutia Zabala", "Prof. Kamala Osei-Bonsu") and then writes the surname alone ("Urrutia",
 * "Osei-Bonsu") or the given name and first surname ("Ignacio Ruiz" for "Ignacio Ruiz de Arbulo Sainz"). A shorter
 * name is completed when its words stand together inside a longer person's name ("Wang" in "Wang Son-taek" too, where
 * the family name comes first): the one mentioned last before it (else first after it), and so on while a longer form
 * is found. Organisations likewise: "the Council" is the "West Northamptonshire Council" named before it, and an
 * acronym the name it abbreviates.
 *
 * <p>Each mention is completed from where it stands (two Garcías far apart are two people), so the longer names are
 * indexed once by their words, initials and bracketed acronym, and a mention reads only the names that share its first
 * word, from its position outwards.
 */
final class FullNames {

    /**
     * A name's comparison words ({@link Names#key}) and initials, worked out once per distinct name, with the postings
     * a run of that name is filed under.
     */
    private record NameForm(String[] words, String initials, Postings[] filedUnder) {
    }

    /** Indexes into {@link #runs}, in text order. */
    private static final class Postings {
        private int[] items = new int[4];
        private int size;

        void add(int run) {
            if (size > 0 && items[size - 1] == run) {
                return; // a word twice in one name ("Pérez Pérez")
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = run;
        }
    }

    private final String text;
    private final char[] chars;
    private final List<NameRun> runs;
    private final int lookBehind;
    private final int lookAhead;
    private final Map<String, NameForm> forms = new HashMap<>();
    /** The distinct names of the runs, numbered, and their forms by number: most names recur many times. */
    private final WordNumbers runNames = new WordNumbers();
    private NameForm[] runForms = new NameForm[256];
    /** The names of two or more words, by each of their words, by their initials, and by an acronym after them. */
    private final Map<String, Postings> byWord = new HashMap<>();
    private final Map<String, Postings> byInitials = new HashMap<>();
    private final Map<String, Postings> byBracketedAcronym = new HashMap<>();

    /**
     * @param text       the text the runs were read from
     * @param runs       every capitalised name in it, in text order
     * @param runStarts  their starts, for binary search
     * @param lookBehind how far before a mention its full form is looked for (a huge text stays linear)
     * @param lookAhead  how far after it
     */
    FullNames(String text, char[] chars, List<NameRun> runs, int lookBehind, int lookAhead) {
        this.text = text;
        this.chars = chars;
        this.runs = runs;
        this.lookBehind = lookBehind;
        this.lookAhead = lookAhead;
        for (int r = 0; r < runs.size(); r++) {
            NameRun run = runs.get(r);
            if (run.tokens() < 2) {
                continue; // every question asks for a name longer than one word
            }
            for (Postings postings : runForm(run).filedUnder()) {
                postings.add(r);
            }
            String acronym = bracketedAcronymAfter(run.end());
            if (acronym != null) {
                byBracketedAcronym.computeIfAbsent(acronym, a -> new Postings()).add(r);
            }
        }
    }

    /** The form of a run's name, found by its chars without making a string once the name has been seen. */
    private NameForm runForm(NameRun run) {
        int known = runNames.size();
        int number = runNames.id(chars, run.nameStart(), nameEnd(run));
        if (number == known) {
            if (number == runForms.length) {
                runForms = Arrays.copyOf(runForms, number * 2);
            }
            runForms[number] = form(runNames.string(number));
        }
        return runForms[number];
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
        String[] words = form(name).words();
        if (words.length == 0 || words[0].isEmpty() || words.length > 3) {
            return null;
        }
        return nearest(mention, byWord.get(words[0]), run -> run.personLike() && run.tokens() > words.length
                && containsAsWords(runForm(run).words(), words));
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
        String[] words = form(name).words();
        if (words.length == 0 || words[0].isEmpty() || words.length > 4) {
            return name;
        }
        NameRun longer = nearest(mention, byWord.get(words[0]), run -> run.org() && run.tokens() > words.length
                && startsOrEndsWith(runForm(run).words(), words));
        return longer == null ? name : nameOf(longer);
    }

    /**
     * The organisation an acronym stands for ("UME" → "Unidad Militar de Emergencias"): the nearest name written just
     * before the acronym in brackets ("Unidad Militar de Emergencias (UME)"), else the nearest whose capitalised words
     * begin with the acronym's letters; null when there is none.
     */
    private String expandAcronym(String acronym, int mention) {
        NameRun defined = nearest(mention, byBracketedAcronym.get(acronym), run -> true);
        NameRun spelled = defined != null ? defined : nearest(mention, byInitials.get(acronym), run -> true);
        return spelled == null ? null : nameOf(spelled);
    }

    /** "UME" in "Unidad Militar de Emergencias (UME)": the acronym in brackets right after a name, or null. */
    private String bracketedAcronymAfter(int end) {
        int open = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        if (open >= text.length() || text.charAt(open) != '(') {
            return null;
        }
        int close = text.indexOf(')', open + 1);
        if (close < 0 || close - open - 1 > 7) {
            return null;
        }
        String acronym = text.substring(open + 1, close);
        return isAcronym(acronym) ? acronym : null;
    }

    /**
     * The candidate run nearest to a mention that fits, within the look-behind and look-ahead: the latest one before
     * (or at) the mention, else the first after it. Null if none fits or there are no candidates.
     */
    private NameRun nearest(int mention, Postings candidates, Predicate<NameRun> fits) {
        if (candidates == null) {
            return null;
        }
        int lowest = Math.max(0, mention - lookBehind);
        int highest = Math.min(text.length(), mention + lookAhead);
        int[] items = candidates.items;
        int after = firstAfter(candidates, mention);
        for (int i = after - 1; i >= 0 && runs.get(items[i]).start() >= lowest; i--) {
            if (fits.test(runs.get(items[i]))) {
                return runs.get(items[i]);
            }
        }
        for (int i = after; i < candidates.size && runs.get(items[i]).start() < highest; i++) {
            if (fits.test(runs.get(items[i]))) {
                return runs.get(items[i]);
            }
        }
        return null;
    }

    /** The index of the first candidate that starts after the offset; size if none. */
    private int firstAfter(Postings candidates, int offset) {
        int low = 0;
        int high = candidates.size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (runs.get(candidates.items[mid]).start() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private NameForm form(String name) {
        NameForm known = forms.get(name);
        if (known == null) {
            String[] words = Names.key(name).split(" ");
            String initials = initials(name);
            Postings[] filedUnder = new Postings[words.length + 1];
            for (int w = 0; w < words.length; w++) {
                filedUnder[w] = byWord.computeIfAbsent(words[w], k -> new Postings());
            }
            filedUnder[words.length] = byInitials.computeIfAbsent(initials, k -> new Postings());
            known = new NameForm(words, initials, filedUnder);
            forms.put(name, known);
        }
        return known;
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
            if (!CharTable.isUpperCase(name.charAt(i))) {
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
            } else if (!word.isEmpty() && CharTable.isUpperCase(word.charAt(0))) {
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
        return text.substring(run.nameStart(), nameEnd(run));
    }

    private static int nameEnd(NameRun run) {
        return run.possessive() ? run.end() - 2 : run.end();
    }
}
