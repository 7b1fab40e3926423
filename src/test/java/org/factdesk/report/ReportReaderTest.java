package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportReaderTest {

    private static String golden;

    @TempDir
    Path folder;

    private final ReportReader reader = new ReportReader();

    @BeforeAll
    static void loadGolden() throws IOException {
        try (InputStream in = ReportReaderTest.class.getResourceAsStream("/report/golden-small.json")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writingThenReadingGivesBackEveryDocumentAndClaimExactly() throws IOException {
        for (ReportFixtures.ListContent content : List.of(ReportFixtures.goldenContent(),
                ReportFixtures.sparseContent())) {
            Path out = folder.resolve("report.json");
            ReportFixtures.WRITER.write(content, out);

            ReportData read = reader.read(out);

            assertThat(read.project()).isEqualTo(content.project());
            assertThat(read.generatedAt()).isEqualTo(Instant.parse("2024-06-01T12:00:00Z"));
            assertThat(read.documents()).hasSize(1);
            Document original = content.documents().get(0);
            ReportDocument document = read.documents().get(0);
            assertThat(document.document()).isEqualTo(withoutParagraphs(original));
            assertThat(document.document().paragraphs()).as("left to the text layer's segmenter").isEmpty();
            assertThat(document.claims()).containsExactlyElementsOf(content.claims().get(original.id()));
        }
    }

    @Test
    void figureValuesKeepTheirExactScale() throws IOException {
        Path out = folder.resolve("report.json");
        ReportFixtures.WRITER.write(ReportFixtures.goldenContent(), out);

        Claim figure = reader.read(out).documents().get(0).claims().get(2);

        assertThat(figure.figure().value().toPlainString()).isEqualTo("0.50");
        assertThat(figure.updatedAt().getNano()).isEqualTo(123_456_789);
    }

    @Test
    void theGoldenFileReadsFromAStream() throws IOException {
        ReportData read = reader.read(new ByteArrayInputStream(golden.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.documents().get(0).claims()).containsExactlyElementsOf(ReportFixtures.goldenClaims());
    }

    @Test
    void aLargeGeneratedReportRoundTripsThroughTheSchemaAndTheReader() throws IOException {
        Path out = folder.resolve("generated.json");
        ReportSummary summary = new ReportWriter().write(ReportWriterTest.generated(5_000), out);

        SchemaCheck.assertValid(out);
        ReportData read = reader.read(out);
        assertThat(read.documents().get(0).claims()).hasSize(summary.claims());
    }

    static Stream<Arguments> malformedReports() {
        return Stream.of(
                bad("not JSON", text -> "this is not a report", "$", "not valid JSON"),
                bad("truncated JSON", text -> text.substring(0, text.indexOf("\"verdict\": \"true\"")),
                        "$.documents[0].claims[0].paragraph", "truncated"),
                bad("wrong format name", tree(r -> r.put("format", "w3c-annotation")), "$.format",
                        "\"w3c-annotation\", not \"factdesk-report\""),
                bad("version 2", tree(r -> r.put("version", 2).put("newField", true)), "$.version",
                        "made by a newer Factdesk"),
                bad("unknown kind", claim(0, c -> c.put("kind", "opinion")), "$.documents[0].claims[0].kind",
                        "unknown kind \"opinion\" (expected one of statement, attribution, figure, translation-issue)"),
                bad("unknown verdict", claim(1, c -> c.put("verdict", "pants-on-fire")),
                        "$.documents[0].claims[1].verdict", "unknown verdict \"pants-on-fire\""),
                bad("start after end", claim(0, c -> target(c).put("start", 50)),
                        "$.documents[0].claims[0].target.start", "50 is after the end (46)"),
                bad("end beyond the text", claim(3, c -> target(c).put("end", 214)),
                        "$.documents[0].claims[3].target.end", "214 is beyond the end of the text (213 code points)"),
                bad("exact not matching the text", claim(2, c -> target(c).put("exact", "Casi la mitaX")),
                        "$.documents[0].claims[2].target.exact",
                        "does not match the document text at 111–124 (found \"Casi la mitad\")"),
                bad("offsets counted in UTF-16 instead of code points", claim(3, c -> target(c).put("start", 198)
                        .put("end", 207)), "$.documents[0].claims[3].target.exact", "found \"dijo dos \""),
                bad("duplicate claim id", claim(1, c -> c.put("id", "claim-statement")),
                        "$.documents[0].claims[1].id", "\"claim-statement\" appears twice"),
                bad("duplicate document id", tree(r -> documents(r).add(documents(r).get(0).deepCopy())),
                        "$.documents[1].id", "appears twice"),
                bad("missing required field", claim(1, c -> c.remove("verdict")),
                        "$.documents[0].claims[1].verdict", "required, but missing"),
                bad("null required field", claim(0, c -> target(c).putNull("exact")),
                        "$.documents[0].claims[0].target.exact", "required, but missing or null"),
                bad("number with 5,000 digits",
                        text -> text.replace("\"value\": 0.50", "\"value\": 1" + "0".repeat(5_000)),
                        "$.documents[0].claims[2].figure.value", "a number longer than 100 characters"),
                bad("huge exponent", text -> text.replace("\"value\": 0.50", "\"value\": 1e999999999"),
                        "$.documents[0].claims[2].figure.value", "out of range"),
                bad("10,000-deep nested array", text -> text.replace("\"viaje\"", "[".repeat(10_000)
                        + "]".repeat(10_000)), "$.documents[0].claims[0].tags[0][0]",
                        "nested more than 64 levels deep"),
                bad("offset as a string", claim(0, c -> target(c).put("start", "34")),
                        "$.documents[0].claims[0].target.start", "expected an integer (found a string)"),
                bad("offset with a fraction", claim(0, c -> target(c).put("start", 34.5)),
                        "$.documents[0].claims[0].target.start", "expected an integer"),
                bad("offset beyond int", claim(0, c -> target(c).put("end", 99_999_999_999L)),
                        "$.documents[0].claims[0].target.end", "out of range"),
                bad("negative offset", claim(0, c -> target(c).put("start", -1)),
                        "$.documents[0].claims[0].target.start", "-1 is negative"),
                bad("unknown field", claim(0, c -> c.put("confidence", 0.9)),
                        "$.documents[0].claims[0].confidence", "unknown field"),
                bad("figure details on a statement", claim(0, c -> c.putObject("figure")),
                        "$.documents[0].claims[0].figure", "only a claim of kind figure"),
                bad("speaker span with one end",
                        claim(1, c -> ((ObjectNode) c.get("attribution")).putNull("speakerEnd")),
                        "$.documents[0].claims[1].attribution.speakerEnd", "both numbers or both null"),
                bad("speaker span beyond the text", claim(1, c -> ((ObjectNode) c.get("attribution"))
                        .put("speakerEnd", 500)), "$.documents[0].claims[1].attribution.speakerEnd", "beyond the end"),
                bad("unknown figure type", claim(2, c -> ((ObjectNode) c.get("figure")).put("type", "weight")),
                        "$.documents[0].claims[2].figure.type", "unknown figure type \"weight\""),
                bad("unknown severity", claim(3, c -> ((ObjectNode) c.get("issue")).put("severity", "fatal")),
                        "$.documents[0].claims[3].issue.severity", "unknown severity"),
                bad("unknown language", tree(r -> document(r).put("language", "ES")), "$.documents[0].language",
                        "unknown language \"ES\""),
                bad("bad date", claim(0, c -> c.put("createdAt", "yesterday")), "$.documents[0].claims[0].createdAt",
                        "\"yesterday\" is not a date and time"),
                bad("bad evidence date", claim(2, c -> ((ObjectNode) c.at("/evidence/0")).put("accessed", "3/5/2024")),
                        "$.documents[0].claims[2].evidence[0].accessed", "not a date like 2024-05-01"),
                bad("length not matching the text", tree(r -> document(r).put("length", 218)),
                        "$.documents[0].length", "is 218, but the text has 213 code points"),
                bad("summary not matching", tree(r -> ((ObjectNode) r.get("summary")).put("claims", 5)),
                        "$.summary.claims", "says 5 but the report has 4 claims"),
                bad("duplicate key", text -> text.replace("\"kind\": \"statement\",",
                        "\"kind\": \"statement\", \"kind\": \"figure\","), "$.documents[0].claims[0].kind",
                        "the same field appears twice"),
                bad("a JSON array instead of an object", text -> "[1, 2]", "$", "a report is a JSON object"),
                bad("more JSON after the report", text -> text + "{}", "$", "more JSON follows"),
                bad("version as a string", tree(r -> r.put("version", "1")), "$.version", "expected an integer"),
                bad("no format", tree(r -> r.remove("format")), "$.format", "this is not a Factdesk report"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedReports")
    void aMalformedReportIsRejectedWithThePathOfItsFirstProblem(String name, Function<String, String> corrupt,
            String path, String detail) throws IOException {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, corrupt.apply(golden), StandardCharsets.UTF_8);

        ReportFormatException problem = catchThrowableOfType(ReportFormatException.class, () -> reader.read(file));

        assertThat(problem).as(name).isNotNull();
        assertThat(problem.path()).isEqualTo(path);
        assertThat(problem.getMessage()).startsWith("bad.json: " + path + ": ").contains(detail).doesNotContain("\n");
        assertThat(problem.file()).isEqualTo("bad.json");
    }

    @Test
    void aSeventyMegabyteStringIsRejectedCleanly() throws IOException {
        Path file = folder.resolve("huge.json");
        String[] halves = golden.split("\"text\": \"[^\"]*\"", 2);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(halves[0]);
            out.write("\"text\": \"");
            char[] chunk = "a".repeat(1 << 20).toCharArray();
            for (int i = 0; i < 70; i++) {
                out.write(chunk);
            }
            out.write("\"");
            out.write(halves[1]);
        }
        try {
            assertThat(Files.size(file)).isGreaterThan(70L << 20);

            ReportFormatException problem = catchThrowableOfType(ReportFormatException.class,
                    () -> reader.read(file));

            assertThat(problem.path()).isEqualTo("$.documents[0].text");
            assertThat(problem.getMessage()).contains("a string longer than 67108864 characters");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aTextOverFiftyMegabytesIsRejectedWithTheLimit() throws IOException {
        Path file = folder.resolve("long.json");
        String[] halves = golden.split("\"text\": \"[^\"]*\"", 2);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(halves[0]);
            out.write("\"text\": \"");
            char[] chunk = "ñ".repeat(1 << 20).toCharArray();
            for (int i = 0; i < 26; i++) {
                out.write(chunk);
            }
            out.write("\"");
            out.write(halves[1]);
        }

        ReportFormatException problem = catchThrowableOfType(ReportFormatException.class, () -> reader.read(file));

        assertThat(problem.path()).isEqualTo("$.documents[0].text");
        assertThat(problem.detail()).contains("54525952 bytes of UTF-8").contains("50 MB");
    }

    @Test
    void anEmptyFileIsNotAReport() throws IOException {
        Path file = Files.createFile(folder.resolve("empty.json"));

        ReportFormatException problem = catchThrowableOfType(ReportFormatException.class, () -> reader.read(file));

        assertThat(problem.getMessage()).isEqualTo("empty.json: $: the file is empty: it is not a report");
    }

    @Test
    void aZipFileIsNotAReport() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("report.json"));
            zip.write(golden.getBytes(StandardCharsets.UTF_8));
        }
        Path file = folder.resolve("report.zip");
        Files.write(file, bytes.toByteArray());

        ReportFormatException problem = catchThrowableOfType(ReportFormatException.class, () -> reader.read(file));

        assertThat(problem.path()).isEqualTo("$");
        assertThat(problem.getMessage()).startsWith("report.zip: $: not valid JSON").doesNotContain("\n");
    }

    @Test
    void aMissingFileIsNamed() {
        ReportFormatException problem = catchThrowableOfType(ReportFormatException.class,
                () -> reader.read(folder.resolve("nowhere.json")));

        assertThat(problem.getMessage()).isEqualTo("nowhere.json: $: no such file");
    }

    @Test
    void aMalformedStreamIsRejectedWithoutAFileName() {
        ReportFormatException problem = catchThrowableOfType(ReportFormatException.class,
                () -> reader.read(new ByteArrayInputStream("{\"format\": \"factdesk-report\", \"version\": 3}"
                        .getBytes(StandardCharsets.UTF_8))));

        assertThat(problem.file()).isNull();
        assertThat(problem.getMessage()).startsWith("$.version: is 3: this report was made by a newer Factdesk");
    }

    private static Document withoutParagraphs(Document document) {
        return new Document(document.id(), document.title(), document.language(), document.source(),
                document.sha256(), document.text(), List.of(), document.importedAt(), document.previousVersionId());
    }

    private static Arguments bad(String name, Function<String, String> corrupt, String path, String detail) {
        return Arguments.of(name, corrupt, path, detail);
    }

    private static Function<String, String> tree(Consumer<ObjectNode> change) {
        return text -> {
            try {
                ObjectNode report = (ObjectNode) ReportJson.MAPPER.readTree(text);
                change.accept(report);
                return ReportJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Function<String, String> claim(int index, Consumer<ObjectNode> change) {
        return tree(report -> change.accept((ObjectNode) document(report).get("claims").get(index)));
    }

    private static ArrayNode documents(ObjectNode report) {
        return (ArrayNode) report.get("documents");
    }

    private static ObjectNode document(ObjectNode report) {
        return (ObjectNode) documents(report).get(0);
    }

    private static ObjectNode target(ObjectNode claim) {
        return (ObjectNode) claim.get("target");
    }

}
