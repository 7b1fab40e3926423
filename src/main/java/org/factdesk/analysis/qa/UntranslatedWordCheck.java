package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * Words of the other language left in the text: common words that only English has in a Spanish text, and the other
 * way round. A sentence mostly in the other language is reported whole; otherwise each run of such words is. Words
 * inside a name ("Bank of America", "Paseo de la Castellana", "El Salvador") are left alone.
 */
final class UntranslatedWordCheck implements QaCheck {

    static final String ID = "untranslated";

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        List<QaIssue> issues = new ArrayList<>();
        for (int s = 0; s < model.sentenceCount(); s++) {
            int foreign = 0;
            int native_ = 0;
            int runStart = -1;
            int runEnd = -1;
            List<int[]> runs = new ArrayList<>();
            for (int w = model.firstWord(s); w < model.wordLimit(s); w++) {
                boolean function = model.tagged(w, WordTags.FUNCTION);
                if (function) {
                    native_++;
                }
                boolean isForeign = model.is(w, TextModel.LOWER) && model.tagged(w, WordTags.OTHER_EXCLUSIVE)
                        && !function && !insideName(model, w);
                if (isForeign) {
                    foreign++;
                    if (runStart < 0) {
                        runStart = w;
                    }
                    runEnd = w;
                } else if (runStart >= 0 && !(model.is(w, TextModel.LOWER) && w - runEnd == 1
                        && w + 1 < model.wordLimit(s) && model.tagged(w + 1, WordTags.OTHER_EXCLUSIVE))) {
                    runs.add(new int[] {runStart, runEnd});
                    runStart = -1;
                }
            }
            if (runStart >= 0) {
                runs.add(new int[] {runStart, runEnd});
            }
            if (foreign == 0) {
                continue;
            }
            if (foreign >= 3 && foreign > native_) {
                issues.add(context.issueWithKey(ID, "qa.untranslated.sentence.message", model.sentenceStart(s),
                        model.sentenceEnd(s), Severity.ERROR, null));
                continue;
            }
            for (int[] run : runs) {
                issues.add(context.issue(ID, model.wordStart(run[0]), model.wordEnd(run[1]), Severity.WARNING, null));
            }
        }
        return issues;
    }

    /** Whether the word sits between capitalised words, over connectors: "Council on Foreign Relations". */
    private static boolean insideName(TextModel model, int w) {
        int sentence = model.wordSentence(w);
        int left = w - 1;
        while (left >= model.firstWord(sentence) && model.is(left, TextModel.LOWER) && isConnector(model, left)) {
            left--;
        }
        int right = w + 1;
        while (right < model.wordLimit(sentence) && model.is(right, TextModel.LOWER) && isConnector(model, right)) {
            right++;
        }
        boolean capitalRight = right < model.wordLimit(sentence) && !model.is(right, TextModel.LOWER);
        boolean capitalLeft = left >= model.firstWord(sentence) && !model.is(left, TextModel.LOWER);
        return capitalRight && (capitalLeft || isConnector(model, w));
    }

    /** A connector of either language: "of", "de", "la" in "Bank of America", "Paseo de la Castellana". */
    private static boolean isConnector(TextModel model, int w) {
        return model.tagged(w, WordTags.CONNECTOR | WordTags.OTHER_CONNECTOR);
    }
}
