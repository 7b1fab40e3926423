package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lower-case words equal what toLowerCase makes, special cases included, each sorted into its lists once. */
class LowerWordsTest {

    @Test
    void lowerCaseMatchesStringToLowerCaseIncludingSpecialCases() {
        String[] samples = {"Según", "EEUU", "İstanbul", "ΟΔΟΣ", "Straße", "𐐀x", "ÁÉÍ", ""};
        String text = " " + String.join(" ", samples) + " SEGÚN según";
        LowerWords words = new LowerWords(text.toCharArray(), word -> word.length());
        int at = 1;
        for (String word : samples) {
            int number = words.find(at, at + word.length());
            assertThat(words.string(number)).as(word).isEqualTo(word.toLowerCase(Locale.ROOT));
            assertThat(words.lists(number)).as(word).isEqualTo(word.toLowerCase(Locale.ROOT).length());
            at += word.length() + 1;
        }
        int upper = text.indexOf("SEGÚN");
        int lower = text.indexOf("según");
        assertThat(words.find(upper, upper + 5)).isEqualTo(words.find(lower, lower + 5));
        assertThat(words.string(words.find(upper, upper + 5))).isSameAs(words.string(words.find(lower, lower + 5)));
    }

    @Test
    void aRangeAskedAgainIsTheSameWordAndAnotherRangeFromTheSameStartIsNot() {
        // 2,048 chars apart: both ranges fall in one slot of the table of words found lately
        String text = "Según" + " ".repeat(2043) + "Seguro";
        LowerWords words = new LowerWords(text.toCharArray(), String::length);
        assertThat(words.string(words.find(0, 5))).isEqualTo("según");
        assertThat(words.string(words.find(0, 3))).isEqualTo("seg");
        assertThat(words.string(words.find(2048, 2054))).isEqualTo("seguro");
        assertThat(words.string(words.find(0, 5))).isEqualTo("según");
        assertThat(words.string(words.find(2048, 2051))).isEqualTo("seg");
    }

    @Test
    void eachDistinctWordIsClassifiedOnceThroughGrowth() {
        int[] asked = new int[1];
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 3000; k++) {
            text.append("Word").append(k).append(" word").append(k).append(' ');
        }
        char[] chars = text.toString().toCharArray();
        LowerWords words = new LowerWords(chars, word -> ++asked[0]);
        int at = 0;
        for (int k = 0; k < 3000; k++) {
            int length = ("word" + k).length();
            assertThat(words.find(at, at + length)).isEqualTo(words.find(at + length + 1, at + 2 * length + 1));
            at += 2 * length + 2;
        }
        assertThat(asked[0]).isEqualTo(3000);
        int last = text.lastIndexOf("word2999");
        assertThat(words.lists(words.find(last, last + 8))).isEqualTo(3000);
    }
}
