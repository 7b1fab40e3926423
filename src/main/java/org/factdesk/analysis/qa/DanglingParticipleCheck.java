package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * A Spanish participle left at the end of a sentence where the source had a past-tense verb ("Wang …, acordado.",
 * "un informe publicado en julio encontrado."). Reported when nothing before it can carry it (no auxiliary or copula
 * just before) and either the sentence has no finite verb, or the participle follows a comma, or another participle
 * stands a few words before it with no conjunction between.
 */
final class DanglingParticipleCheck implements QaCheck {

    static final String ID = "dangling-participle";
    private static final int WINDOW = 4;

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        List<QaIssue> issues = new ArrayList<>();
        if (!context.isSpanish()) {
            return issues;
        }
        for (int s = 0; s < model.sentenceCount(); s++) {
            if (!endsWithParticiple(model, s) || !Sentences.endsWithTerminal(model, s)) {
                continue;
            }
            int last = Sentences.lastWord(model, s);
            if (dangles(model, s, last)) {
                issues.add(context.issue(ID, model.wordStart(last), model.wordEnd(last), Severity.WARNING, null));
            }
        }
        return issues;
    }

    static boolean endsWithParticiple(TextModel model, int s) {
        if (!model.lexicon().isSpanish()) {
            return false;
        }
        int last = Sentences.lastWord(model, s);
        if (last < 0 || !model.is(last, TextModel.LOWER) || last == model.firstWord(s)) {
            return false;
        }
        // the participle must be the very end: only punctuation after it
        char[] chars = model.chars();
        for (int i = model.wordEnd(last); i < model.sentenceEnd(s); i++) {
            if (Character.isLetterOrDigit(chars[i])) {
                return false;
            }
        }
        return model.tagged(last, WordTags.SPANISH_PARTICIPLE);
    }

    private static boolean dangles(TextModel model, int s, int last) {
        int previous = last - 1;
        if (model.tagged(previous, WordTags.PARTICIPLE_AUX)
                || previous - 1 >= model.firstWord(s) && model.tagged(previous - 1, WordTags.PARTICIPLE_AUX)
                && !model.between(model.wordEnd(previous - 1), model.wordStart(last)).contains(",")) {
            return false;
        }
        String gap = model.between(model.wordEnd(previous), model.wordStart(last));
        if (gap.contains(",") && Sentences.letterWords(model, s) >= 4) {
            return !Verbs.hasFiniteVerb(model, s) || precededByParticiple(model, s, last);
        }
        if (!Verbs.hasFiniteVerb(model, s) && Sentences.letterWords(model, s) >= 4) {
            return true;
        }
        return precededByParticiple(model, s, last);
    }

    private static boolean precededByParticiple(TextModel model, int s, int last) {
        for (int w = last - 1; w >= Math.max(model.firstWord(s), last - WINDOW); w--) {
            if (model.tagged(w, WordTags.CONJUNCTION | WordTags.PARTICIPLE_AUX)
                    || model.between(model.wordEnd(w), model.wordStart(w + 1)).contains(",")) {
                return false;
            }
            if (model.is(w, TextModel.LOWER) && model.tagged(w, WordTags.SPANISH_PARTICIPLE)) {
                return true;
            }
        }
        return false;
    }
}
