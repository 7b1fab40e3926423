package org.factdesk.analysis.qa;

import org.factdesk.analysis.WordNumbers;
import org.factdesk.model.Language;

/**
 * What the word lists say of each distinct lower-case word of a text, looked up once per word instead of once per
 * occurrence: one bit per list of the text's own language (function words, conjunctions …) and of the other language
 * (its exclusive words and connectors, for the untranslated-word checks).
 */
final class WordTags {

    static final int FUNCTION = 1;
    static final int CONJUNCTION = 1 << 1;
    static final int REPEAT_OK = 1 << 2;
    static final int INTENSIFIER = 1 << 3;
    static final int INSTITUTION = 1 << 4;
    static final int CONNECTOR = 1 << 5;
    static final int PARTICIPLE_AUX = 1 << 6;
    static final int KNOWN_VERB_FORM = 1 << 7;
    /** A Spanish participle by its ending ({@link Verbs#isSpanishParticiple}). */
    static final int SPANISH_PARTICIPLE = 1 << 8;
    static final int OTHER_EXCLUSIVE = 1 << 9;
    static final int OTHER_CONNECTOR = 1 << 10;
    /** An ending of a finite verb of the language ({@link Verbs#hasVerbEnding}). */
    static final int VERB_ENDING = 1 << 11;

    /** The own-language sections behind the first bits, in bit order. */
    private static final String[] SECTIONS = {"function", "conjunction", "repeat-ok", "intensifier", "institution",
        "connector", "participle-aux"};

    private final int[] tags;
    private final Lexicon other;

    WordTags(WordNumbers lowerWords, Lexicon own) {
        this.other = otherOf(own);
        tags = new int[lowerWords.size()];
        for (int id = 0; id < tags.length; id++) {
            String lower = lowerWords.string(id);
            int t = 0;
            for (int k = 0; k < SECTIONS.length; k++) {
                if (own.has(SECTIONS[k], lower)) {
                    t |= 1 << k;
                }
            }
            if (own.isKnownVerbForm(lower)) {
                t |= KNOWN_VERB_FORM;
            }
            if (Verbs.isSpanishParticiple(lower, own)) {
                t |= SPANISH_PARTICIPLE;
            }
            if (Verbs.hasVerbEnding(lower, own)) {
                t |= VERB_ENDING;
            }
            if (other.has("exclusive", lower)) {
                t |= OTHER_EXCLUSIVE;
            }
            if (other.has("connector", lower)) {
                t |= OTHER_CONNECTOR;
            }
            tags[id] = t;
        }
    }

    /** The lexicon of the other language: Spanish for English (or an undetermined language), English for Spanish. */
    static Lexicon otherOf(Lexicon own) {
        return Lexicon.of(own.isSpanish() ? Language.EN : Language.ES);
    }

    /** The lexicon whose lists the OTHER_ bits are of. */
    Lexicon other() {
        return other;
    }

    /** Whether the lower-case word numbered id has the tag (one of the constants). */
    boolean has(int id, int tag) {
        return (tags[id] & tag) != 0;
    }
}
