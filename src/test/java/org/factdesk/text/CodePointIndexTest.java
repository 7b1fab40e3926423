package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodePointIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii", "café y señal", "😀", "a😀b", "😀😀x😀", "niño 👩‍👩‍👧 𝄞 más", "e\u0301"})
    void everyCodePointBoundaryRoundTrips(String text) {
        CodePointIndex index = CodePointIndex.of(text);
        assertThat(index.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
        for (int cp = 0; cp <= index.codePointLength(); cp++) {
            int utf16 = index.toUtf16(cp);
            assertThat(utf16).isEqualTo(text.offsetByCodePoints(0, cp));
            assertThat(index.toCodePoints(utf16)).isEqualTo(cp);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 42, 2024})
    void agreesWithTheJdkOnRandomMixedText(int seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            int pick = random.nextInt(10);
            text.appendCodePoint(pick < 6 ? 'a' + random.nextInt(26) : pick < 8 ? 0xE1 + random.nextInt(20)
                    : 0x1F600 + random.nextInt(50));
        }
        String s = text.toString();
        CodePointIndex index = CodePointIndex.of(s);
        for (int utf16 = 0; utf16 <= s.length(); utf16++) {
            boolean insidePair = utf16 > 0 && utf16 < s.length() && Character.isLowSurrogate(s.charAt(utf16));
            if (!insidePair) {
                assertThat(index.toCodePoints(utf16)).isEqualTo(s.codePointCount(0, utf16));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4})
    void refusesCodePointOffsetsOutsideTheText(int offset) {
        assertThatThrownBy(() -> CodePointIndex.of("a😀b").toUtf16(offset))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5})
    void refusesUtf16OffsetsOutsideTheText(int offset) {
        assertThatThrownBy(() -> CodePointIndex.of("a😀b").toCodePoints(offset))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a😀b"})
    void refusesAnOffsetThatSplitsASurrogatePair(String text) {
        assertThatThrownBy(() -> CodePointIndex.of(text).toCodePoints(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("splits a surrogate pair");
    }
}
