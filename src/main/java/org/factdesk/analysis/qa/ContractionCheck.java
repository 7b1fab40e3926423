package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * Spanish "de el" and "a el" that must contract to "del" and "al". A capitalised "El" starts a proper name
 * ("de El Salvador", "a El País") and is left alone, as is the pronoun "él".
 */
final class ContractionCheck implements QaCheck {

    static final String ID = "contraction";

    @Override
    public List<QaIssue> run(CheckContext context) {
        List<QaIssue> issues = new ArrayList<>();
        if (!context.isSpanish()) {
            return issues;
        }
        String text = context.text();
        int at = text.indexOf(" el", 1);
        while (at >= 0) {
            int after = at + 3;
            if (after == text.length() || !TextModel.isWordChar(text.codePointAt(after))) {
                int start = prepositionStart(text, at);
                if (start >= 0) {
                    boolean capital = Character.isUpperCase(text.charAt(start));
                    boolean de = at - start == 2;
                    String contracted = de ? (capital ? "Del" : "del") : (capital ? "Al" : "al");
                    issues.add(context.issue(ID, start, after, Severity.ERROR, contracted, contracted));
                }
            }
            at = text.indexOf(" el", at + 3);
        }
        return issues;
    }

    /** The start of a whole word "de" or "a" (either case of its first letter) ending at {@code space}, or -1. */
    private static int prepositionStart(String text, int space) {
        int start = space - 1;
        if (text.charAt(start) == 'e' && start >= 1 && (text.charAt(start - 1) == 'd' || text.charAt(start - 1) == 'D')) {
            start--;
        } else if (text.charAt(start) != 'a' && text.charAt(start) != 'A') {
            return -1;
        }
        return start == 0 || !TextModel.isWordChar(text.codePointBefore(start)) ? start : -1;
    }
}
