package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/factdesk.jar qa} with LanguageTool: the shaded jar must carry both languages' rules (their
 * module files are merged) and every resource and service LanguageTool loads, without the network.
 */
class QaJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode qa(String name, String text, String language) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("factdesk.jar", "target/factdesk.jar"), "qa", file.toString(),
                "--lang", language, "--format", "json"));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return JSON.readTree(out.toFile()).get("issues");
    }

    @Test
    void theJarRunsLanguageToolOnSpanishAndOnEnglish() throws Exception {
        JsonNode spanish = qa("es.txt", "Ellos dijo que la reunión fue larga.\n", "es");
        JsonNode english = qa("en.txt", "The minister spoke.\nHe are happy with the talks.\n", "en");

        assertThat(spanish).anySatisfy(i -> assertThat(i.get("check").asText()).startsWith("languagetool:"));
        assertThat(english).anySatisfy(i -> assertThat(i.get("check").asText()).startsWith("languagetool:"));
    }
}
