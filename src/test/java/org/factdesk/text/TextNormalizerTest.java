package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a\\r\\nb\\r\\nc      | a\\nb\\nc        | CRLF becomes LF
            a\\rb\\rc            | a\\nb\\nc        | lone CR becomes LF
            a\\r\\r\\nb          | a\\n\\nb         | CR then CRLF is two breaks
            \\uFEFFhola          | hola           | leading BOM is stripped
            \\uFEFF\\uFEFFhola   | hola           | every leading BOM is stripped
            a\\uFEFFb            | a\\uFEFFb       | a BOM inside the text stays
            texto\\n\\n  \\t     | texto          | trailing whitespace at the end goes
            \\n  sangría  x      | \\n  sangría  x | leading and inner whitespace stay
            """)
    void normalisesBreaksBomAndTheEnd(String input, String expected, String why) {
        assertThat(TextNormalizer.normalize(unescape(input))).isEqualTo(unescape(expected));
    }

    @Test
    void decomposedAccentsBecomeComposed() {
        String nfd = "Jose\u0301 pidio\u0301 un an\u0303o";

        String normalised = TextNormalizer.normalize(nfd);

        assertThat(normalised).isEqualTo("José pidió un año").hasSize(17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀 emoji", "familia 👩‍👩‍👧 y 𝄞 clave", "bandera 🇪🇸.", "Ω ohm \u2126"})
    void nonBmpTextSurvivesAndOnlyNfcChangesIt(String text) {
        String normalised = TextNormalizer.normalize(text);

        assertThat(normalised).isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 42, 2024})
    void normalisingTwiceChangesNothing(int seed) {
        String[] pieces = {"a", "é", "e\u0301", "n\u0303", "\r", "\n", "\r\n", " ", "\t", "\uFEFF", "😀", "\u00A0",
            "Å", "A\u030A", "\u2126", "ㄱ", "\u1100\u1161", "\u0301"};
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String once = TextNormalizer.normalize(text.toString());

            assertThat(TextNormalizer.normalize(once)).as("seed %d round %d", seed, round).isEqualTo(once);
            assertThat(once).doesNotContain("\r");
        }
    }

    @Test
    void alreadyNormalTextIsReturnedUnchanged() {
        String text = "Línea uno\nLínea dos 😀";

        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\uFEFF", "\uFEFF");
    }
}
