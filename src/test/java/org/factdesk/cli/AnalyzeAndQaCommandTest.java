package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk analyze} and {@code factdesk qa}: DESIGN.md's JSON, with offsets that select their text. */
class AnalyzeAndQaCommandTest {

    private static final Path SAMPLE = Path.of("assets", "kim-putin-summit-es.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String slice(String text, JsonNode item) {
        return text.substring(text.offsetByCodePoints(0, item.get("start").asInt()),
                text.offsetByCodePoints(0, item.get("end").asInt()));
    }

    @Test
    void analyzePrintsSuggestionsWhoseOffsetsSelectTheirText() throws Exception {
        CliRun run = CliRun.of("analyze", SAMPLE.toString(), "--format", "json");
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode result = JSON.readTree(run.out());
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        assertThat(result.at("/document/language").asText()).isEqualTo("es");
        assertThat(result.at("/document/length").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        JsonNode suggestions = result.get("suggestions");
        assertThat(suggestions.size()).isGreaterThan(20);
        boolean nearlyHalf = false;
        for (JsonNode suggestion : suggestions) {
            assertThat(slice(text, suggestion)).isEqualTo(suggestion.get("text").asText());
            switch (suggestion.get("kind").asText()) {
                case "figure" -> {
                    assertThat(suggestion.has("figure")).isTrue();
                    if (suggestion.get("text").asText().equals("casi la mitad")) {
                        nearlyHalf = true;
                        assertThat(suggestion.at("/figure/value").decimalValue()).isEqualByComparingTo("0.5");
                        assertThat(suggestion.at("/figure/qualifier").asText()).isEqualTo("nearly");
                        assertThat(suggestion.at("/figure/type").asText()).isEqualTo("fraction");
                    }
                }
                case "attribution" -> assertThat(suggestion.get("speaker").asText()).isNotBlank();
                case "statement" -> assertThat(suggestion.get("score").asDouble()).isBetween(0.0, 1.0);
                default -> throw new AssertionError("unknown kind " + suggestion.get("kind"));
            }
        }
        assertThat(nearlyHalf).as("'casi la mitad' suggested as a figure").isTrue();
    }

    @Test
    void analyzeWorksOnEnglishWithEmojiBeforeTheFigures() throws Exception {
        Path article = dir.resolve("en.txt");
        Files.writeString(article, "📰🎉 Markets\nThe Federal Reserve said inflation fell to 3.2% in October, "
                + "down from nearly half a point more a year ago.\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", article.toString(), "--lang", "en", "--format", "json");
        assertThat(run.exit()).as(run.toString()).isZero();
        String text = Files.readString(article, StandardCharsets.UTF_8);
        JsonNode suggestions = JSON.readTree(run.out()).get("suggestions");
        assertThat(suggestions).anySatisfy(s -> assertThat(s.get("text").asText()).isEqualTo("3.2%"));
        suggestions.forEach(s -> assertThat(slice(text, s)).isEqualTo(s.get("text").asText()));
    }

    @Test
    void qaFindsTheSlipsOfTheSampleTranslation() throws Exception {
        CliRun run = CliRun.of("qa", SAMPLE.toString(), "--format", "json");
        assertThat(run.exit()).as(run.toString()).isZero();
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        JsonNode issues = JSON.readTree(run.out()).get("issues");
        assertThat(issues).extracting(i -> i.get("check").asText())
                .contains("repeated-word", "name-variant", "contraction", "editorial-note");
        for (JsonNode issue : issues) {
            assertThat(slice(text, issue)).isEqualTo(issue.get("text").asText());
            assertThat(issue.get("message").asText()).isNotBlank();
            assertThat(issue.get("severity").asText()).isIn("info", "warning", "error");
        }
    }

    @Test
    void analyzeRefusesABinaryFileWithExitOne() throws Exception {
        Path zip = dir.resolve("archive.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        CliRun run = CliRun.of("analyze", zip.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("archive.zip");
    }
}
