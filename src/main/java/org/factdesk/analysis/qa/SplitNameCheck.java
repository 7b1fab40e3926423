package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.model.Severity;

/**
 * A multi-word name the document writes whole elsewhere ("Kim Jong Un") cut here by punctuation or a quote mark
 * ("Kim Jong. «Un").
 */
final class SplitNameCheck implements QaCheck {

    static final String ID = "split-name";
    private static final String CUTTERS = ".,;:!?«»“”\"()";

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        // "Kim Jong" as the numbers of its two words as written
        Set<Long> pairs = new HashSet<>();
        int count = model.wordCount();
        for (int w = 0; w + 1 < count; w++) {
            if (isNamePart(model, w) && isNamePart(model, w + 1) && joinedBySpace(model, w)) {
                pairs.add(pair(model, w));
            }
        }
        List<QaIssue> issues = new ArrayList<>();
        if (pairs.isEmpty()) {
            return issues;
        }
        for (int w = 0; w + 1 < count; w++) {
            // the cut may leave either part at a sentence start ("Kim Jong. «Un"): any capitalised word will do here,
            // since the pair must be one the text writes whole elsewhere
            if (!isCapitalised(model, w) || !isCapitalised(model, w + 1)) {
                continue;
            }
            if (model.wordStart(w + 1) - model.wordEnd(w) > 6) {
                continue;
            }
            String gap = model.between(model.wordEnd(w), model.wordStart(w + 1));
            if (gap.indexOf('\n') >= 0 || !hasCutter(gap)) {
                continue;
            }
            if (!pairs.contains(pair(model, w))) {
                continue;
            }
            // widen to the whole name: "Kim Jong. «Un" rather than "Jong. «Un"
            int first = w;
            while (first > 0 && isNamePart(model, first - 1) && joinedBySpace(model, first - 1)
                    && pairs.contains(pair(model, first - 1))) {
                first--;
            }
            int last = w + 1;
            while (last + 1 < count && isNamePart(model, last + 1) && joinedBySpace(model, last)
                    && pairs.contains(pair(model, last))) {
                last++;
            }
            StringBuilder whole = new StringBuilder();
            for (int k = first; k <= last; k++) {
                whole.append(k > first ? " " : "").append(model.word(k));
            }
            String name = whole.toString();
            issues.add(context.issue(ID, model.wordStart(first), model.wordEnd(last), Severity.ERROR, name, name));
        }
        return issues;
    }

    /** Words w and w + 1 as one key: the numbers of the two words as written. */
    private static long pair(TextModel model, int w) {
        return (long) model.writtenId(w) << 32 | model.writtenId(w + 1);
    }

    private static boolean isCapitalised(TextModel model, int w) {
        return model.is(w, TextModel.CAP) || model.is(w, TextModel.UPPER);
    }

    /** A capitalised word that is not just capitalised for starting a sentence ("Then", "El"). */
    private static boolean isNamePart(TextModel model, int w) {
        if (!model.is(w, TextModel.CAP) && !model.is(w, TextModel.UPPER)) {
            return false;
        }
        if (!model.isSentenceFirstWord(w)) {
            return true; // mid-sentence even "Un" and "La" are parts of names ("Kim Jong Un", "La Paz")
        }
        return !model.tagged(w, WordTags.FUNCTION) && model.midSentenceCapitalised(w) > 0;
    }

    private static boolean joinedBySpace(TextModel model, int w) {
        return model.wordStart(w + 1) - model.wordEnd(w) == 1 && model.text().charAt(model.wordEnd(w)) == ' ';
    }

    private static boolean hasCutter(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (CUTTERS.indexOf(gap.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
