package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.factdesk.text.ImportException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input the issue lists: refused with its reason and a one-line message that names the file. */
class ArticleImporterBadInputTest {

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("vacio.txt", new byte[0], Reason.EMPTY, "is empty"),
                Arguments.of("blanco.txt", " \n\t\r\n  \n".getBytes(StandardCharsets.US_ASCII), Reason.EMPTY,
                        "only whitespace"),
                Arguments.of("bom-solo.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' '}, Reason.EMPTY,
                        "only whitespace"),
                Arguments.of("sin-texto.html", "<html><body><nav>Menú</nav><script>x()</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8), Reason.EMPTY, "no article text"),
                Arguments.of("foto.png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D),
                        Reason.BINARY, "looks like a PNG image"),
                Arguments.of("foto.txt", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'),
                        Reason.BINARY, "looks like a JPEG image"),
                Arguments.of("notes.zip", bytes('P', 'K', 3, 4, 20, 0, 0, 0, 8, 0), Reason.BINARY,
                        "looks like a ZIP archive"),
                Arguments.of("nulos.txt", "Texto\0con\0nulos".getBytes(StandardCharsets.US_ASCII), Reason.BINARY,
                        "NUL bytes, the first at byte offset 5"),
                Arguments.of("raro.txt", "Hola \u0081\u008D mundo".getBytes(StandardCharsets.ISO_8859_1),
                        Reason.UNDECODABLE, "byte 0x81 at byte offset 5"),
                Arguments.of("informe.docx", "no es un docx de verdad".getBytes(StandardCharsets.US_ASCII),
                        Reason.UNSUPPORTED_TYPE, "is a Word document"),
                Arguments.of("informe.docx", bytes('P', 'K', 3, 4, 20, 0, 6, 0), Reason.UNSUPPORTED_TYPE,
                        "is a Word document"),
                Arguments.of("programa.exe", bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0), Reason.UNSUPPORTED_TYPE,
                        "is a program"),
                Arguments.of("datos.csv", "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII), Reason.UNSUPPORTED_TYPE,
                        ".txt, .text, .md, .markdown, .html or .htm"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {2}")
    @MethodSource("badFiles")
    void badFilesAreRefusedWithTheirReasonAndFileName(String name, byte[] bytes, Reason reason, String detail)
            throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);

        assertRefused(() -> importer.importFile(file), reason, name).hasMessageContaining(detail);
    }

    @Test
    void undecodableBytesSayTheCharsetTriedAndTheOffset() throws Exception {
        byte[] bytes = "Una línea correcta.\nOtra con \u0090 mal.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("roto.txt"), bytes);

        assertRefused(() -> importer.importFile(file), Reason.UNDECODABLE, "roto.txt")
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("windows-1252")
                .hasMessageContaining("byte 0x90 at byte offset 29")
                .hasMessageContaining("Save the article as UTF-8");
    }

    @Test
    void aFileOver50MegabytesIsRefused() throws Exception {
        Path file = dir.resolve("enorme.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ArticleImporter.MAX_BYTES + 1);
        }

        assertRefused(() -> importer.importFile(file), Reason.TOO_LARGE, "enorme.txt")
                .hasMessageContaining("the limit is 50 MB")
                .hasMessageContaining("52,428,801 bytes");
    }

    @Test
    void theSizeIsCheckedBeforeReading() throws Exception {
        Path file = dir.resolve("gigante.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }

        // Reading is capped just above the limit, so only the file's own size can report three gigabytes.
        assertRefused(() -> importer.importFile(file), Reason.TOO_LARGE, "gigante.txt")
                .hasMessageContaining("3072.0 MB (3,221,225,472 bytes)");
    }

    @Test
    void aFileOfExactly50MegabytesIsNotTooLarge() throws Exception {
        Path file = dir.resolve("justo.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ArticleImporter.MAX_BYTES);
        }

        // A sparse file reads as NUL bytes: it passes the size check and is then refused as binary.
        assertRefused(() -> importer.importFile(file), Reason.BINARY, "justo.txt");
    }

    @Test
    void tooManyBytesAreRefusedAsTooLarge() {
        byte[] bytes = new byte[(int) ArticleImporter.MAX_BYTES + 1];

        assertRefused(() -> importer.importBytes(bytes, "memoria.txt"), Reason.TOO_LARGE, "memoria.txt");
    }

    @Test
    void aMissingFileIsUnreadable() {
        Path file = dir.resolve("no-existe.txt");

        assertRefused(() -> importer.importFile(file), Reason.UNREADABLE, "no-existe.txt")
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFolderIsUnreadable() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("carpeta.txt"));

        assertRefused(() -> importer.importFile(folder), Reason.UNREADABLE, "carpeta.txt")
                .hasMessageContaining("is a folder");
    }

    @Test
    void blankPastedTextIsEmpty() {
        assertRefused(() -> importer.importText(" \n\t", "Título"), Reason.EMPTY, "pasted text");
        assertRefused(() -> importer.importText(null, null), Reason.EMPTY, "pasted text");
    }

    @Test
    void theMessageNeverShowsTheFullPath() throws Exception {
        Path file = Files.write(dir.resolve("vacio.md"), new byte[0]);

        assertRefused(() -> importer.importFile(file), Reason.EMPTY, "vacio.md")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(dir.toString()));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason, String fileName) {
        return assertThatThrownBy(call)
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.fileName()).isEqualTo(fileName);
                    assertThat(e.getMessage()).containsIgnoringCase(fileName).doesNotContain("\n", "\r");
                });
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
