package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.factdesk.model.Document;
import org.factdesk.text.SpanContract;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the report importer: any bytes are either a report whose every claim selects valid text of its document, or
 * are rejected with a {@link ReportFormatException} that carries a JSON path. Nothing else escapes; nothing hangs.
 */
class ReportReaderFuzzTest {

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void anyBytesAreAValidReportOrRejectedWithAJsonPath(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        ReportData report;
        try {
            report = new ReportReader().read(new ByteArrayInputStream(bytes));
        } catch (ReportFormatException rejected) {
            assertThat(rejected.path()).startsWith("$");
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        for (ReportDocument read : report.documents()) {
            Document document = read.document();
            read.claims().forEach(claim -> {
                assertThat(claim.documentId()).isEqualTo(document.id());
                SpanContract.assertSelectsValidText(document.text(), claim.target().start(), claim.target().end(),
                        "claim " + claim.id());
                assertThat(document.text().substring(claim.target().start(), claim.target().end()))
                        .isEqualTo(claim.target().exact());
            });
        }
    }
}
