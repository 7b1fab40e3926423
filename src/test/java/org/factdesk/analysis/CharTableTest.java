package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables answer exactly as {@link Character} does, for every BMP char: the analysers' output depends on it. */
class CharTableTest {

    @Test
    void everyBmpCharIsClassifiedAsCharacterClassifiesIt() {
        List<String> differences = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            check(differences, ch, "isLetter", CharTable.isLetter(ch), Character.isLetter(ch));
            check(differences, ch, "isDigit", CharTable.isDigit(ch), Character.isDigit(ch));
            check(differences, ch, "isLetterOrDigit", CharTable.isLetterOrDigit(ch), Character.isLetterOrDigit(ch));
            check(differences, ch, "isUpperCase", CharTable.isUpperCase(ch), Character.isUpperCase(ch));
            check(differences, ch, "isLowerCase", CharTable.isLowerCase(ch), Character.isLowerCase(ch));
            check(differences, ch, "isWhitespace", CharTable.isWhitespace(ch), Character.isWhitespace(ch));
            check(differences, ch, "isWordChar", CharTable.isWordChar(ch), Character.isLetterOrDigit(ch)
                    || Character.getType(ch) == Character.NON_SPACING_MARK);
            check(differences, ch, "isMark", CharTable.isMark(ch), Character.getType(ch) == Character.NON_SPACING_MARK);
            if (CharTable.isMark(ch) && c < 0x300) {
                differences.add(String.format("U+%04X is a mark below U+0300, where marks are not looked for", c));
            }
            if (CharTable.toLowerCase(ch) != Character.toLowerCase(ch)) {
                differences.add(String.format("U+%04X toLowerCase", c));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void upperCaseSymbolsThatAreNotLettersAreNoWordChars() {
        // Ⓐ is upper case (Other_Uppercase) but a symbol: the case bits must not make it part of a word
        assertThat(CharTable.isUpperCase('\u24B6')).isTrue();
        assertThat(CharTable.isWordChar('\u24B6')).isFalse();
        assertThat(CharTable.isWordChar(' ')).isFalse();
    }

    private static void check(List<String> differences, char c, String what, boolean table, boolean jdk) {
        if (table != jdk) {
            differences.add(String.format("U+%04X %s: table %s, Character %s", (int) c, what, table, jdk));
        }
    }
}
