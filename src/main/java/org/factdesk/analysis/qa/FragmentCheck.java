package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * A sentence without any verb left by the machine ("después a la agencia oficial de noticias rusa Tass."). Careful on
 * purpose: headlines and datelines (no final stop), short sentences, short quotations, credit lines ("Editado por …",
 * "Información adicional de …") and sentences that end in a participle (the dangling-participle check's) are left
 * alone.
 */
final class FragmentCheck implements QaCheck {

    static final String ID = "fragment";
    private static final int MIN_WORDS = 4;
    private static final int MIN_WORDS_QUOTED = 10;
    private static final String[] CREDIT_OPENINGS = {"información adicional", "con información", "con reportes",
        "additional reporting", "reporting by", "writing by", "editing by", "fuente", "source", "foto", "photo"};

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        List<QaIssue> issues = new ArrayList<>();
        for (int s = 0; s < model.sentenceCount(); s++) {
            if (isFragment(model, s) && !DanglingParticipleCheck.endsWithParticiple(model, s)) {
                issues.add(context.issue(ID, model.sentenceStart(s), model.sentenceEnd(s), Severity.WARNING, null));
            }
        }
        return issues;
    }

    /** Whether sentence {@code s} is prose without a finite verb and none of the exceptions. */
    static boolean isFragment(TextModel model, int s) {
        if (!Sentences.endsWithTerminal(model, s)) {
            return false;
        }
        int words = Sentences.letterWords(model, s);
        if (words < MIN_WORDS || Sentences.startsWithQuote(model, s) && words < MIN_WORDS_QUOTED) {
            return false;
        }
        int first = model.firstWord(s);
        for (String credit : CREDIT_OPENINGS) {
            if (model.text().regionMatches(true, model.wordStart(first), credit, 0, credit.length())) {
                return false;
            }
        }
        if (model.lexicon().isSpanish() ? model.tagged(first, WordTags.SPANISH_PARTICIPLE)
                : model.lower(first).endsWith("ed")) {
            return false; // "Editado por …", "Updated on …"
        }
        if (Verbs.hasFiniteVerb(model, s)) {
            return false;
        }
        // reported as an editorial note
        return !EditorialNoteCheck.isNote(model.text(), model.sentenceStart(s), model.sentenceEnd(s));
    }
}
