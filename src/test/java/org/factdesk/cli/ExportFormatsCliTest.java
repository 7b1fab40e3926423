package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk export --format claimreview|w3c|csv|html} and {@code report import} of W3C annotations. */
class ExportFormatsCliTest {

    private static final Path SAMPLE = Path.of("assets", "kim-putin-summit-es.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void markTwoClaims() throws Exception {
        project = dir.resolve("p.factdesk");
        CliRun imported = CliRun.of("import", "-p", project.toString(), "--format", "json", SAMPLE.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        String doc = JSON.readTree(imported.out()).get("documents").get(0).get("id").asText();
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        int start = text.codePointCount(0, text.indexOf("casi la mitad"));
        CliRun figure = CliRun.of("claim", "add", "-p", project.toString(), "--doc", doc, "--kind", "figure",
                "--start", Integer.toString(start), "--end", Integer.toString(start + 13), "--verdict", "mostly-true",
                "--note", "FAO", "--tag", "salud");
        assertThat(figure.exit()).as(figure.toString()).isZero();
        CliRun statement = CliRun.of("claim", "add", "-p", project.toString(), "--doc", doc, "--kind", "statement",
                "--start", "0", "--end", "11");
        assertThat(statement.exit()).as(statement.toString()).isZero();
    }

    @Test
    void claimReviewSaysWhatWasLeftOutAndWhy() throws Exception {
        Path out = dir.resolve("reviews.jsonld");
        CliRun run = CliRun.of("export", "-p", project.toString(), "--format", "claimreview", "--out", out.toString(),
                "--organisation", "Verificado", "--organisation-url", "https://verificado.example", "--lang", "en");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("1 claims.", "1 unverified claims were left out");
        JsonNode reviews = JSON.readTree(out.toFile());
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).at("/reviewRating/alternateName").asText()).isEqualTo("Mostly true");
    }

    @Test
    void thePublicationOfAnArticleIsItsAppearanceInClaimReview() throws Exception {
        String doc = JSON.readTree(CliRun.of("documents", "-p", project.toString(), "--format", "json").out())
                .get("documents").get(0).get("id").asText();
        CliRun set = CliRun.of("publication", "-p", project.toString(), "--doc", doc.substring(0, 8), "--url",
                "https://noticias.example/kim", "--date", "2023-09-11");
        assertThat(set.exit()).as(set.toString()).isZero();
        Path out = dir.resolve("reviews.jsonld");

        CliRun run = CliRun.of("export", "-p", project.toString(), "--format", "claimreview", "--out", out.toString(),
                "--organisation", "Verificado");

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode claim = JSON.readTree(out.toFile()).get(0).get("itemReviewed");
        assertThat(claim.at("/firstAppearance/url").asText()).isEqualTo("https://noticias.example/kim");
        assertThat(claim.at("/firstAppearance/datePublished").asText()).isEqualTo("2023-09-11");
        assertThat(claim.at("/datePublished").asText()).isEqualTo("2023-09-11");
        CliRun bad = CliRun.of("publication", "-p", project.toString(), "--doc", doc, "--url", "javascript:x");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("http");
    }

    @Test
    void claimReviewWithoutAnOrganisationIsBadInputInOneLine() {
        Path out = dir.resolve("reviews.jsonld");
        CliRun run = CliRun.of("export", "-p", project.toString(), "--format", "claimreview", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("organisation");
        assertThat(out).doesNotExist();
    }

    @Test
    void csvWithBomAndHtmlAreWritten() throws Exception {
        Path csv = dir.resolve("claims.csv");
        Path html = dir.resolve("report.html");

        assertThat(CliRun.of("export", "-p", project.toString(), "--format", "csv", "--bom", "--out", csv.toString())
                .exit()).isZero();
        assertThat(CliRun.of("export", "-p", project.toString(), "--format", "html", "--out", html.toString())
                .exit()).isZero();

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).lines()).hasSize(3);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("casi la mitad");
    }

    @Test
    void w3cAnnotationsExportedAndImportedIntoAnotherProjectWithTheArticle() throws Exception {
        Path annotations = dir.resolve("a.jsonld");
        assertThat(CliRun.of("export", "-p", project.toString(), "--format", "w3c", "--out", annotations.toString())
                .exit()).isZero();
        Path other = dir.resolve("other.factdesk");
        assertThat(CliRun.of("import", "-p", other.toString(), SAMPLE.toString()).exit()).isZero();

        CliRun run = CliRun.of("report", "import", "-p", other.toString(), annotations.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Claims: 2 added (0 re-anchored onto a changed text), 0 already present.");
        CliRun list = CliRun.of("claim", "list", "-p", other.toString(), "--format", "json");
        assertThat(JSON.readTree(list.out()).get("claims")).hasSize(2);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("export", "-p", project.toString(), "--format", "pdf", "--out", "x.pdf");

        assertThat(run.exit()).isEqualTo(2);
    }
}
