package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.factdesk.report.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script uses it: import, mark, edit, list, export, merge; exit codes and messages. */
class CliTest {

    private static final Path SAMPLE = Path.of("assets", "kim-putin-summit-es.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path project() {
        return dir.resolve("work.factdesk");
    }

    private String importSample() throws IOException {
        CliRun run = CliRun.of("import", "--project", project().toString(), "--format", "json", SAMPLE.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode documents = JSON.readTree(run.out()).get("documents");
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).get("language").asText()).isEqualTo("es");
        return documents.get(0).get("id").asText();
    }

    /** Code-point offsets of the first occurrence of a phrase in a text. */
    private static int[] codePointSpan(String text, String phrase) {
        int utf16 = text.indexOf(phrase);
        assertThat(utf16).as("'%s' in the text", phrase).isNotNegative();
        int start = text.codePointCount(0, utf16);
        return new int[] {start, start + phrase.codePointCount(0, phrase.length())};
    }

    private static String sampleText() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    @Test
    void importMarkAndExportGiveASchemaValidReportWhoseOffsetsSelectTheQuote() throws Exception {
        String documentId = importSample();
        int[] span = codePointSpan(sampleText(), "casi la mitad");

        CliRun add = CliRun.of("claim", "add", "--project", project().toString(), "--doc", documentId.substring(0, 8),
                "--kind", "figure", "--start", "" + span[0], "--end", "" + span[1], "--verdict", "mostly-true",
                "--note", "Según la ONU", "--tag", "hambre", "--value", "0.5", "--unit", "fraction",
                "--qualifier", "nearly", "--format", "json");
        assertThat(add.exit()).as(add.toString()).isZero();
        JsonNode claim = JSON.readTree(add.out()).get("claim");
        assertThat(claim.at("/target/exact").asText()).isEqualTo("casi la mitad");
        assertThat(claim.at("/target/start").asInt()).isEqualTo(span[0]);
        assertThat(claim.at("/figure/qualifier").asText()).isEqualTo("nearly");
        assertThat(claim.at("/figure/value").decimalValue()).isEqualByComparingTo("0.5");

        Path report = dir.resolve("report.json");
        CliRun export = CliRun.of("export", "--project", project().toString(), "--format", "json", "--out",
                report.toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        JsonNode tree = JSON.readTree(report.toFile());
        assertThat(SchemaCheck.problems(tree)).isEmpty();
        JsonNode exported = tree.at("/documents/0/claims/0");
        String text = tree.at("/documents/0/text").asText();
        int start = exported.at("/target/start").asInt();
        int end = exported.at("/target/end").asInt();
        assertThat(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)))
                .isEqualTo("casi la mitad");
        assertThat(exported.get("verdict").asText()).isEqualTo("mostly-true");
        assertThat(exported.get("tags").get(0).asText()).isEqualTo("hambre");
    }

    @Test
    void offsetsCountCodePointsAroundEmojiAndAccents() throws Exception {
        Path article = dir.resolve("emoji.txt");
        String text = "Titular 😀👩‍👩‍👧\nEl niño dijo «casi la mitad» ayer. 𝄞 Más de 30 %.\n";
        Files.writeString(article, text, StandardCharsets.UTF_8);
        CliRun imported = CliRun.of("import", "--project", project().toString(), "--format", "json",
                article.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        String documentId = JSON.readTree(imported.out()).at("/documents/0/id").asText();

        for (String phrase : new String[] {"casi la mitad", "Más de 30 %"}) {
            int[] span = codePointSpan(text, phrase);
            CliRun add = CliRun.of("claim", "add", "-p", project().toString(), "--doc", documentId, "--kind",
                    "statement", "--start", "" + span[0], "--end", "" + span[1], "--format", "json");
            assertThat(add.exit()).as(add.toString()).isZero();
            assertThat(JSON.readTree(add.out()).at("/claim/target/exact").asText()).isEqualTo(phrase);
        }
        CliRun list = CliRun.of("claim", "list", "-p", project().toString(), "--format", "json");
        JsonNode claims = JSON.readTree(list.out()).get("claims");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).at("/target/prefix").asText()).endsWith("𝄞 ");
    }

    @Test
    void claimsCanBeEditedListedByFilterAndDeleted() throws Exception {
        String documentId = importSample();
        int[] span = codePointSpan(sampleText(), "Vladimir Putin");
        CliRun add = CliRun.of("claim", "add", "-p", project().toString(), "--doc", documentId, "--kind",
                "attribution", "--start", "" + span[0], "--end", "" + span[1], "--speaker", "KCNA", "--format",
                "json");
        String claimId = JSON.readTree(add.out()).at("/claim/id").asText();

        CliRun set = CliRun.of("claim", "set", "-p", project().toString(), claimId.substring(0, 6), "--verdict",
                "false", "--add-tag", "rusia", "--add-tag", "cumbre", "--remove-tag", "rusia", "--format", "json");
        assertThat(set.exit()).as(set.toString()).isZero();
        JsonNode edited = JSON.readTree(set.out()).get("claim");
        assertThat(edited.get("verdict").asText()).isEqualTo("false");
        assertThat(edited.get("tags").toString()).isEqualTo("[\"cumbre\"]");
        assertThat(edited.at("/attribution/speaker").asText()).isEqualTo("KCNA");

        CliRun falseOnes = CliRun.of("claim", "list", "-p", project().toString(), "--verdict", "false");
        assertThat(falseOnes.out()).contains(claimId).contains("«Vladimir Putin»");
        CliRun trueOnes = CliRun.of("claim", "list", "-p", project().toString(), "--verdict", "true");
        assertThat(trueOnes.out()).doesNotContain(claimId);

        CliRun delete = CliRun.of("claim", "delete", "-p", project().toString(), claimId);
        assertThat(delete.exit()).as(delete.toString()).isZero();
        assertThat(CliRun.of("claim", "list", "-p", project().toString()).out()).doesNotContain(claimId);
    }

    @Test
    void aReportImportedIntoAnEmptyProjectReproducesEveryClaim() throws Exception {
        String documentId = importSample();
        String text = sampleText();
        for (String phrase : new String[] {"hasta el 30%", "un año y medio", "abril de 2019"}) {
            int[] span = codePointSpan(text, phrase);
            CliRun add = CliRun.of("claim", "add", "-p", project().toString(), "--doc", documentId, "--kind",
                    "figure", "--start", "" + span[0], "--end", "" + span[1], "--evidence", "https://example.org/a",
                    "--tag", "cifra");
            assertThat(add.exit()).as(add.toString()).isZero();
        }
        Path report = dir.resolve("a.json");
        assertThat(CliRun.of("export", "-p", project().toString(), "--out", report.toString()).exit()).isZero();

        Path copy = dir.resolve("copy.factdesk");
        CliRun merge = CliRun.of("report", "import", "-p", copy.toString(), report.toString(), "--format", "json");
        assertThat(merge.exit()).as(merge.toString()).isZero();
        assertThat(JSON.readTree(merge.out()).get("claimsAdded").asInt()).isEqualTo(3);

        Path again = dir.resolve("b.json");
        assertThat(CliRun.of("export", "-p", copy.toString(), "--out", again.toString()).exit()).isZero();
        JsonNode first = JSON.readTree(report.toFile()).get("documents");
        JsonNode second = JSON.readTree(again.toFile()).get("documents");
        assertThat(second).isEqualTo(first);

        CliRun twice = CliRun.of("report", "import", "-p", copy.toString(), report.toString(), "--format", "json");
        assertThat(JSON.readTree(twice.out()).get("claimsUnchanged").asInt()).isEqualTo(3);
    }

    @Test
    void aBinaryFileIsRefusedInOneLineAndNoProjectIsLeftBehind() throws Exception {
        Path image = dir.resolve("photo.png");
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        CliRun run = CliRun.of("import", "-p", project().toString(), image.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("factdesk: ").contains("photo.png").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(project()).doesNotExist();
    }

    @Test
    void aFailedImportLeavesAnExistingProjectByteForByteUnchanged() throws Exception {
        importSample();
        byte[] before = sha256(project());
        Path empty = dir.resolve("empty.txt");
        Files.createFile(empty);
        CliRun run = CliRun.of("import", "-p", project().toString(), SAMPLE.toString(), empty.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt");
        assertThat(sha256(project())).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedAndLeftUntouched() throws Exception {
        Path notes = dir.resolve("notes.factdesk");
        Files.writeString(notes, "just some notes, not a database");
        byte[] before = sha256(notes);
        CliRun run = CliRun.of("claim", "list", "-p", notes.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("notes.factdesk");
        assertThat(sha256(notes)).isEqualTo(before);
    }

    @Test
    void aMalformedReportIsRejectedWithTheJsonPathOfTheProblem() throws Exception {
        Path report = dir.resolve("bad.json");
        Files.writeString(report, "{\"format\":\"factdesk-report\",\"version\":1,\"documents\":[{\"id\":\"d\","
                + "\"claims\":[{\"kind\":\"rumour\"}]}]}");
        CliRun run = CliRun.of("report", "import", "-p", project().toString(), report.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("bad.json").contains("$.");
        assertThat(project()).doesNotExist();
    }

    @Test
    void aSpanOutsideTheDocumentIsBadInput() throws Exception {
        String documentId = importSample();
        CliRun run = CliRun.of("claim", "add", "-p", project().toString(), "--doc", documentId, "--kind",
                "statement", "--start", "10", "--end", "999999");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("10–999999").contains("code points");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("claim", "add", "--kind", "figure").exit()).isEqualTo(2);
        assertThat(CliRun.of("import").exit()).isEqualTo(2);
        CliRun badKind = CliRun.of("claim", "list", "-p", "x.factdesk", "--kind", "rumour");
        assertThat(badKind.exit()).isEqualTo(2);
        assertThat(badKind.err()).contains("statement, attribution, figure");
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitWithZero() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("import", "claim", "export", "report", "code points");
        CliRun version = CliRun.of("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("Factdesk ");
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
