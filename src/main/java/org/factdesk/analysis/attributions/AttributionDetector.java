package org.factdesk.analysis.attributions;

import java.util.List;
import org.factdesk.analysis.AnalysedText;
import org.factdesk.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds who said what in a news text, in Spanish and English: direct quotes in «», “”, "" and ‘’ (also over several
 * paragraphs, and cut by their speech verb), indirect speech ("X dijo que …", "X said …"), and sources ("según X",
 * "according to X"). Each match names its speaker by the most complete name in the text, found through cue verbs,
 * appositions, and carried over to later quotes whose subject is a pronoun, a bare verb or a description.
 *
 * <p>Conventions: the match span is the quoted or reported content, quote marks excluded (a reported clause that is
 * mostly quoted becomes the quoted words); a quote over several paragraphs gives one match per paragraph; the speaker
 * span is the nearest explicit mention of the speaker at or before the match (the one in its own sentence when there
 * is one); names are given without a leading article ("Kremlin", "Federal Reserve"); unnamed sources keep their
 * description ("expertos", "fuentes del país"); "X, un portavoz del Kremlin"-style descriptions of an organisation
 * without a person's name give the organisation.
 */
public final class AttributionDetector {

    private static final Logger LOG = LoggerFactory.getLogger(AttributionDetector.class);

    /**
     * The attributions in {@code text}, sorted by start. Never throws: text it cannot read yields fewer matches.
     *
     * @param text     normalised document text (LF line breaks, one paragraph per line or blank-line separated)
     * @param language language of the text; {@link Language#UNDETERMINED} (or null) uses the cues of both languages
     * @return the matches, UTF-16 offsets into {@code text}
     */
    public List<AttributionMatch> find(String text, Language language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Language effective = language == null ? Language.UNDETERMINED : language;
        try {
            return new AttributionAnalysis(text, Lexicon.of(effective), effective, null).run();
        } catch (RuntimeException e) {
            LOG.warn("Attribution detection gave up on a text of {} chars; no attributions proposed", text.length(), e);
            return List.of();
        }
    }

    /**
     * The same as {@link #find(String, Language)}, on a text whose sentences the other analysers share: the sentences
     * of paragraphs without quotations are not cut again.
     *
     * @param analysed the text and its language
     * @return the matches, UTF-16 offsets into the text
     */
    public List<AttributionMatch> find(AnalysedText analysed) {
        String text = analysed.text();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            return new AttributionAnalysis(text, Lexicon.of(analysed.language()), analysed.language(),
                    analysed.split()).run();
        } catch (RuntimeException e) {
            LOG.warn("Attribution detection gave up on a text of {} chars; no attributions proposed", text.length(), e);
            return List.of();
        }
    }
}
