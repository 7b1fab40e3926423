package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.attributions.SpeakerNames;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Figure;
import org.factdesk.model.Language;
import org.factdesk.model.Origin;
import org.factdesk.model.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format of the sample article: golden files, schemas, what is left out, and reading back. */
class ExportFormatsTest {

    static final JsonSchema CLAIMREVIEW_SCHEMA = schema("/report/claimreview.schema.json");
    static final JsonSchema W3C_SCHEMA = schema("/report/w3c-annotation.schema.json");

    @TempDir
    Path dir;

    private static JsonSchema schema(String resource) {
        try (InputStream in = ExportFormatsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClaimReviewWriter claimReview(Language language) {
        return new ClaimReviewWriter(language, SpeakerNames::isOrganisation, true);
    }

    @Test
    void claimReviewOfTheSampleMatchesItsGoldenFileAndSchema() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportCounts counts = claimReview(null).write(SampleReport.content(), out);

        GoldenFiles.assertMatches("golden-sample.claimreview.jsonld", out.toByteArray());
        JsonNode reviews = ReportJson.MAPPER.readTree(out.toByteArray());
        assertThat(CLAIMREVIEW_SCHEMA.validate(reviews)).isEmpty();
        assertThat(counts).isEqualTo(new ExportCounts(1, 4, 3, 1));
        assertThat(reviews).hasSize(4);
    }

    @Test
    void claimReviewNamesTheSpeakerOfTheLinkedAttributionAndTheArticleWhereItAppeared() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        claimReview(null).write(SampleReport.content(), out);
        JsonNode reviews = ReportJson.MAPPER.readTree(out.toByteArray());

        JsonNode visit = reviews.get(0);
        assertThat(visit.at("/itemReviewed/author/name").asText())
                .isEqualTo("la Agencia Central de Noticias Oficial de Corea del Norte");
        assertThat(visit.at("/itemReviewed/author/@type").asText()).isEqualTo("Organization");
        assertThat(visit.at("/itemReviewed/firstAppearance/url").asText())
                .isEqualTo("https://noticias.example.com/kim-putin-vladivostok");
        assertThat(visit.at("/reviewRating/alternateName").asText()).isEqualTo("Verdadero");
        assertThat(visit.at("/reviewRating/ratingValue").asInt()).isEqualTo(5);
        assertThat(visit.at("/url").asText())
                .isEqualTo("https://verificado.example.org/cumbre-kim-putin#claim-c1");
        assertThat(visit.at("/author/name").asText()).isEqualTo("Verificado Ejemplo");
        JsonNode watson = reviews.get(1);
        assertThat(watson.at("/itemReviewed/author").toString())
                .isEqualTo("{\"@type\":\"Person\",\"name\":\"Adrienne Watson\"}");
    }

    @Test
    void aFigureInsideAQuoteIsAuthoredByItsSpeakerAndOneOutsideByNobody() throws IOException {
        Document document = SampleReport.document();
        List<Claim> claims = new ArrayList<>(SampleReport.claims());
        String inQuote = "el camarada Vladimir Putin";
        Claim inside = new Claim("f-in", document.id(), ClaimKind.FIGURE,
                ReportFixtures.target(SampleReport.TEXT, inQuote), Verdict.TRUE, "", List.of(), List.of(), "ana",
                SampleReport.CREATED, SampleReport.CHECKED, Origin.MANUAL, null, Figure.empty(), null);
        claims.add(inside);
        claims.sort(Comparator.comparingInt(c -> c.target().start()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        claimReview(null).write(new ReportFixtures.ListContent(SampleReport.PROJECT, List.of(document),
                Map.of(document.id(), claims)), out);

        Map<String, JsonNode> byClaim = new HashMap<>();
        ReportJson.MAPPER.readTree(out.toByteArray()).forEach(r -> byClaim.put(r.path("claimReviewed").asText(), r));
        assertThat(byClaim.get(inQuote).at("/itemReviewed/author/name").asText())
                .isEqualTo("la Agencia Central de Noticias Oficial de Corea del Norte");
        assertThat(byClaim.get("casi la mitad de la población de Corea del Norte estaba desnutrida")
                .at("/itemReviewed/author").isMissingNode()).isTrue();
    }

    @Test
    void claimReviewSpeaksTheChosenLanguage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        claimReview(Language.EN).write(SampleReport.content(), out);
        JsonNode reviews = ReportJson.MAPPER.readTree(out.toByteArray());

        assertThat(reviews.findValuesAsText("alternateName")).containsExactly("True", "Mixed", "Misleading",
                "Mostly true");
    }

    @Test
    void claimReviewNeedsAnOrganisationAndWritesNothingWithoutOne() {
        Path out = dir.resolve("reviews.jsonld");
        ReportContent anonymous = new ReportFixtures.ListContent(new ProjectInfo("p", "p.factdesk", " "),
                List.of(SampleReport.document()), Map.of());

        assertThatThrownBy(() -> claimReview(null).write(anonymous, out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation");
        assertThat(out).doesNotExist();
    }

    @Test
    void w3cAnnotationsOfTheSampleMatchTheirGoldenFileAndSchema() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportCounts counts = new AnnotationWriter(ReportFixtures.CLOCK, ReportFixtures.GENERATOR, true)
                .write(SampleReport.content(), out);

        GoldenFiles.assertMatches("golden-sample.w3c.jsonld", out.toByteArray());
        JsonNode collection = ReportJson.MAPPER.readTree(out.toByteArray());
        assertThat(W3C_SCHEMA.validate(collection)).isEmpty();
        assertThat(counts.claims()).isEqualTo(8);
        assertThat(collection.get("total").asInt()).isEqualTo(8);
    }

    @Test
    void w3cAnnotationsReadBackWithEveryFieldTheyCarry() throws IOException {
        Path file = dir.resolve("annotations.jsonld");
        new AnnotationWriter(ReportFixtures.CLOCK, ReportFixtures.GENERATOR, false).write(ReportFixtures.goldenContent(),
                file);

        assertThat(AnnotationReader.isAnnotationFile(file)).isTrue();
        List<AnnotatedClaim> read = new AnnotationReader().read(file);
        List<Claim> written = ReportFixtures.goldenClaims();
        assertThat(read).hasSameSizeAs(written);
        for (int i = 0; i < read.size(); i++) {
            AnnotatedClaim annotation = read.get(i);
            Claim claim = written.get(i);
            assertThat(annotation.claimId()).isEqualTo(claim.id());
            assertThat(annotation.kind()).isEqualTo(claim.kind());
            assertThat(annotation.verdict()).isEqualTo(claim.verdict());
            assertThat(annotation.note()).isEqualTo(claim.note());
            assertThat(annotation.tags()).isEqualTo(claim.tags());
            assertThat(annotation.exact()).isEqualTo(claim.target().exact());
            assertThat(annotation.prefix()).isEqualTo(claim.target().prefix());
            assertThat(annotation.created()).isEqualTo(claim.createdAt());
            assertThat(annotation.modified()).isEqualTo(claim.updatedAt());
            assertThat(annotation.source()).isEqualTo("urn:factdesk:document:doc-1");
        }
        // Code points: the train and the smiley before the attribution count one each.
        int start = ReportFixtures.TEXT.indexOf("La reunión");
        assertThat(read.get(1).start()).isEqualTo(ReportFixtures.TEXT.codePointCount(0, start));
        assertThat(read.get(1).speaker()).isEqualTo("Putin");
    }

    @Test
    void aReportFileIsNotTakenForAnnotations() throws IOException {
        Path file = dir.resolve("report.json");
        ReportFixtures.WRITER.write(ReportFixtures.goldenContent(), file);

        assertThat(AnnotationReader.isAnnotationFile(file)).isFalse();
    }

    @Test
    void anAnnotationWithoutAQuoteIsRefusedWithItsPath() throws IOException {
        Path file = dir.resolve("bad.jsonld");
        Files.writeString(file, "{\"type\":\"AnnotationCollection\",\"first\":{\"items\":[{\"type\":\"Annotation\","
                + "\"target\":{\"source\":\"https://a.example\",\"selector\":[{\"type\":\"TextPositionSelector\","
                + "\"start\":1,\"end\":3}]}}]}}");

        assertThatThrownBy(() -> new AnnotationReader().read(file)).isInstanceOf(ReportFormatException.class)
                .hasMessage("bad.jsonld: $.first.items[0].target.selector: no TextQuoteSelector: Factdesk needs the "
                        + "quoted text to place the annotation");
    }

    @Test
    void csvOfTheSampleMatchesItsGoldenFileAndParsesBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportCounts counts = new CsvClaimsWriter(false).write(SampleReport.content(), out);

        GoldenFiles.assertMatches("golden-sample.csv", out.toByteArray());
        List<String[]> rows = parseCsv(out.toByteArray());
        assertThat(rows.get(0)).containsExactlyElementsOf(CsvClaimsWriter.COLUMNS);
        assertThat(rows).hasSize(1 + counts.claims()).hasSize(9);
        List<Claim> claims = SampleReport.claims();
        for (int i = 0; i < claims.size(); i++) {
            String[] row = rows.get(i + 1);
            assertThat(row).hasSize(CsvClaimsWriter.COLUMNS.size());
            assertThat(row[2]).isEqualTo(claims.get(i).id());
            assertThat(row[6]).isEqualTo(claims.get(i).target().exact());
            assertThat(row[9]).isEqualTo(claims.get(i).note());
            assertThat(row[8]).isEqualTo(claims.get(i).verdict().id());
        }
    }

    @Test
    void csvKeepsCommasQuotesLineBreaksAndEmojiAndDisarmsFormulas() throws IOException {
        Claim tricky = ReportFixtures.goldenClaims().get(0).withNote("Dijo \"no\", luego\nsí 😀")
                .withTags(List.of("=HYPERLINK(\"http://evil\")", "ok"));
        ReportContent content = new ReportFixtures.ListContent(ReportFixtures.goldenContent().project(),
                List.of(ReportFixtures.goldenDocument()), Map.of("doc-1", List.of(tricky)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvClaimsWriter(true).write(content, out);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String[]> rows = parseCsv(Arrays.copyOfRange(bytes, 3, bytes.length));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)[9]).isEqualTo("Dijo \"no\", luego\nsí 😀");
        assertThat(rows.get(1)[10]).isEqualTo("'=HYPERLINK(\"http://evil\"); ok");
        assertThat(rows.get(1)[4]).isEqualTo(Integer.toString(ReportFixtures.TEXT.codePointCount(0,
                tricky.target().start())));
    }

    private static List<String[]> parseCsv(byte[] bytes) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                .readValues(new String(bytes, StandardCharsets.UTF_8))) {
            return rows.readAll();
        }
    }

    @Test
    void htmlOfTheSampleMatchesItsGoldenFileAndHighlightsEveryClaim() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportCounts counts = new HtmlReportWriter(ReportFixtures.CLOCK, null).write(SampleReport.content(), out);

        GoldenFiles.assertMatches("golden-sample.html", out.toByteArray());
        assertThat(counts.claims()).isEqualTo(8);
        org.jsoup.nodes.Document html = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(html.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(html.select("svg.chart rect")).hasSize(5);
        assertThat(html.select("table.claims tbody tr")).hasSize(8);
        assertThat(html.select(".text sup.ref")).hasSize(8);
        for (ClaimKind kind : ClaimKind.values()) {
            assertThat(html.select(".text span.c.k-" + kind.id())).as(kind.id()).isNotEmpty();
        }
        // The statement lies inside its attribution: both spans cover its words.
        Element statement = html.select(".text span.c.k-statement.v-true").first();
        assertThat(statement.parent().hasClass("k-attribution")).isTrue();
        assertThat(html.select(".text").text()).contains("casi la mitad de la población de Corea del Norte estaba "
                + "desnutrida");
        assertThat(html.select("table.counts").get(1).text()).contains("Adrienne Watson", "Matthew Miller");
        assertThat(html.select("table.counts").get(0).select("tr")).hasSize(1 + 5);
        assertThat(html.select("section.summary").text()).contains("Engañoso");
    }

    @Test
    void theHtmlArticleTextIsTheDocumentTextExactly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(ReportFixtures.CLOCK, Language.EN).write(SampleReport.content(), out);
        org.jsoup.nodes.Document html = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

        html.select(".text sup").remove();
        StringBuilder text = new StringBuilder();
        for (Element paragraph : html.select(".text p")) {
            text.append(paragraph.wholeText()).append('\n');
        }
        assertThat(text.toString().stripTrailing()).isEqualTo(SampleReport.TEXT.stripTrailing());
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void ratingsRunFromFalseToTrue() {
        assertThat(ClaimReviewWriter.ratingValue(Verdict.FALSE)).isEqualTo(ClaimReviewWriter.WORST_RATING);
        assertThat(ClaimReviewWriter.ratingValue(Verdict.TRUE)).isEqualTo(ClaimReviewWriter.BEST_RATING);
        assertThat(ClaimReviewWriter.ratingValue(Verdict.MOSTLY_FALSE))
                .isLessThan(ClaimReviewWriter.ratingValue(Verdict.MIXED))
                .isLessThan(ClaimReviewWriter.ratingValue(Verdict.MOSTLY_TRUE));
    }
}
