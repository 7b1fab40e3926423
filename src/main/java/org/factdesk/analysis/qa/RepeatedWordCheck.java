package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * A word written twice: side by side whatever the case ("una Una"), across a sentence break ("dijo. dijo"), or around
 * a conjunction ("gradual y gradual"). Doubled names ("Bora Bora"), deliberate repeats ("más y más", "that that")
 * and plurals or comparatives around a conjunction ("years and years", "bigger and bigger") are left alone;
 * a doubled intensifier ("muy muy") is reported as information only.
 */
final class RepeatedWordCheck implements QaCheck {

    static final String ID = "repeated-word";

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        List<QaIssue> issues = new ArrayList<>();
        int count = model.wordCount();
        for (int w = 0; w + 1 < count; w++) {
            if (model.is(w, TextModel.NUMERIC) || model.is(w + 1, TextModel.NUMERIC)
                    || !sameParagraph(model, w, w + 1)) {
                continue;
            }
            // equal lower-case words have the same number
            int first = model.lowerId(w);
            if (first == model.lowerId(w + 1)) {
                adjacent(context, w, model.between(model.wordEnd(w), model.wordStart(w + 1)), issues);
            } else if (w + 2 < count && model.tagged(w + 1, WordTags.CONJUNCTION) && first == model.lowerId(w + 2)
                    && model.spaceOnlyAfter(w) && model.spaceOnlyAfter(w + 1) && sameParagraph(model, w, w + 2)) {
                aroundConjunction(context, w, issues);
            }
        }
        return issues;
    }

    private static void adjacent(CheckContext context, int w, String gap, List<QaIssue> issues) {
        TextModel model = context.target();
        Lexicon lexicon = context.lexicon();
        boolean bothCapitalised = !model.is(w, TextModel.LOWER) && !model.is(w + 1, TextModel.LOWER);
        if (bothCapitalised && !model.tagged(w, WordTags.FUNCTION)) {
            return; // "Bora Bora", "Baden Baden"
        }
        int start = model.wordStart(w);
        int end = model.wordEnd(w + 1);
        if (isBlank(gap)) {
            if (model.tagged(w, WordTags.REPEAT_OK) && !lexicon.isSpanish()) {
                return; // "that that", "had had"
            }
            Severity severity = model.tagged(w, WordTags.INTENSIFIER) ? Severity.INFO : Severity.ERROR;
            issues.add(context.issue(ID, start, end, severity, model.word(w)));
        } else if (isSentenceBreak(gap) && model.is(w + 1, TextModel.LOWER)) {
            issues.add(context.issue(ID, start, end, Severity.ERROR, model.word(w)));
        }
    }

    private static void aroundConjunction(CheckContext context, int w, List<QaIssue> issues) {
        TextModel model = context.target();
        Lexicon lexicon = context.lexicon();
        String lower = model.lower(w);
        if (model.tagged(w, WordTags.REPEAT_OK) || model.tagged(w, WordTags.FUNCTION) || !model.is(w, TextModel.LOWER)
                || lower.length() < 3 || lower.endsWith("s")
                || (!lexicon.isSpanish() && lower.endsWith("er"))) {
            return;
        }
        issues.add(context.issueWithKey(ID, "qa.repeated-word.conjunction.message", model.wordStart(w),
                model.wordEnd(w + 2), Severity.WARNING, null));
    }

    private static boolean sameParagraph(TextModel model, int a, int b) {
        return model.sentenceParagraph(model.wordSentence(a)) == model.sentenceParagraph(model.wordSentence(b));
    }

    static boolean isBlank(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (!TextModel.isSpace(gap.charAt(i))) {
                return false;
            }
        }
        return !gap.isEmpty();
    }

    /** A full stop (or ? or !) and spaces, nothing else: the machine's sentence break. */
    private static boolean isSentenceBreak(String gap) {
        String stripped = gap.strip();
        return stripped.length() == 1 && ".?!".indexOf(stripped.charAt(0)) >= 0 && gap.length() > 1
                && TextModel.isSpace(gap.charAt(gap.length() - 1));
    }
}
