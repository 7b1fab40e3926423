package org.factdesk.analysis.qa;

import java.util.Locale;

/**
 * Whether a sentence has a finite verb, and whether a word is a participle, by word lists and verb endings. Meant to
 * be careful: a word that might be a verb counts as one, so that a sentence is called verbless only when it is.
 */
final class Verbs {

    private static final String[] ES_ENDINGS = {"aron", "ieron", "eron", "aba", "aban", "ábamos", "ían", "íamos",
        "aría", "ería", "iría", "arían", "erían", "irían", "ará", "erá", "irá", "arán", "erán", "irán", "amos",
        "emos", "imos", "iera", "ieran", "iese", "ase"};
    private static final String[] ES_PARTICIPLE = {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to",
        "cho"};

    private Verbs() {
    }

    /** Whether the words of sentence {@code s} include something that may be a finite verb. */
    static boolean hasFiniteVerb(TextModel model, int s) {
        boolean spanish = model.lexicon().isSpanish();
        for (int w = model.firstWord(s); w < model.wordLimit(s); w++) {
            if (model.is(w, TextModel.NUMERIC) || model.is(w, TextModel.UPPER)) {
                continue;
            }
            if (model.is(w, TextModel.CAP) && !model.isSentenceFirstWord(w)) {
                continue; // a name, even one that looks like a verb ("Han", "Said")
            }
            if (model.tagged(w, WordTags.KNOWN_VERB_FORM)) {
                return true;
            }
            if (model.tagged(w, WordTags.FUNCTION)) {
                String lower = model.lower(w);
                if (spanish && (lower.equals("se") || lower.equals("no")) && w + 1 < model.wordLimit(s)) {
                    return true; // "se produjo", "no sería": a verb follows
                }
                continue;
            }
            if (model.tagged(w, WordTags.VERB_ENDING)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word ends like a finite verb of the lexicon's language. */
    static boolean hasVerbEnding(String lower, Lexicon lexicon) {
        return lexicon.isSpanish() ? spanishVerbEnding(lower) : englishVerbEnding(lower);
    }

    private static boolean spanishVerbEnding(String lower) {
        if (lower.length() >= 3 && lower.endsWith("ó")) {
            return true;
        }
        if (lower.length() >= 5 && (lower.endsWith("an") || lower.endsWith("en"))) {
            return true; // present tense plural; nouns in -en ("orden") make this careful, not wrong
        }
        for (String ending : ES_ENDINGS) {
            if (lower.length() >= ending.length() + 2 && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean englishVerbEnding(String lower) {
        if (lower.length() >= 4 && lower.endsWith("ed")) {
            return true;
        }
        return lower.length() >= 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("'s") && !lower.endsWith("’s");
    }

    /** Whether a lower-case word looks like a participle ("acordado", "encontrado", "hecho"). */
    static boolean isSpanishParticiple(String lower, Lexicon lexicon) {
        if (lower.length() < 5 || lexicon.has("participle-noun", lower) || lexicon.has("function", lower)) {
            return false;
        }
        for (String ending : ES_PARTICIPLE) {
            if (lower.endsWith(ending)) {
                if (ending.equals("to") || ending.equals("cho")) {
                    // irregular participles: "dicho", "hecho", "puesto", "escrito", "abierto", "visto", "muerto"
                    return lower.endsWith("echo") || lower.endsWith("icho") || lower.endsWith("uesto")
                            || lower.endsWith("rito") || lower.endsWith("ierto") || lower.endsWith("uerto")
                            || lower.endsWith("uelto");
                }
                return true;
            }
        }
        return false;
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
