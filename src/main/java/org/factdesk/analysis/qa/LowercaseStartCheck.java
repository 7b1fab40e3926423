package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Severity;

/**
 * A sentence that starts with a lower-case word ("la visita. después a la agencia"). Brand names written that way
 * ("iPhone", "eBay") are left alone, and so is a word that repeats the one before the break ("dijo. dijo"): the
 * repeated-word check reports that one.
 */
final class LowercaseStartCheck implements QaCheck {

    static final String ID = "lowercase-start";

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        List<QaIssue> issues = new ArrayList<>();
        for (int s = 0; s < model.sentenceCount(); s++) {
            int w = model.firstWord(s);
            if (w >= model.wordLimit(s) || !model.is(w, TextModel.LOWER) || model.is(w, TextModel.INNER_UPPER)) {
                continue;
            }
            String before = model.between(model.sentenceStart(s), model.wordStart(w));
            if (!before.isEmpty() && !onlyOpeners(before)) {
                continue; // "(...", "1. a": not a sentence start in prose
            }
            if (!model.isParagraphFirstSentence(s) && w > 0 && model.lower(w - 1).equals(model.lower(w))) {
                continue;
            }
            String word = model.word(w);
            String capitalised = word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                    + word.substring(word.offsetByCodePoints(0, 1));
            issues.add(context.issue(ID, model.wordStart(w), model.wordEnd(w), Severity.WARNING, capitalised));
        }
        return issues;
    }

    private static boolean onlyOpeners(String before) {
        for (int i = 0; i < before.length(); i++) {
            if ("«“\"¿¡‘ ".indexOf(before.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
