package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written second-verb scan finds what the regex it replaced found, everywhere in the gold texts. */
class SecondVerbTest {

    private static final Pattern REGEX = Pattern.compile(",?\\s+(?:y|e|and)\\s+(?:(?:también|además|also)\\s+)?"
            + "(?=\\p{Ll})", Pattern.UNICODE_CASE);

    @Test
    void findsWhatTheRegexFoundInEveryGoldTextFromEveryPosition() {
        List<String> texts = new ArrayList<>();
        for (GoldAttributions.Case c : GoldAttributions.all()) {
            texts.add(c.text());
        }
        texts.add("dijo, y pidió; and  also urged, e además Además y también, y también. y Y and\tAnd x ,  and \uD835\uDC1A"
                + " y también \uD801\uDC28 y\u00a0no , y ya e\n\nsí y");
        int matches = 0;
        for (String text : texts) {
            char[] chars = text.toCharArray();
            for (int from = 0; from < text.length(); from += 3) {
                int to = Math.min(text.length(), from + 200);
                Matcher m = REGEX.matcher(text).region(from, to);
                int next = from;
                while (m.find()) {
                    assertThat(SecondVerb.find(chars, next, to)).as("find in %s", text.substring(next, to))
                            .isEqualTo(m.start());
                    assertThat(SecondVerb.end(chars, m.start(), to)).isEqualTo(m.end());
                    next = m.end();
                    matches++;
                }
                assertThat(SecondVerb.find(chars, next, to)).isEqualTo(-1);
            }
            for (int at = 0; at < text.length(); at++) {
                for (int to : new int[] {Math.min(text.length(), at + 12), text.length()}) {
                    Matcher m = REGEX.matcher(text).region(at, to);
                    assertThat(SecondVerb.end(chars, at, to)).as("lookingAt %d", at)
                            .isEqualTo(m.lookingAt() ? m.end() : -1);
                }
            }
        }
        assertThat(matches).isGreaterThan(50);
    }
}
