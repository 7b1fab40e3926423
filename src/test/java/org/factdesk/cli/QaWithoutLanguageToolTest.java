package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.service.GrammarService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installers ship LanguageTool as an optional package: `factdesk qa` in a real JVM whose class path lacks
 * LanguageTool's jars runs our own checks, notes on standard error what is missing and how to get it, and exits 0.
 */
class QaWithoutLanguageToolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "El ministro volvió de el viaje el lunes.\n"
            + "Ellos dijo que la reunión fue larga.\n";

    @TempDir
    Path dir;

    /** What the child JVM printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    /** The test's own class path minus LanguageTool's artifacts (the jars under org/languagetool in the repository). */
    private static String classPathWithoutLanguageTool() {
        // Surefire may start the test JVM through a manifest-only jar; it gives the real class path in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String languageTool = File.separator + "org" + File.separator + "languagetool" + File.separator;
        List<String> kept = Stream.of(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains(languageTool)).toList();
        assertThat(kept).as("the class path had LanguageTool's jars to leave out").hasSizeLessThan(
                classPath.split(File.pathSeparator).length);
        return String.join(File.pathSeparator, kept);
    }

    private Run qaWithoutLanguageTool(String... options) throws Exception {
        Path article = dir.resolve("es.txt");
        Files.writeString(article, TEXT, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPathWithoutLanguageTool(), "org.factdesk.app.Launcher",
                "qa", article.toString(), "--lang", "es", "--format=json"));
        command.addAll(List.of(options));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("qa did not end within three minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void qaWithoutLanguageToolJarsRunsOurChecksAndSaysHowToGetLanguageTool() throws Exception {
        Run run = qaWithoutLanguageTool();

        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> notes = run.err().lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
        assertThat(notes).as(run.toString()).singleElement().asString()
                .contains("LanguageTool is not installed")
                .contains("factdesk-languagetool")
                .contains("factdesk.jar")
                .doesNotContain("Exception");
        JsonNode issues = JSON.readTree(run.out()).get("issues");
        assertThat(issues).anySatisfy(i -> assertThat(i.get("check").asText()).isEqualTo("contraction"))
                .noneSatisfy(i -> assertThat(i.get("check").asText()).startsWith("languagetool:"));
    }

    @Test
    void noLanguageToolOptionSilencesTheNote() throws Exception {
        Run run = qaWithoutLanguageTool("--no-languagetool");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isBlank();
        assertThat(JSON.readTree(run.out()).get("issues")).isNotEmpty();
    }

    @Test
    void languageToolIsInstalledOnTheBuildsClassPath() {
        assertThat(GrammarService.shared().installed()).isTrue();
    }
}
