package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lower-case words equal what toLowerCase makes, special cases included, each sorted into its lists once. */
class LowerWordsTest {

    @Test
    void lowerCaseMatchesStringToLowerCaseIncludingSpecialCases() {
        LowerWords words = new LowerWords(word -> word.length());
        for (String word : new String[] {"Según", "EEUU", "İstanbul", "ΟΔΟΣ", "Straße", "𐐀x", "ÁÉÍ", ""}) {
            char[] chars = (" " + word + " ").toCharArray();
            int number = words.find(chars, 1, 1 + word.length());
            assertThat(words.string(number)).as(word).isEqualTo(word.toLowerCase(Locale.ROOT));
            assertThat(words.lists(number)).as(word).isEqualTo(word.toLowerCase(Locale.ROOT).length());
        }
        char[] twice = "SEGÚN según".toCharArray();
        assertThat(words.find(twice, 0, 5)).isEqualTo(words.find(twice, 6, 11));
        assertThat(words.string(words.find(twice, 0, 5))).isSameAs(words.string(words.find(twice, 6, 11)));
    }

    @Test
    void eachDistinctWordIsClassifiedOnceThroughGrowth() {
        int[] asked = new int[1];
        LowerWords words = new LowerWords(word -> ++asked[0]);
        for (int k = 0; k < 3000; k++) {
            char[] chars = ("Word" + k + " word" + k).toCharArray();
            int half = chars.length / 2;
            assertThat(words.find(chars, 0, half)).isEqualTo(words.find(chars, half + 1, chars.length));
        }
        assertThat(asked[0]).isEqualTo(3000);
        assertThat(words.lists(words.find("WORD2999".toCharArray(), 0, 8))).isEqualTo(3000);
    }
}
