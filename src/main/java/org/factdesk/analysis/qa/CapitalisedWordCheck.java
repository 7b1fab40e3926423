package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Severity;

/**
 * A common word capitalised in mid-sentence ("La comida Escasez en Corea"). Only a lone capitalised word counts
 * (one inside a run of capitalised words is part of a name), only if it is shown to be a common word (written in
 * lower case elsewhere in the text, a function word, or built with a common-noun suffix), and never an institution
 * a house style may capitalise, nor a word the text capitalises more than once. In Spanish a function word
 * capitalised after a colon ("dijo: Pero") is reported too.
 */
final class CapitalisedWordCheck implements QaCheck {

    static final String ID = "capitalised-word";
    private static final String[] SUFFIXES_ES = {"ción", "sión", "dad", "tad", "miento", "mientos", "encia", "ancia",
        "ismo", "eza", "aje", "ciones", "siones", "dades"};
    private static final String[] SUFFIXES_EN = {"tion", "sion", "ness", "ment", "ity", "ism", "ance", "ence", "ship",
        "hood", "tions", "ments"};

    private static final java.util.Set<String> PREFIXES = java.util.Set.of("neo", "anti", "pro", "pos", "post", "pre",
            "ex", "super", "contra", "counter", "sub", "co", "ultra", "pseudo", "semi", "mega", "micro", "macro",
            "multi", "inter", "intra", "trans", "vice", "non");

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        List<QaIssue> issues = new ArrayList<>();
        for (int w = 0; w < model.wordCount(); w++) {
            if (model.is(w, TextModel.LOWER) && model.is(w, TextModel.INNER_UPPER)) {
                prefixed(context, w, issues);
                continue;
            }
            if (w == 0 || !model.is(w, TextModel.CAP) || model.wordEnd(w) - model.wordStart(w) < 2
                    || model.isSentenceFirstWord(w) || model.is(w, TextModel.INNER_UPPER)
                    || model.wordSentence(w - 1) != model.wordSentence(w)) {
                continue;
            }
            String gap = model.between(model.wordEnd(w - 1), model.wordStart(w));
            String lower = model.lower(w);
            if (model.lowerId(w) == model.lowerId(w - 1)) {
                continue; // "una Una": the repeated-word check reports it
            }
            boolean afterColon = gap.strip().equals(":");
            if (afterColon && context.isSpanish() && model.tagged(w, WordTags.FUNCTION)
                    && !"«“\"".contains(model.between(model.wordStart(w) - 1, model.wordStart(w)))) {
                issues.add(context.issue(ID, model.wordStart(w), model.wordEnd(w), Severity.WARNING, lower));
                continue;
            }
            if (!RepeatedWordCheck.isBlank(gap) || inNameRun(model, w)) {
                continue;
            }
            if (model.tagged(w, WordTags.INSTITUTION) || model.midSentenceCapitalised(w) > 1
                    || namesAnArea(model, w)) {
                continue;
            }
            if (model.tagged(w, WordTags.FUNCTION) || model.writtenInLowerCase(w)
                    || hasCommonSuffix(lower, context.isSpanish())) {
                issues.add(context.issue(ID, model.wordStart(w), model.wordEnd(w), Severity.WARNING, lower));
            }
        }
        return issues;
    }

    /** "neoGuerra", "antiOTAN": a prefix glued to a capital; it takes a hyphen before a name, or lower case. */
    private static void prefixed(CheckContext context, int w, List<QaIssue> issues) {
        TextModel model = context.target();
        String word = model.word(w);
        int capital = 0;
        while (capital < word.length() && !Character.isUpperCase(word.charAt(capital))) {
            capital++;
        }
        String prefix = word.substring(0, capital);
        if (capital < word.length() && PREFIXES.contains(prefix)) {
            issues.add(context.issueWithKey(ID, "qa.capitalised-word.prefix.message", model.wordStart(w),
                    model.wordEnd(w), Severity.WARNING, null));
        }
    }

    /** "ministro de Economía", "Secretary of Defense": the area of an office is capitalised after "de" / "of". */
    private static boolean namesAnArea(TextModel model, int w) {
        return w >= 2 && model.wordSentence(w - 2) == model.wordSentence(w)
                && model.tagged(w - 1, WordTags.CONNECTOR) && model.tagged(w - 2, WordTags.INSTITUTION);
    }

    /** Whether the word has a capitalised neighbour, directly or across a connector ("Corea del Norte"). */
    private static boolean inNameRun(TextModel model, int w) {
        int sentence = model.wordSentence(w);
        int before = w - 1;
        if (isCapital(model, before) && joined(model, before, w)) {
            return true;
        }
        if (before - 1 >= 0 && model.tagged(before, WordTags.CONNECTOR) && isCapital(model, before - 1)
                && model.wordSentence(before - 1) == sentence) {
            return true;
        }
        int after = w + 1;
        if (after < model.wordCount() && model.wordSentence(after) == sentence) {
            if (isCapital(model, after) && joined(model, w, after)) {
                return true;
            }
            return after + 1 < model.wordCount() && model.tagged(after, WordTags.CONNECTOR)
                    && isCapital(model, after + 1) && model.wordSentence(after + 1) == sentence;
        }
        return false;
    }

    private static boolean joined(TextModel model, int a, int b) {
        return RepeatedWordCheck.isBlank(model.between(model.wordEnd(a), model.wordStart(b)));
    }

    private static boolean isCapital(TextModel model, int w) {
        return w >= 0 && (model.is(w, TextModel.CAP) || model.is(w, TextModel.UPPER) || model.is(w, TextModel.NUMERIC));
    }

    private static boolean hasCommonSuffix(String lower, boolean spanish) {
        for (String suffix : spanish ? SUFFIXES_ES : SUFFIXES_EN) {
            if (lower.length() >= suffix.length() + 3 && lower.endsWith(suffix)) {
                return true;
            }
        }
        if (spanish && lower.length() >= 6 && lower.endsWith("ez") && Names.fold(lower).equals(lower)) {
            return true; // "escasez", "vejez": surnames in -ez carry an accent ("Pérez", "Gómez")
        }
        return false;
    }
}
