package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Looking words up by char range finds exactly the listed words, however many share a slot. */
class WordTableTest {

    @Test
    void findsEveryListedWordByItsCharRangeAndNothingElse() {
        Map<String, Integer> entries = new HashMap<>();
        for (int k = 0; k < 500; k++) {
            entries.put("w" + k, k + 1);
        }
        entries.put("según", 9999);
        WordTable table = new WordTable(entries);
        String text = " w0 w499 según w500 w4 segun ";
        char[] chars = text.toCharArray();
        assertThat(table.get(chars, 1, 3, 0)).isEqualTo(1);
        assertThat(table.get(chars, 4, 8, 0)).isEqualTo(500);
        assertThat(table.get(chars, 9, 14, 0)).isEqualTo(9999);
        assertThat(table.get(chars, 15, 19, -1)).isEqualTo(-1);
        assertThat(table.get(chars, 20, 22, 0)).isEqualTo(5);
        assertThat(table.get(chars, 23, 28, 0)).isZero();
        assertThat(table.get(chars, 1, 1, 7)).isEqualTo(7);
    }
}
