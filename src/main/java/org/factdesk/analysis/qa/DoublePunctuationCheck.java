package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Severity;

/**
 * Punctuation written twice: "..", ",,", ",.", "?.", or a full stop on both sides of a closing quote (".”.").
 * An ellipsis, "?!" and the full stop of an abbreviation ("EE. UU.,", "etc.”.") are correct.
 */
final class DoublePunctuationCheck implements QaCheck {

    static final String ID = "double-punctuation";
    private static final String MARKS = ".,;:?!";

    @Override
    public List<QaIssue> run(CheckContext context) {
        String text = context.text();
        char[] chars = context.target().chars();
        List<QaIssue> issues = new ArrayList<>();
        int length = text.length();
        for (int i = 0; i + 1 < length; i++) {
            char c = chars[i];
            if (!isMark(c)) {
                continue;
            }
            char next = text.charAt(i + 1);
            int end = -1;
            if (MARKS.indexOf(next) >= 0) {
                end = i + 2;
                if (c == '.' && next == '.' && (i + 2 < length && text.charAt(i + 2) == '.' || i > 0
                        && text.charAt(i - 1) == '.')) {
                    end = -1; // an ellipsis
                } else if ((c == '?' || c == '!') && (next == '?' || next == '!')) {
                    end = -1; // "?!", "!!": emphasis, not a slip
                } else if (c == '.' && next != '.' && afterAbbreviation(text, i, context.lexicon())) {
                    end = -1; // "EE. UU.,"
                }
            } else if (c == '.' && TextModel.isClosing(next) && next != ')' && i + 2 < length
                    && text.charAt(i + 2) == '.' && (i + 3 >= length || text.charAt(i + 3) != '.')
                    && !afterAbbreviation(text, i, context.lexicon())) {
                end = i + 3;
            }
            if (end > 0) {
                String span = text.substring(i, end);
                String suggestion = end - i == 3 ? span.substring(1) : String.valueOf(stronger(c, next));
                issues.add(context.issue(ID, i, end, Severity.WARNING, suggestion));
                i = end - 1;
            }
        }
        return issues;
    }

    /** One of MARKS, without a search of MARKS for every char of the text. */
    private static boolean isMark(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!';
    }

    /** The mark to keep of two: the one that ends more. */
    private static char stronger(char a, char b) {
        String rank = "?!.:;,";
        return rank.indexOf(a) <= rank.indexOf(b) ? a : b;
    }

    private static boolean afterAbbreviation(String text, int dot, Lexicon lexicon) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return word.length() == 1 || word.indexOf('.') >= 0 || lexicon.has("abbreviation", lower)
                || lower.equals("etc");
    }
}
