package org.factdesk.ui.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.ui.article.HighlightPlanner.Range;

/**
 * A text folded for find, ignoring case and accents ("Rusia" finds "RUSIÁ"), that maps every match back to UTF-16
 * offsets of the original text. Pure; built once per document and query-independent.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    /** For each char of {@link #folded}, the offset of the code point of the original it came from. */
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    static FoldedText of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 16];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String piece = fold(codePoint);
            for (int k = 0; k < piece.length(); k++) {
                if (n == origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[n++] = i;
                folded.append(piece.charAt(k));
            }
            i += Character.charCount(codePoint);
        }
        return new FoldedText(text, folded.toString(), origin);
    }

    /** Lower case without accents; an ASCII char stays one char, a lone combining mark vanishes. */
    static String fold(int codePoint) {
        if (codePoint < 128) {
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK
                && Character.getType(c) != Character.ENCLOSING_MARK
                && Character.getType(c) != Character.COMBINING_SPACING_MARK).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    static String foldQuery(String query) {
        StringBuilder folded = new StringBuilder(query.length());
        query.codePoints().forEach(c -> folded.append(fold(c)));
        return folded.toString();
    }

    /** The matches of {@code query} in document order, without overlaps, at most {@code limit} of them. */
    List<Range> find(String query, int limit) {
        String wanted = foldQuery(query);
        List<Range> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            return found;
        }
        int at = folded.indexOf(wanted);
        while (at >= 0 && found.size() < limit) {
            int start = origin[at];
            int last = origin[at + wanted.length() - 1];
            int end = last + Character.charCount(original.codePointAt(last));
            while (end < original.length() && fold(original.codePointAt(end)).isEmpty()) {
                end += Character.charCount(original.codePointAt(end)); // combining marks belong to the match
            }
            if (found.isEmpty() || found.get(found.size() - 1).end() <= start) {
                found.add(new Range(start, end));
            }
            at = folded.indexOf(wanted, at + wanted.length());
        }
        return found;
    }
}
