package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Language;
import org.factdesk.model.Origin;
import org.factdesk.model.Target;
import org.factdesk.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path folder;

    @Test
    void smallReportMatchesTheHandCheckedGoldenFile() throws IOException {
        Path out = folder.resolve("report.json");
        ReportFixtures.WRITER.write(ReportFixtures.goldenContent(), out);

        // Compared as re-serialised trees: whitespace does not matter, field order and number scale ("0.50") do.
        ObjectMapper exact = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
        JsonNode expected;
        try (InputStream golden = getClass().getResourceAsStream("/report/golden-small.json")) {
            expected = exact.readTree(golden);
        }
        JsonNode actual = exact.readTree(out.toFile());
        assertThat(exact.writerWithDefaultPrettyPrinter().writeValueAsString(actual))
                .isEqualTo(exact.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
    }

    @Test
    void everyExportIsValidAgainstTheSchema() throws IOException {
        for (ReportContent content : List.of(ReportFixtures.goldenContent(), ReportFixtures.sparseContent(),
                generated(2_000))) {
            for (boolean pretty : List.of(true, false)) {
                Path out = folder.resolve("r.json");
                new ReportWriter(ReportFixtures.CLOCK, "Factdesk test", pretty).write(content, out);
                SchemaCheck.assertValid(out);
            }
        }
    }

    @Test
    void theSchemaRejectsWhatTheFormatForbids() throws IOException {
        Path out = folder.resolve("r.json");
        ReportFixtures.WRITER.write(ReportFixtures.goldenContent(), out);
        ObjectNode report = (ObjectNode) ReportJson.MAPPER.readTree(out.toFile());
        ObjectNode claim = (ObjectNode) report.at("/documents/0/claims/0");

        claim.put("kind", "opinion");
        assertThat(SchemaCheck.problems(report)).isNotEmpty();
        claim.put("kind", "statement");
        claim.putObject("figure");
        assertThat(SchemaCheck.problems(report)).as("figure details on a statement").isNotEmpty();
        claim.remove("figure");
        ((ObjectNode) claim.get("target")).put("start", -1);
        assertThat(SchemaCheck.problems(report)).as("negative offset").isNotEmpty();
        ((ObjectNode) claim.get("target")).put("start", 34);
        SchemaCheck.assertValid(report);
    }

    @Test
    void codePointOffsetsSelectExactlyTheQuotedText() throws IOException {
        Path out = folder.resolve("r.json");
        ReportFixtures.WRITER.write(ReportFixtures.goldenContent(), out);
        JsonNode document = ReportJson.MAPPER.readTree(out.toFile()).at("/documents/0");
        String text = document.get("text").asText();

        assertThat(document.get("length").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(document.get("claims")).hasSize(4);
        for (JsonNode claim : document.get("claims")) {
            JsonNode target = claim.get("target");
            int start = text.offsetByCodePoints(0, target.get("start").asInt());
            int end = text.offsetByCodePoints(0, target.get("end").asInt());
            assertThat(text.substring(start, end)).isEqualTo(target.get("exact").asText());
        }
        JsonNode attribution = document.at("/claims/1/attribution");
        assertThat(text.substring(text.offsetByCodePoints(0, attribution.get("speakerStart").asInt()),
                text.offsetByCodePoints(0, attribution.get("speakerEnd").asInt()))).isEqualTo("Putin");
        // The emoji before each span make code points and UTF-16 chars differ.
        assertThat(document.at("/claims/3/target/start").asInt()).isEqualTo(193)
                .isNotEqualTo(ReportFixtures.TEXT.indexOf("dijo dijo"));
    }

    @Test
    void theSampleArticleExportsWithValidOffsets() throws IOException {
        String text = Files.readString(Path.of("assets/kim-putin-summit-es.txt"), StandardCharsets.UTF_8);
        Document document = new Document("sample", "Kim y Putin", Language.ES, "kim-putin-summit-es.txt",
                "a".repeat(64), text, ReportFixtures.paragraphs(text), ReportFixtures.IMPORTED, null);
        Claim claim = Claim.create("sample", ClaimKind.FIGURE, ReportFixtures.target(text, "Vladimir Putin"), "ana",
                Origin.MANUAL, ReportFixtures.CREATED);
        Path out = folder.resolve("sample.json");
        ReportFixtures.WRITER.write(new ReportFixtures.ListContent(new ProjectInfo("p", "p.factdesk", null),
                List.of(document), Map.of("sample", List.of(claim))), out);

        SchemaCheck.assertValid(out);
        JsonNode written = ReportJson.MAPPER.readTree(out.toFile()).at("/documents/0/claims/0");
        assertThat(written.at("/paragraph").asInt()).isEqualTo(2);
        assertThat(written.at("/figure/value").isNull()).isTrue();
    }

    @Test
    void summaryCountsKindsAndVerdicts() throws IOException {
        ReportSummary summary =
                ReportFixtures.WRITER.write(ReportFixtures.goldenContent(), new ByteArrayOutputStream());

        assertThat(summary.documents()).isEqualTo(1);
        assertThat(summary.claims()).isEqualTo(4);
        assertThat(summary.byKind()).containsEntry(ClaimKind.FIGURE, 1).hasSize(ClaimKind.values().length);
        assertThat(summary.byVerdict()).containsEntry(Verdict.UNVERIFIED, 2).containsEntry(Verdict.FALSE, 0);
    }

    @Test
    void generatorNamesFactdeskAndAVersion() {
        assertThat(ReportWriter.defaultGenerator()).matches("Factdesk \\S+");
    }

    @Test
    void oneHundredThousandClaimsAreStreamedToAValidFile(TestReporter reporter) throws IOException {
        int count = 100_000;
        Path out = folder.resolve("big.json");
        long started = System.nanoTime();
        ReportSummary summary = new ReportWriter().write(generated(count), out);
        long millis = (System.nanoTime() - started) / 1_000_000;
        reporter.publishEntry("100k claims written", millis + " ms, " + Files.size(out) / 1024 + " KiB");

        assertThat(summary.claims()).isEqualTo(count);
        int claims = 0;
        try (JsonParser parser = ReportJson.FACTORY.createParser(out.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && "verdict".equals(parser.currentName())) {
                    claims++;
                }
            }
        }
        assertThat(claims).isEqualTo(count);
        ReportData read = new ReportReader().read(out);
        assertThat(read.documents().get(0).claims()).hasSize(count);
    }

    @Test
    void aFailureMidWayLeavesThePreviousReportAndNoTemporaryFile() throws IOException {
        Path out = folder.resolve("report.json");
        Files.writeString(out, "previous report");
        ReportContent failing = new ReportContent() {
            @Override
            public ProjectInfo project() {
                return new ProjectInfo("p", "p.factdesk", null);
            }

            @Override
            public List<Document> documents() {
                return List.of(ReportFixtures.goldenDocument());
            }

            @Override
            public void forEachClaim(String documentId, Consumer<Claim> sink) {
                ReportFixtures.goldenClaims().stream().limit(2).forEach(sink);
                throw new IllegalStateException("the project file went away");
            }
        };

        assertThatThrownBy(() -> ReportFixtures.WRITER.write(failing, out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("went away");

        assertThat(Files.readString(out)).isEqualTo("previous report");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aSuccessfulWriteReplacesThePreviousReport() throws IOException {
        Path out = folder.resolve("report.json");
        Files.writeString(out, "previous report");

        ReportFixtures.WRITER.write(ReportFixtures.goldenContent(), out);

        assertThat(new ReportReader().read(out).documents()).hasSize(1);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aClaimWhoseQuoteIsNotInTheTextIsRefusedAndNothingWritten() throws IOException {
        Path out = folder.resolve("report.json");
        Claim wrong = ReportFixtures.goldenClaims().get(0).withTarget(new Target(0, 3, "Kam", "", ""));
        ReportContent content = new ReportFixtures.ListContent(new ProjectInfo("p", "p.factdesk", null),
                List.of(ReportFixtures.goldenDocument()), Map.of("doc-1", List.of(wrong)));

        assertThatThrownBy(() -> ReportFixtures.WRITER.write(content, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim-statement");
        assertThat(out).doesNotExist();
    }

    /** One long document with {@code count} claims made on the fly, never held in a list. */
    static ReportContent generated(int count) {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; builder.length() < 200_000; i++) {
            builder.append("Párrafo ").append(i).append(" con 😀 cifras: el 45 % dijo que sí.\n");
        }
        String text = builder.toString();
        Document document = new Document("big", "Generado", Language.ES, "generado.txt", "b".repeat(64), text,
                ReportFixtures.paragraphs(text), ReportFixtures.IMPORTED, null);
        int span = "el 45 %".length();
        return new ReportContent() {
            @Override
            public ProjectInfo project() {
                return new ProjectInfo("Grande", "grande.factdesk", "Org");
            }

            @Override
            public List<Document> documents() {
                return List.of(document);
            }

            @Override
            public void forEachClaim(String documentId, Consumer<Claim> sink) {
                int from = 0;
                Instant at = ReportFixtures.CREATED;
                for (int i = 0; i < count; i++) {
                    int start = text.indexOf("el 45 %", from);
                    if (start < 0) {
                        from = 0;
                        start = text.indexOf("el 45 %", from);
                    }
                    from = start + span;
                    ClaimKind kind = ClaimKind.values()[i % 3];
                    Claim claim = Claim.create(documentId, kind,
                            new Target(start, start + span, "el 45 %", "cifras: ", " dijo"), "bot", Origin.SUGGESTED,
                            at).withVerdict(Verdict.values()[i % Verdict.values().length]);
                    sink.accept(claim);
                }
            }
        };
    }
}
