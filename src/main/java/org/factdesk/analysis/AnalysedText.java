package org.factdesk.analysis;

import java.util.List;
import org.factdesk.model.Language;
import org.factdesk.text.Segmenter;
import org.factdesk.text.SentenceSplit;
import org.factdesk.text.TextSpan;

/**
 * One text being analysed, with its segmentation made once and shared by the analysers (statements and attributions
 * both read sentences; cutting them is a large share of their time). Not thread-safe: one analysis, one thread.
 */
public final class AnalysedText {

    private final String text;
    private final Language language;
    private SentenceSplit split;

    /**
     * A text to analyse.
     *
     * @param text     normalised document text
     * @param language its language ({@code null}: undetermined)
     */
    public AnalysedText(String text, Language language) {
        this.text = text == null ? "" : text;
        this.language = language == null ? Language.UNDETERMINED : language;
    }

    /** The text. */
    public String text() {
        return text;
    }

    /** Its language, never {@code null}. */
    public Language language() {
        return language;
    }

    /** Its paragraphs and sentences, cut on first use. */
    public SentenceSplit split() {
        if (split == null) {
            split = Segmenter.split(text, language);
        }
        return split;
    }

    /** Its sentences, as {@link Segmenter#sentences} cuts them. */
    public List<TextSpan> sentences() {
        return split().sentences();
    }
}
