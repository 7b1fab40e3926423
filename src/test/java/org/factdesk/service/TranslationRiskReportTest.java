package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.report.ReportData;
import org.factdesk.report.ReportReader;
import org.factdesk.report.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation risks in the report JSON: written for the claims review issues touch, schema-valid, read back. */
class TranslationRiskReportTest {

    private static final String TEXT = "El ministro dijo que la la reunión fue un éxito 🎉.\nTodo fue bien.\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void claimTouchedByAnIssueCarriesItsRiskInTheReport() throws Exception {
        Path article = dir.resolve("es.txt");
        Files.writeString(article, TEXT, StandardCharsets.UTF_8);
        Path out = dir.resolve("report.json");
        Claim risky;
        try (Workspace workspace = Workspace.create(dir.resolve("p.factdesk"), Session.ofSystemUser())) {
            String doc = workspace.documents().importFiles(List.of(article), null).get(0).id();
            workspace.review().review(doc, false, Locale.ENGLISH, Monitor.NONE);
            risky = workspace.claims().mark(doc, ClaimKind.STATEMENT, 0, TEXT.indexOf('\n'));
            workspace.claims().mark(doc, ClaimKind.STATEMENT, TEXT.indexOf("Todo"), TEXT.lastIndexOf('.'));
            workspace.reports().exportJson(out);
        }

        JsonNode report = JSON.readTree(out.toFile());
        assertThat(SchemaCheck.problems(report)).isEmpty();
        JsonNode claims = report.get("documents").get(0).get("claims");
        JsonNode risks = claims.get(0).get("translationRisks");
        assertThat(risks).isNotNull();
        assertThat(risks).anySatisfy(risk -> {
            assertThat(risk.get("check").asText()).isEqualTo("repeated-word");
            assertThat(risk.get("text").asText()).containsIgnoringCase("la");
            assertThat(risk.get("message").asText()).isNotBlank();
        });
        assertThat(claims.get(1).has("translationRisks")).isFalse();

        ReportData read = new ReportReader().read(out);
        assertThat(read.documents().get(0).risks().get(risky.id()))
                .anySatisfy(risk -> assertThat(risk.check()).isEqualTo("repeated-word"));
    }

    @Test
    void reportWithoutRisksStillImports() throws Exception {
        Path article = dir.resolve("es.txt");
        Files.writeString(article, TEXT, StandardCharsets.UTF_8);
        Path out = dir.resolve("report.json");
        try (Workspace workspace = Workspace.create(dir.resolve("p.factdesk"), Session.ofSystemUser())) {
            String doc = workspace.documents().importFiles(List.of(article), null).get(0).id();
            workspace.claims().mark(doc, ClaimKind.STATEMENT, 0, TEXT.indexOf('\n'));
            workspace.reports().exportJson(out);
        }
        assertThat(Files.readString(out)).doesNotContain("translationRisks");
        try (Workspace other = Workspace.create(dir.resolve("q.factdesk"), Session.ofSystemUser())) {
            other.reports().importReport(out);
            assertThat(other.claims().list(null)).hasSize(1);
        }
    }
}
