package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --as-version-of} and {@code report import --dry-run} as a script uses them. */
class CliVersionAndMergePreviewTest {

    private static final Path SAMPLE = Path.of("assets", "kim-putin-summit-es.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path project;
    private String documentId;
    private String text;

    @BeforeEach
    void importTheSampleWithTwoClaims() throws Exception {
        project = dir.resolve("work.factdesk");
        CliRun run = CliRun.of("import", "--project", project.toString(), "--format", "json", SAMPLE.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        documentId = JSON.readTree(run.out()).get("documents").get(0).get("id").asText();
        text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        addClaim("casi la mitad");
        addClaim("Sergei Shoigu");
    }

    private String addClaim(String phrase) throws Exception {
        int utf16 = text.indexOf(phrase);
        int start = text.codePointCount(0, utf16);
        CliRun add = CliRun.of("claim", "add", "-p", project.toString(), "--doc", documentId, "--kind", "statement",
                "--start", "" + start, "--end", "" + (start + phrase.codePointCount(0, phrase.length())),
                "--format", "json");
        assertThat(add.exit()).as(add.toString()).isZero();
        return JSON.readTree(add.out()).get("claim").get("id").asText();
    }

    /** The sample with a sentence put first and the paragraph naming Shoigu taken out. */
    private Path editedVersion() throws Exception {
        int shoigu = text.indexOf("Sergei Shoigu");
        int from = text.lastIndexOf('\n', shoigu) + 1;
        int to = text.indexOf('\n', shoigu) + 1;
        Path file = dir.resolve("v2.txt");
        Files.writeString(file, "Una frase nueva al principio.\n" + text.substring(0, from) + text.substring(to));
        return file;
    }

    @Test
    void importAsVersionOfPrintsTheNewIdAndWhatBecameOfEachClaim() throws Exception {
        CliRun run = CliRun.of("import", "-p", project.toString(), "--as-version-of", documentId.substring(0, 6),
                "--format", "json", editedVersion().toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("previousVersionId").asText()).isEqualTo(documentId);
        assertThat(result.get("moved").asInt()).isEqualTo(1);
        assertThat(result.get("changed").asInt()).isZero();
        assertThat(result.get("unchanged").asInt()).isZero();
        assertThat(result.get("orphaned").asInt()).isEqualTo(1);
        assertThat(result.get("orphans")).hasSize(1);
        String newId = result.get("document").get("id").asText();

        CliRun documents = CliRun.of("documents", "-p", project.toString(), "--format", "json");
        assertThat(documents.out()).contains(newId);
        CliRun claims = CliRun.of("claim", "list", "-p", project.toString(), "--doc", newId, "--format", "json");
        assertThat(JSON.readTree(claims.out()).get("claims")).hasSize(1);
    }

    @Test
    void importAsVersionOfPrintsATableWithTheIdFirst() throws Exception {
        CliRun run = CliRun.of("import", "-p", project.toString(), "--as-version-of", documentId,
                editedVersion().toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(run.out()).contains("0 claims unchanged, 1 moved, 0 changed text, 1 orphaned");
    }

    @Test
    void importAsVersionOfAnUnknownDocumentIsBadInput() throws Exception {
        CliRun run = CliRun.of("import", "-p", project.toString(), "--as-version-of", "ffffffff",
                editedVersion().toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("No document").doesNotContain("Exception");
    }

    @Test
    void aDryRunPreviewsTheMergeAndLeavesTheProjectFileAsItWas() throws Exception {
        Path base = dir.resolve("base.json");
        assertThat(CliRun.of("export", "-p", project.toString(), "--out", base.toString()).exit()).isZero();
        Path copy = dir.resolve("copy.factdesk");
        assertThat(CliRun.of("report", "import", "-p", copy.toString(), base.toString()).exit()).isZero();
        String claim = JSON.readTree(CliRun.of("claim", "list", "-p", copy.toString(), "--format", "json").out())
                .get("claims").get(0).get("id").asText();
        CliRun set = CliRun.of("claim", "set", "-p", copy.toString(), claim, "--verdict", "false");
        assertThat(set.exit()).as(set.toString()).isZero();
        Path theirs = dir.resolve("theirs.json");
        assertThat(CliRun.of("export", "-p", copy.toString(), "--out", theirs.toString()).exit()).isZero();
        String before = sha256(project);

        CliRun preview = CliRun.of("report", "import", "--dry-run", "-p", project.toString(), theirs.toString(),
                "--format", "json");

        assertThat(preview.exit()).as(preview.toString()).isZero();
        assertThat(sha256(project)).isEqualTo(before);
        JsonNode json = JSON.readTree(preview.out());
        assertThat(json.get("dryRun").asBoolean()).isTrue();
        assertThat(json.get("claimsUpdated").asInt()).isEqualTo(1);
        assertThat(json.get("claimsUnchanged").asInt()).isEqualTo(1);
        assertThat(json.get("claimsNew").asInt()).isZero();
        assertThat(json.get("claimsConflicting").asInt()).isZero();

        CliRun table = CliRun.of("report", "import", "--dry-run", "-p", project.toString(), theirs.toString());
        assertThat(table.out()).contains("Dry run: nothing was changed.", "1 updated");
        assertThat(sha256(project)).isEqualTo(before);
        CliRun claims = CliRun.of("claim", "list", "-p", project.toString(), "--format", "json");
        assertThat(claims.out()).doesNotContain("\"false\"");
    }

    @Test
    void aDryRunOnAMissingProjectCreatesNothing() {
        Path missing = dir.resolve("missing.factdesk");
        CliRun run = CliRun.of("report", "import", "--dry-run", "-p", missing.toString(), "whatever.json");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("No project");
        assertThat(missing).doesNotExist();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
