package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdesk.report.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, run as users run it: {@code java -jar target/factdesk.jar import / claim add / export}. */
class CliJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result factdesk(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(System.getProperty("factdesk.jar", "target/factdesk.jar"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarImportsMarksAndExportsTheSampleArticle() throws Exception {
        Path project = dir.resolve("sample.factdesk");
        Result imported = factdesk("import", "--project", project.toString(), "--format", "json",
                Path.of("assets", "kim-putin-summit-es.txt").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        String documentId = JSON.readTree(imported.out()).at("/documents/0/id").asText();

        String text = Files.readString(Path.of("assets", "kim-putin-summit-es.txt"), StandardCharsets.UTF_8);
        int start = text.codePointCount(0, text.indexOf("Radio Free Asia"));
        Result added = factdesk("claim", "add", "--project", project.toString(), "--doc", documentId, "--kind",
                "statement", "--start", "" + start, "--end", "" + (start + 15), "--format", "json");
        assertThat(added.exit()).as(added.err()).isZero();

        Path report = dir.resolve("report.json");
        Result exported = factdesk("export", "--project", project.toString(), "--format", "json", "--out",
                report.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        JsonNode tree = JSON.readTree(report.toFile());
        assertThat(SchemaCheck.problems(tree)).isEmpty();
        assertThat(tree.at("/documents/0/claims/0/target/exact").asText()).isEqualTo("Radio Free Asia");
    }

    @Test
    void theJarExitsWithOneAndOneLineOnBadInput() throws Exception {
        Result result = factdesk("import", "--project", dir.resolve("p.factdesk").toString(),
                dir.resolve("missing.txt").toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).contains("missing.txt");
    }

    @Test
    void theJarPrintsHelpOnRequest() throws Exception {
        Result result = factdesk("help");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Usage: factdesk");
    }
}
