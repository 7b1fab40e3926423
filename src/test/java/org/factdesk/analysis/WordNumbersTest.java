package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbered words equal what substring makes, one number and one instance per distinct word. */
class WordNumbersTest {

    @Test
    void equalRangesGiveOneNumberAndOneInstanceThroughGrowth() {
        WordNumbers numbers = new WordNumbers();
        char[] chars = "Kim Putin Kim".toCharArray();
        int kim = numbers.id(chars, 0, 3);
        String first = numbers.string(kim);
        for (int k = 0; k < 5000; k++) {
            numbers.id(("word" + k).toCharArray(), 0, ("word" + k).length());
        }
        assertThat(numbers.id(chars, 10, 13)).isEqualTo(kim);
        assertThat(numbers.string(numbers.id(chars, 10, 13))).isEqualTo("Kim").isSameAs(first);
        assertThat(numbers.string(numbers.id(chars, 4, 9))).isEqualTo("Putin");
        assertThat(numbers.find("Putin")).isEqualTo(numbers.id("Putin"));
        assertThat(numbers.find("Moon")).isEqualTo(-1);
        assertThat(numbers.size()).isEqualTo(5002);
    }
}
