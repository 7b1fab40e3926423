package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Pooled strings equal what substring and toLowerCase make, one instance per distinct value. */
class StringPoolTest {

    @Test
    void equalRangesGiveOneInstanceThroughGrowth() {
        StringPool pool = new StringPool();
        char[] chars = "Kim Putin Kim".toCharArray();
        String first = pool.get(chars, 0, 3);
        for (int k = 0; k < 5000; k++) {
            pool.get(("word" + k).toCharArray(), 0, ("word" + k).length());
        }
        assertThat(pool.get(chars, 10, 13)).isEqualTo("Kim").isSameAs(first);
        assertThat(pool.get(chars, 4, 9)).isEqualTo("Putin");
    }

    @Test
    void lowerCaseMatchesStringToLowerCaseIncludingSpecialCases() {
        StringPool pool = new StringPool();
        for (String word : new String[] {"Según", "EEUU", "İstanbul", "ΟΔΟΣ", "Straße", "𐐀x", "ÁÉÍ", ""}) {
            char[] chars = (" " + word + " ").toCharArray();
            assertThat(pool.getLowerCase(chars, 1, 1 + word.length())).as(word)
                    .isEqualTo(word.toLowerCase(Locale.ROOT));
        }
        char[] twice = "SEGÚN según".toCharArray();
        assertThat(pool.getLowerCase(twice, 0, 5)).isSameAs(pool.getLowerCase(twice, 6, 11));
    }
}
