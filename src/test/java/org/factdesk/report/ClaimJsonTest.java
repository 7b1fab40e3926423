package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimJsonTest {

    static Stream<Claim> everyKindOfClaim() {
        List<Claim> claims = new ArrayList<>(ReportFixtures.goldenClaims());
        claims.addAll(ReportFixtures.sparseContent().claims().get("doc-sparse"));
        return claims.stream();
    }

    @ParameterizedTest
    @MethodSource("everyKindOfClaim")
    void aClaimSnapshotReadsBackEqual(Claim claim) {
        String json = ClaimJson.toJson(claim);

        assertThat(json).doesNotContain("\n");
        assertThat(ClaimJson.fromJson(json)).isEqualTo(claim);
    }

    @Test
    void snapshotsKeepUtf16OffsetsAndTheDocumentId() throws IOException {
        Claim issue = ReportFixtures.goldenClaims().get(3);

        JsonNode json = ReportJson.MAPPER.readTree(ClaimJson.toJson(issue));

        assertThat(json.get("documentId").asText()).isEqualTo("doc-1");
        assertThat(json.at("/target/start").asInt()).isEqualTo(ReportFixtures.TEXT.indexOf("dijo dijo")).isEqualTo(198);
        assertThat(json.has("paragraph")).isFalse();
    }

    @Test
    void aBrokenSnapshotIsRefusedWithItsPath() {
        String json = ClaimJson.toJson(ReportFixtures.goldenClaims().get(0)).replace("\"verdict\":\"true\"",
                "\"verdict\":\"maybe\"");

        assertThatThrownBy(() -> ClaimJson.fromJson(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.verdict: unknown verdict \"maybe\"");
        assertThatThrownBy(() -> ClaimJson.fromJson("{\"id\":")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a claim snapshot: $");
    }

    @Test
    void aDocumentSummaryLeavesTheTextOut() throws IOException {
        Document document = ReportFixtures.goldenDocument();

        JsonNode json = ReportJson.MAPPER.readTree(ClaimJson.toJson(document));

        assertThat(json.get("id").asText()).isEqualTo("doc-1");
        assertThat(json.get("textLength").asInt()).isEqualTo(ReportFixtures.TEXT.length());
        assertThat(json.get("paragraphs").asInt()).isEqualTo(4);
        assertThat(json.has("text")).isFalse();
        assertThat(json.get("previousVersionId").isNull()).isTrue();
    }
}
