package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The filtered lookingAt gives what the regex gives, at every position of the gold texts. */
class WordStartFilterTest {

    /** A regex of the time phrases' shape: optional opening words, alternatives, a lookahead at the end. */
    private static final Pattern TIME = Pattern.compile("(?:(?:el|la|the|el pasado|a principios de)\\s+)?"
            + "(?:lunes|martes|semana|week|día|fin de semana)(?:\\s+(?:pasad[oa]|próxim[oa]))?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void givesWhatTheRegexGivesAtEveryPosition() {
        List<String> texts = new ArrayList<>();
        for (GoldAttributions.Case c : GoldAttributions.all()) {
            texts.add(c.text());
        }
        texts.add("El lunes pasado, LA SEMANA próxima, a principios de semana, el pasado martes, fin de semana, "
                + "lunes2 díaS el\nlunes the weekend ſemana la");
        int matches = 0;
        for (String text : texts) {
            char[] chars = text.toCharArray();
            WordStartFilter filter = new WordStartFilter(TIME, text);
            for (int at = 0; at < text.length(); at++) {
                int to = Math.min(text.length(), at + 1 + (at % 40));
                for (int limit : new int[] {to, text.length()}) {
                    Matcher m = TIME.matcher(text).region(at, limit);
                    int expected = m.lookingAt() ? m.end() : -1;
                    assertThat(filter.lookingAt(chars, at, limit)).as("at %d of %s", at, text.substring(at, limit))
                            .isEqualTo(expected);
                    matches += expected >= 0 ? 1 : 0;
                }
            }
        }
        assertThat(matches).isGreaterThan(20);
    }
}
