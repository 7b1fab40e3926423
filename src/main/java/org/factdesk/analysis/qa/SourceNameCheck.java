package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.model.Severity;

/**
 * Names of the source missing from, or spelt differently in, the aligned translation. Only names the translation
 * keeps as they are somewhere in the document count ("Pacheco" yes, "Russia" → "Rusia" no), so translated place
 * names are not taken for misspellings.
 */
final class SourceNameCheck implements QaCheck {

    static final String MISMATCH = "name-mismatch";
    static final String MISSING = "name-missing";

    @Override
    public List<QaIssue> run(CheckContext context) {
        SourceAlignment alignment = context.alignment();
        List<QaIssue> issues = new ArrayList<>();
        if (alignment == null) {
            return issues;
        }
        TextModel source = alignment.source();
        TextModel target = alignment.target();
        // by word of the target as written: whether it is ever capitalised there
        boolean[] capitalisedInTarget = new boolean[target.writtenWordCount()];
        for (int w = 0; w < target.wordCount(); w++) {
            if (isCapitalised(target, w)) {
                capitalisedInTarget[target.writtenId(w)] = true;
            }
        }
        String[] folded = new String[target.writtenWordCount()];
        for (Aligner.Link link : alignment.links()) {
            if (link.sourceFrom() == link.sourceTo() || link.targetFrom() == link.targetTo()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (int s = link.sourceFrom(); s < link.sourceTo(); s++) {
                for (int w = source.firstWord(s); w < source.wordLimit(s); w++) {
                    if (isName(source, w)) {
                        int inTarget = target.findWritten(source.word(w));
                        if (inTarget >= 0 && capitalisedInTarget[inTarget]) {
                            names.add(source.word(w));
                        }
                    }
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            int first = target.firstWord(link.targetFrom());
            int limit = target.wordLimit(link.targetTo() - 1);
            for (String name : names) {
                if (capitalisedIn(target, first, limit, target.findWritten(name))) {
                    continue;
                }
                int variant = findVariant(target, first, limit, name, source, folded);
                if (variant >= 0) {
                    issues.add(context.issue(MISMATCH, target.wordStart(variant), target.wordEnd(variant),
                            Severity.ERROR, name, name));
                } else {
                    issues.add(context.issue(MISSING, target.sentenceStart(link.targetFrom()),
                            target.sentenceEnd(link.targetTo() - 1), Severity.WARNING, null, name));
                }
            }
        }
        return issues;
    }

    private static boolean isCapitalised(TextModel model, int w) {
        return model.is(w, TextModel.CAP) || model.is(w, TextModel.UPPER);
    }

    /** Whether words [first, limit) hold the word numbered id (as written), capitalised. */
    private static boolean capitalisedIn(TextModel model, int first, int limit, int id) {
        for (int w = first; w < limit; w++) {
            if (model.writtenId(w) == id && isCapitalised(model, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(TextModel model, int w) {
        if (!isCapitalised(model, w)) {
            return false;
        }
        if (model.word(w).length() < 3 || model.tagged(w, WordTags.FUNCTION)) {
            return false;
        }
        return !model.isSentenceFirstWord(w) || model.midSentenceCapitalised(w) > 0;
    }

    /**
     * A capitalised word of target words [first, limit) spelt like the name, or -1; {@code folded} keeps each target
     * word's folded spelling once computed.
     */
    private static int findVariant(TextModel target, int first, int limit, String name, TextModel source,
            String[] folded) {
        int allowed = name.length() >= 6 ? 2 : 1;
        String foldedName = Names.fold(name);
        for (int w = first; w < limit; w++) {
            if (!isCapitalised(target, w)) {
                continue;
            }
            String word = target.word(w);
            if (word.equals(name) || source.isMidSentenceCapitalised(word)) {
                continue; // another name of the source
            }
            int id = target.writtenId(w);
            if (folded[id] == null) {
                folded[id] = Names.fold(word);
            }
            if (folded[id].equals(foldedName) || Names.distance(word, name, allowed) <= allowed) {
                return w;
            }
        }
        return -1;
    }
}
