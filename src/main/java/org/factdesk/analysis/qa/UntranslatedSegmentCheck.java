package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * A translated sentence that is still in the source language: the same words as its source sentence, or more common
 * words of the source's language than of its own.
 */
final class UntranslatedSegmentCheck implements QaCheck {

    static final String ID = "untranslated-segment";
    private static final int MIN_WORDS = 3;

    @Override
    public List<QaIssue> run(CheckContext context) {
        SourceAlignment alignment = context.alignment();
        List<QaIssue> issues = new ArrayList<>();
        if (alignment == null) {
            return issues;
        }
        TextModel source = alignment.source();
        TextModel target = alignment.target();
        if (source.lexicon().language() == target.lexicon().language()) {
            return issues;
        }
        for (Aligner.Link link : alignment.links()) {
            if (link.sourceFrom() == link.sourceTo()) {
                continue;
            }
            String original = null;
            for (int s = link.targetFrom(); s < link.targetTo(); s++) {
                if (Sentences.letterWords(target, s) < MIN_WORDS || !hasFunctionWord(target, s, source.lexicon())) {
                    continue;
                }
                if (inSourceLanguage(target, s, source.lexicon())) {
                    issues.add(context.issue(ID, target.sentenceStart(s), target.sentenceEnd(s), Severity.ERROR, null));
                    continue;
                }
                if (original == null) {
                    original = Names.fold(source.text().substring(source.sentenceStart(link.sourceFrom()),
                            source.sentenceEnd(link.sourceTo() - 1)));
                }
                String translated = Names.fold(target.text().substring(target.sentenceStart(s), target.sentenceEnd(s)));
                if (original.contains(translated)) {
                    issues.add(context.issue(ID, target.sentenceStart(s), target.sentenceEnd(s), Severity.ERROR, null));
                }
            }
        }
        return issues;
    }

    /** Whether the sentence has a word found only in the source's language (a cheap test before comparing). */
    private static boolean hasFunctionWord(TextModel target, int s, Lexicon sourceLexicon) {
        for (int w = target.firstWord(s); w < target.wordLimit(s); w++) {
            if (exclusiveTo(target, w, sourceLexicon)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSourceLanguage(TextModel target, int s, Lexicon sourceLexicon) {
        int foreign = 0;
        int own = 0;
        for (int w = target.firstWord(s); w < target.wordLimit(s); w++) {
            if (exclusiveTo(target, w, sourceLexicon)) {
                foreign++;
            } else if (target.tagged(w, WordTags.FUNCTION)) {
                own++;
            }
        }
        return foreign >= MIN_WORDS && foreign > own;
    }

    /** Whether target word w is one only the source's language has. */
    private static boolean exclusiveTo(TextModel target, int w, Lexicon sourceLexicon) {
        // the source's language is the other one whenever this check runs; the lookup stays for any other case
        return sourceLexicon == target.wordTags().other() ? target.tagged(w, WordTags.OTHER_EXCLUSIVE)
                : sourceLexicon.has("exclusive", target.lower(w));
    }
}
