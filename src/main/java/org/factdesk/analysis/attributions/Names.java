package org.factdesk.analysis.attributions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.analysis.CharTable;

/** Compares speaker names: the same source written in full, by surname only, or with a slip ("Pancheco Pardo"). */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0]+");
    private static final String[] LEADING_DETERMINERS = {"el ", "la ", "los ", "las ", "un ", "una ", "unos ", "unas ",
        "the ", "a ", "an "};

    private Names() {
    }

    /** Lower case, without accents or a leading article, single-spaced: the form names are compared in. */
    static String key(String name) {
        String lower = SEPARATORS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String determiner : LEADING_DETERMINERS) {
                if (plain.startsWith(determiner) && plain.length() > determiner.length()) {
                    plain = plain.substring(determiner.length());
                    stripped = true;
                }
            }
        }
        return plain;
    }

    /**
     * Whether two names denote the same speaker: equal, one a leading or trailing part of the other ("Wang" and "Wang
     * Son-taek", "Pacheco Pardo" and "Ramón Pacheco Pardo"), token by token allowing a slip of one letter in words of
     * five letters or more (two in words of nine or more). Descriptions in lower case only match exactly.
     */
    static boolean sameSpeaker(String a, String b) {
        return sameKeys(key(a), isName(a), key(b), isName(b));
    }

    /** {@link #sameSpeaker} on names already turned into {@link #key keys}, for callers that keep them. */
    static boolean sameKeys(String ka, boolean nameA, String kb, boolean nameB) {
        if (ka.equals(kb)) {
            return true;
        }
        if (ka.isEmpty() || kb.isEmpty() || !nameA || !nameB) {
            return false;
        }
        return sameWords(ka.split(" "), kb.split(" "));
    }

    /** {@link #sameKeys} on keys already cut into words, for callers that compare one name with many. */
    static boolean sameKeys(String ka, String[] ta, boolean nameA, String kb, String[] tb, boolean nameB) {
        if (ka.equals(kb)) {
            return true;
        }
        return !ka.isEmpty() && !kb.isEmpty() && nameA && nameB && sameWords(ta, tb);
    }

    /** {@link #sameKeys} on two different keys of proper names, cut into words. */
    private static boolean sameWords(String[] ta, String[] tb) {
        String[] shorter = ta.length <= tb.length ? ta : tb;
        String[] longer = ta.length <= tb.length ? tb : ta;
        if (shorter.length == 1) {
            return longer.length > 1 && (shorter[0].equals(longer[0]) || shorter[0].equals(longer[longer.length - 1]));
        }
        return matchesAt(shorter, longer, 0) || matchesAt(shorter, longer, longer.length - shorter.length);
    }

    /** Whether a name is written as a proper name (its first letter is upper case), not as a description. */
    static boolean isName(String name) {
        String stripped = name.strip();
        return !stripped.isEmpty() && Character.isUpperCase(stripped.codePointAt(0));
    }

    static int tokenCount(String name) {
        int count = 0;
        boolean inToken = false;
        for (int i = 0; i < name.length(); i++) {
            boolean space = CharTable.isWhitespace(name.charAt(i)) || name.charAt(i) == '\u00a0';
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }

    private static boolean matchesAt(String[] shorter, String[] longer, int offset) {
        int slips = 0;
        for (int i = 0; i < shorter.length; i++) {
            String x = shorter[i];
            String y = longer[offset + i];
            if (x.equals(y)) {
                continue;
            }
            int allowed = Math.min(x.length(), y.length()) >= 9 ? 2 : Math.min(x.length(), y.length()) >= 5 ? 1 : 0;
            if (allowed == 0 || editDistance(x, y, allowed) > allowed) {
                return false;
            }
            slips++;
        }
        return slips <= 1;
    }

    /**
     * Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed the limit. The common prefix and
     * suffix are left out first (they never change the distance): names compared with many others share long ones
     * ("Garcíab" and "Garcíac"), and then only the few chars between them are compared.
     */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int from = 0;
        while (from < a.length() && from < b.length() && a.charAt(from) == b.charAt(from)) {
            from++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > from && endB > from && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int lengthA = endA - from;
        int lengthB = endB - from;
        if (lengthA == 0 || lengthB == 0) {
            return Math.max(lengthA, lengthB); // one is the other with a few chars added, no more than the limit
        }
        int[] previous = new int[lengthB + 1];
        int[] current = new int[lengthB + 1];
        for (int j = 0; j <= lengthB; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= lengthA; i++) {
            current[0] = i;
            int rowMin = current[0];
            char ca = a.charAt(from + i - 1);
            for (int j = 1; j <= lengthB; j++) {
                int cost = ca == b.charAt(from + j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[lengthB];
    }
}
