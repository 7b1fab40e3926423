package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk qa --languagetool/--no-languagetool}: LanguageTool's findings join ours by default. */
class QaLanguageToolOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "El ministro volvió de el viaje el lunes.\n"
            + "Ellos dijo que la reunión fue larga.\n";

    @TempDir
    Path dir;

    private JsonNode issues(String... options) throws Exception {
        Path article = dir.resolve("es.txt");
        Files.writeString(article, TEXT, StandardCharsets.UTF_8);
        String[] args = new String[options.length + 5];
        args[0] = "qa";
        args[1] = article.toString();
        args[2] = "--lang";
        args[3] = "es";
        args[4] = "--format=json";
        System.arraycopy(options, 0, args, 5, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.toString()).isZero();
        return JSON.readTree(run.out()).get("issues");
    }

    @Test
    void languageToolRunsByDefaultAndOursWinOnTheSameSlip() throws Exception {
        JsonNode issues = issues();
        assertThat(issues).anySatisfy(i -> assertThat(i.get("check").asText()).startsWith("languagetool:"));
        // "de el": ours and LanguageTool's contraction rule agree; it is listed once, as ours
        assertThat(issues).filteredOn(i -> i.get("text").asText().equals("de el")).hasSize(1)
                .allSatisfy(i -> assertThat(i.get("check").asText()).isEqualTo("contraction"));
    }

    @Test
    void noLanguageToolLeavesOnlyOurChecks() throws Exception {
        JsonNode issues = issues("--no-languagetool");
        assertThat(issues).isNotEmpty()
                .noneSatisfy(i -> assertThat(i.get("check").asText()).startsWith("languagetool:"));
    }
}
