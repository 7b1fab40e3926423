package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetsTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"; // 62 chars

    @ParameterizedTest(name = "[{0}, {1}) keeps {2} chars before and {3} after")
    @CsvSource({
        "0, 3, 0, 32",      // at the start of the text: no prefix
        "5, 10, 5, 32",
        "32, 40, 32, 22",   // suffix runs to the end of the text
        "40, 62, 32, 0",    // at the end of the text: no suffix
        "62, 62, 32, 0",    // empty span at the very end
        "0, 62, 0, 0",      // the whole text
    })
    void contextIsAtMost32CodePointsAndStopsAtTheEdgesOfTheText(int start, int end, int prefixLength,
            int suffixLength) {
        Target target = Targets.of(ALPHABET, start, end);

        assertThat(target.exact()).isEqualTo(ALPHABET.substring(start, end));
        assertThat(target.prefix()).isEqualTo(ALPHABET.substring(start - prefixLength, start));
        assertThat(target.suffix()).isEqualTo(ALPHABET.substring(end, end + suffixLength));
    }

    @Test
    void contextCountsCodePointsAroundEmojiAndNeverSplitsAPair() {
        String emoji = "😀".repeat(40);
        String text = emoji + "casi la mitad" + emoji;
        int start = emoji.length();

        Target target = Targets.of(text, start, start + "casi la mitad".length());

        assertThat(target.prefix()).isEqualTo("😀".repeat(32)).hasSize(64);
        assertThat(target.suffix()).isEqualTo("😀".repeat(32));
        assertThat(target.exact()).isEqualTo("casi la mitad");
    }

    @Test
    void contextMixingEmojiAndLettersHas32CodePoints() {
        String text = "a😀".repeat(20) + "X" + "😀b".repeat(20);
        int start = text.indexOf('X');

        Target target = Targets.of(text, start, start + 1);

        assertThat(target.prefix().codePointCount(0, target.prefix().length())).isEqualTo(32);
        assertThat(target.prefix()).startsWith("a😀").endsWith("a😀");
        assertThat(target.suffix().codePointCount(0, target.suffix().length())).isEqualTo(32);
        assertThat(target.suffix()).startsWith("😀b").endsWith("😀b");
    }

    @Test
    void aSpanThatIsAnEmojiKeepsBothHalves() {
        String text = "dijo 😀 hoy";

        Target target = Targets.of(text, 5, 7);

        assertThat(target.exact()).isEqualTo("😀");
        assertThat(target.prefix()).isEqualTo("dijo ");
        assertThat(target.suffix()).isEqualTo(" hoy");
    }

    @ParameterizedTest(name = "[{0}, {1}) is refused: {2}")
    @CsvSource({
        "3, 2, ends before it starts",
        "-1, 2, outside the text",
        "0, 9, outside the text",
        "2, 4, splits a surrogate pair",
        "0, 2, splits a surrogate pair",
        "2, 2, splits a surrogate pair",
    })
    void refusesSpansThatAreReversedOutsideTheTextOrSplitAPair(int start, int end, String message) {
        assertThatThrownBy(() -> Targets.of("a😀bcde", start, end))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("[" + start + ", " + end + ")");
    }

    @ParameterizedTest(name = "\"{2}\" at {1} of \"{0}\": {3}")
    @CsvSource({
        "'casi la mitad', 5, 'la ', true",
        "'casi la mitad', 4, ' la', true",
        "'casi la mitad', 4, 'la ', false",
        "'casi la mitad', 0, 'casi', true",
        "'casi la mitad', 10, 'mitad', false",
        "'a😀b', 1, '😀', true",
    })
    void matchesOnlyWhereTheExactTextStands(String text, int start, String exact, boolean expected) {
        Target target = new Target(start, start + exact.length(), exact, "", "");

        assertThat(Targets.matches(text, target)).isEqualTo(expected);
    }

    @Test
    void aTargetThatWouldSplitAPairDoesNotMatch() {
        String text = "a😀b";
        String lowHalf = text.substring(2, 4);

        assertThat(Targets.matches(text, new Target(2, 4, lowHalf, "", ""))).isFalse();
    }

    @Test
    void aTargetBeyondTheEndOfTheTextDoesNotMatch() {
        assertThat(Targets.matches("casi", new Target(2, 6, "si l", "ca", ""))).isFalse();
        assertThat(Targets.matches("", new Target(1, 1, "", "", ""))).isFalse();
        assertThat(Targets.matches("", new Target(0, 0, "", "", ""))).isTrue();
    }
}
