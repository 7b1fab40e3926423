package org.factdesk.analysis.attributions;

import java.util.Locale;
import org.factdesk.model.Language;

/** Tells a person's name from an organisation's ("Agencia Central de Noticias", "KCNA"), for exports. */
public final class SpeakerNames {

    private SpeakerNames() {
    }

    /**
     * Whether a speaker, as written, names an organisation rather than a person: it holds one of the attribution
     * detector's organisation words or nouns in either language ("ministerio", "the company"), or it is one acronym
     * of two or more capitals ("KCNA", "ONU"). Anything else is taken for a person.
     */
    public static boolean isOrganisation(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return false;
        }
        String trimmed = speaker.strip();
        if (trimmed.length() >= 2 && trimmed.codePoints().allMatch(Character::isUpperCase)) {
            return true;
        }
        Lexicon lexicon = Lexicon.of(Language.UNDETERMINED);
        for (String word : trimmed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (lexicon.orgWords.contains(word) || lexicon.orgNouns.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
