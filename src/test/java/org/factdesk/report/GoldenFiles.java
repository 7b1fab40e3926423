package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an export with its golden file in {@code src/test/resources/report}. Run with {@code -DupdateGolden=true}
 * to rewrite the files after an intended change, then read the diff before committing it.
 */
final class GoldenFiles {

    static final Path FOLDER = Path.of("src", "test", "resources", "report");

    private GoldenFiles() {
    }

    static void assertMatches(String name, byte[] actual) throws IOException {
        Path golden = FOLDER.resolve(name);
        if (Boolean.getBoolean("updateGolden") || !Files.exists(golden)) {
            boolean existed = Files.exists(golden);
            Files.write(golden, actual);
            assertThat(existed).as("%s did not exist and was written: read it, then run again", golden).isTrue();
        }
        assertThat(new String(actual, StandardCharsets.UTF_8)).as("export compared with %s", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
