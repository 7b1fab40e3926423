package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.AlignedSegment;
import org.factdesk.model.Language;

/** The sentence alignment of a translation with its source, as the source checks see it, to show them side by side. */
public final class TextAlignment {

    private TextAlignment() {
    }

    /**
     * Aligns a translation with its source (length-based, anchored on numbers and names).
     *
     * @return the aligned segments in text order, UTF-16 offsets; empty when either text is blank
     */
    public static List<AlignedSegment> align(String source, Language sourceLanguage, String target,
            Language targetLanguage) {
        if (source == null || target == null || source.isBlank() || target.isBlank()) {
            return List.of();
        }
        TextModel sourceModel = new TextModel(source, Lexicon.of(orUndetermined(sourceLanguage)));
        TextModel targetModel = new TextModel(target, Lexicon.of(orUndetermined(targetLanguage)));
        SourceAlignment alignment = SourceAlignment.align(sourceModel, targetModel);
        List<AlignedSegment> segments = new ArrayList<>(alignment.links().size());
        for (Aligner.Link link : alignment.links()) {
            segments.add(new AlignedSegment(start(sourceModel, link.sourceFrom(), link.sourceTo()),
                    end(sourceModel, link.sourceFrom(), link.sourceTo()),
                    start(targetModel, link.targetFrom(), link.targetTo()),
                    end(targetModel, link.targetFrom(), link.targetTo())));
        }
        return segments;
    }

    private static Language orUndetermined(Language language) {
        return language == null ? Language.UNDETERMINED : language;
    }

    /** Where sentences [from, to) start; an empty range sits where sentence {@code from} would start. */
    private static int start(TextModel model, int from, int to) {
        if (from < model.sentenceCount()) {
            return model.sentenceStart(from);
        }
        return model.text().length();
    }

    private static int end(TextModel model, int from, int to) {
        return to > from ? model.sentenceEnd(to - 1) : start(model, from, to);
    }
}
