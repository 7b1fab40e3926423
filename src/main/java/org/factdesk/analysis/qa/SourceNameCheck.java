package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.HashSet;
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
        Set<String> targetWords = new HashSet<>();
        for (int w = 0; w < target.wordCount(); w++) {
            if (target.is(w, TextModel.CAP) || target.is(w, TextModel.UPPER)) {
                targetWords.add(target.word(w));
            }
        }
        for (Aligner.Link link : alignment.links()) {
            if (link.sourceFrom() == link.sourceTo() || link.targetFrom() == link.targetTo()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (int s = link.sourceFrom(); s < link.sourceTo(); s++) {
                for (int w = source.firstWord(s); w < source.wordLimit(s); w++) {
                    if (isName(source, w) && targetWords.contains(source.word(w))) {
                        names.add(source.word(w));
                    }
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            int first = target.firstWord(link.targetFrom());
            int limit = target.wordLimit(link.targetTo() - 1);
            Set<String> here = new HashSet<>();
            for (int w = first; w < limit; w++) {
                if (target.is(w, TextModel.CAP) || target.is(w, TextModel.UPPER)) {
                    here.add(target.word(w));
                }
            }
            for (String name : names) {
                if (here.contains(name)) {
                    continue;
                }
                int variant = findVariant(target, first, limit, name, here, source);
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

    private static boolean isName(TextModel model, int w) {
        if (!model.is(w, TextModel.CAP) && !model.is(w, TextModel.UPPER)) {
            return false;
        }
        String word = model.word(w);
        if (word.length() < 3 || model.lexicon().has("function", model.lower(w))) {
            return false;
        }
        return !model.isSentenceFirstWord(w) || model.midSentenceCapitalised().containsKey(word);
    }

    private static int findVariant(TextModel target, int first, int limit, String name, Set<String> here,
            TextModel source) {
        int allowed = name.length() >= 6 ? 2 : 1;
        String folded = Names.fold(name);
        for (int w = first; w < limit; w++) {
            if (!target.is(w, TextModel.CAP) && !target.is(w, TextModel.UPPER)) {
                continue;
            }
            String word = target.word(w);
            if (word.equals(name) || source.midSentenceCapitalised().containsKey(word)) {
                continue; // another name of the source
            }
            if (Names.fold(word).equals(folded) || Names.distance(word, name, allowed) <= allowed) {
                return w;
            }
        }
        return -1;
    }
}
