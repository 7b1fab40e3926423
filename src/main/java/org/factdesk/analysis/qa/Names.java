package org.factdesk.analysis.qa;

import java.text.Normalizer;
import java.util.Locale;

/** Small helpers about names and spelling shared by the name checks. */
final class Names {

    private Names() {
    }

    /**
     * Optimal string alignment distance (Levenshtein plus adjacent transpositions), or {@code limit + 1} as soon as
     * it is known to exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous2;
            previous2 = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }

    /**
     * Whether two spellings differ only in their last two letters ("Unidos" / "Unidas", "Estado" / "Estados"):
     * inflection, not a misspelt name.
     */
    static boolean differOnlyInEnding(String a, String b) {
        int common = 0;
        int max = Math.min(a.length(), b.length());
        while (common < max && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return a.length() - common <= 2 && b.length() - common <= 2;
    }

    /** Lower case without accents, for comparing spellings across languages. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
