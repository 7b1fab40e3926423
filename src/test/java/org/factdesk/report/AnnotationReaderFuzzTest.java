package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the W3C Web Annotation importer: any bytes are either annotations with a quote and sane positions, or are
 * rejected with a {@link ReportFormatException} that carries a JSON path. Nothing else escapes; nothing hangs.
 */
class AnnotationReaderFuzzTest {

    private static final Path FILE = scratchFile();

    private static Path scratchFile() {
        try {
            Path file = Files.createTempFile("factdesk-annotations-fuzz", ".jsonld");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void anyBytesAreAnnotationsOrRejectedWithAJsonPath(FuzzedDataProvider data) throws IOException {
        Files.write(FILE, data.consumeRemainingAsBytes());
        AnnotationReader.isAnnotationFile(FILE); // must not throw either
        List<AnnotatedClaim> annotations;
        try {
            annotations = new AnnotationReader().read(FILE);
        } catch (ReportFormatException rejected) {
            assertThat(rejected.path()).startsWith("$");
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        for (AnnotatedClaim annotation : annotations) {
            assertThat(annotation.exact()).as(annotation.path()).isNotNull();
            assertThat(annotation.kind()).as(annotation.path()).isNotNull();
            if (annotation.start() != null || annotation.end() != null) {
                assertThat(annotation.start()).as(annotation.path()).isNotNull().isNotNegative();
                assertThat(annotation.end()).as(annotation.path()).isNotNull()
                        .isGreaterThanOrEqualTo(annotation.start());
            }
        }
    }
}
