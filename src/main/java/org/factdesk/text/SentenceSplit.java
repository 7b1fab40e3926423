package org.factdesk.text;

import java.util.List;
import org.factdesk.model.Language;
import org.factdesk.model.Paragraph;

/**
 * A text cut into paragraphs and sentences once ({@link Segmenter#split}), so that the analysers of one text share
 * one segmentation, and a variant of the text (the same text with quotations masked) re-cuts only the paragraphs
 * that differ.
 *
 * @param text        the text that was cut
 * @param language    the language whose rules cut it
 * @param hardWrapped whether the text was read as hard-wrapped blocks
 * @param paragraphs  its paragraphs, in order
 * @param sentences   its sentences, in order
 */
public record SentenceSplit(String text, Language language, boolean hardWrapped, List<Paragraph> paragraphs,
        List<TextSpan> sentences) {
}
