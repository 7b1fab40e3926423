package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.factdesk.text.ImportException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {

    private static final String SPANISH = "El niño pidió café: ¿Qué año? José respondió «mañana», según él.";

    static Stream<Arguments> byteOrderMarks() {
        return Stream.of(
                Arguments.of("UTF-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                Arguments.of("UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE}),
                Arguments.of("UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF}),
                Arguments.of("UTF-32LE", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}),
                Arguments.of("UTF-32BE", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}));
    }

    @ParameterizedTest
    @MethodSource("byteOrderMarks")
    void aByteOrderMarkChoosesTheCharsetAndIsDropped(String charset, byte[] bom) throws ImportException {
        String text = SPANISH + " 😀";

        DecodedText decoded = TextDecoder.decode(concat(bom, text.getBytes(Charset.forName(charset))), "a.txt");

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo(charset);
    }

    @Test
    void validUtf8IsDecodedAsUtf8() throws ImportException {
        DecodedText decoded = TextDecoder.decode((SPANISH + " 👩‍👩‍👧").getBytes(StandardCharsets.UTF_8), "a.txt");

        assertThat(decoded.text()).isEqualTo(SPANISH + " 👩‍👩‍👧");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void windows1252SpanishKeepsItsAccents() throws ImportException {
        DecodedText decoded = TextDecoder.decode(SPANISH.getBytes(Charset.forName("windows-1252")), "a.txt");

        assertThat(decoded.text()).isEqualTo(SPANISH);
        assertThat(decoded.charset()).isEqualTo("windows-1252");
    }

    @Test
    void windows1252QuotesAndEuroAreNotLatin1ControlCodes() throws ImportException {
        String text = "El precio subió a 5 € – “una barbaridad”, dijo el Sr. Muñoz.";

        DecodedText decoded = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")), "a.txt");

        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void aDeclaredCharsetIsTriedAfterUtf8() throws ImportException {
        String text = "Ça coûte très cher, señor.";

        DecodedText decoded = TextDecoder.decode(text.getBytes(Charset.forName("ISO-8859-15")), "a.html",
                Charset.forName("ISO-8859-15"));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("ISO-8859-15");
    }

    @Test
    void undecodableBytesNameTheCharsetsTriedAndTheOffset() {
        byte[] bytes = "Hola \u0081 mundo".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TextDecoder.decode(bytes, "raro.txt"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE);
                    assertThat(e.getMessage()).startsWith("raro.txt ").contains("UTF-8", "windows-1252",
                            "byte 0x81 at byte offset 5").doesNotContain("\n");
                });
    }

    @Test
    void aBrokenLatinFileIsNotPassedOffAsCyrillic() {
        // KOI8-R maps every byte to something; decoding this as KOI8-R would "succeed" with nonsense.
        byte[] bytes = "Hola \u0081 mundo, qué tal está usted".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TextDecoder.decode(bytes, "raro.txt"))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE));
    }

    @Test
    void aConfidentCyrillicGuessIsTaken() throws ImportException {
        String text = "Привет, как дела? Это тестовый текст на русском языке. Президент сказал, что встреча "
                + "пройдёт в столице в конце месяца.";

        DecodedText decoded = TextDecoder.decode(text.getBytes(Charset.forName("windows-1251")), "ru.txt");

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("windows-1251");
    }

    @Test
    void aBrokenUtf16FileIsUndecodableAtItsBadByte() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {'H', 0, 0x00, (byte) 0xDC});

        assertThatThrownBy(() -> TextDecoder.decode(bytes, "roto.txt"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE);
                    assertThat(e.getMessage()).contains("roto.txt", "UTF-16LE", "offset 4");
                });
    }

    static Stream<Arguments> binaryFiles() {
        return Stream.of(
                Arguments.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0), "PNG image"),
                Arguments.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 'J', 'F', 'I', 'F'), "JPEG image"),
                Arguments.of("GIF89a....".getBytes(StandardCharsets.US_ASCII), "GIF image"),
                Arguments.of("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1), "PDF document"),
                Arguments.of(bytes('P', 'K', 3, 4, 20, 0, 6, 0), "ZIP archive"),
                Arguments.of(bytes(0x1F, 0x8B, 8, 0), "gzip archive"),
                Arguments.of("SQLite format 3\0rest".getBytes(StandardCharsets.US_ASCII), "SQLite database"),
                Arguments.of("texto con un\0NUL".getBytes(StandardCharsets.US_ASCII),
                        "NUL bytes, the first at byte offset 12"),
                Arguments.of(bytes(1, 2, 3, 4, 5, 6, 7, 8, 0x0E, 0x0F, 0x10, 0x11, 'a'), "control codes"));
    }

    @ParameterizedTest
    @MethodSource("binaryFiles")
    void binaryFilesAreRefusedNamingWhatTheyLookLike(byte[] bytes, String kind) {
        assertThatThrownBy(() -> TextDecoder.decode(bytes, "cosa.txt"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BINARY);
                    assertThat(e.getMessage()).startsWith("cosa.txt is not a text article").contains(kind);
                });
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
