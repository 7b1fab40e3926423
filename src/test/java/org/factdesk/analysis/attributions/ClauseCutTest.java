package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written clause cut finds what the regex it replaced found, everywhere in the gold texts. */
class ClauseCutTest {

    private static final Pattern REGEX = Pattern.compile(
            "(?:,[”\"»’]?|[”\"»’],)\\s+(?:while|whereas|mientras que|mientras)(?![\\p{L}\\p{N}])"
                    + "|\\s+(?:while|whereas)(?![\\p{L}\\p{N}])|;",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void cutsWhereTheRegexMatchedInEveryGoldTextFromEveryWordStart() {
        List<String> texts = new ArrayList<>();
        for (GoldAttributions.Case c : GoldAttributions.all()) {
            texts.add(c.text());
        }
        texts.add("Subió, mientras que bajó; WHILE x, whereas\twhileing ,  Mientras2 mientrasß ”  while");
        int cuts = 0;
        for (String text : texts) {
            char[] chars = text.toCharArray();
            for (int from = 0; from < text.length(); from += 7) {
                int to = Math.min(text.length(), from + 300);
                Matcher m = REGEX.matcher(text).region(from, to);
                int expected = m.find() ? m.start() : -1;
                assertThat(ClauseCut.find(chars, from, to)).as("%s at %d", text.substring(from, to), from)
                        .isEqualTo(expected);
                cuts += expected >= 0 ? 1 : 0;
            }
        }
        assertThat(cuts).isGreaterThan(10);
    }

    @Test
    void aKeywordInsideAWordIsNoCut() {
        assertThat(ClauseCut.find("dijo, whiles".toCharArray(), 0, 12)).isEqualTo(-1);
        assertThat(ClauseCut.find("dijo, while".toCharArray(), 0, 11)).isEqualTo(4);
    }
}
