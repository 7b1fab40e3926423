package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Claim;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.ExportFormat;
import org.factdesk.service.ExportOptions;
import org.factdesk.service.ExportResult;
import org.factdesk.service.Monitor;
import org.factdesk.service.Session;
import org.factdesk.service.Workspace;
import org.factdesk.store.ProjectStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time and size of each export format for a 1 MB article with 20,000 claims (median of 3 runs after a warm-up).
 * Prints a table; run with {@code mvn -B -o -Pbench test -Dtest=ExportFormatsBenchmark}.
 */
@Tag("benchmark")
class ExportFormatsBenchmark {

    private static final int CLAIMS = 20_000;

    @TempDir
    Path dir;

    @Test
    void printsTheTimeAndSizeOfEveryFormat() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, BenchData.article(1024 * 1024), StandardCharsets.UTF_8);
        Path project = dir.resolve("bench.factdesk");
        String documentId;
        try (Workspace workspace = Workspace.create(project, Session.ofSystemUser())) {
            DocumentInfo info = workspace.documents().importFiles(List.of(article), null).get(0);
            documentId = info.id();
            workspace.reports().setPublisher(new org.factdesk.service.ReportService.Publisher("Bench",
                    "https://bench.example"));
        }
        try (ProjectStore store = ProjectStore.open(project)) {
            String text = store.documents().find(documentId).orElseThrow().text();
            List<Claim> claims = BenchData.claims(documentId, text, CLAIMS, 42);
            store.inTransaction(() -> store.claims().insertAll(claims));
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-12s %10s %12s %8s%n", "format",
                "median ms", "bytes", "claims"));
        try (Workspace workspace = Workspace.open(project, true, Session.ofSystemUser())) {
            for (ExportFormat format : ExportFormat.values()) {
                Path out = dir.resolve("out." + format.id());
                workspace.reports().export(format, out, ExportOptions.DEFAULT, Monitor.NONE);
                long[] times = new long[3];
                ExportResult result = null;
                for (int i = 0; i < times.length; i++) {
                    long t0 = System.nanoTime();
                    result = workspace.reports().export(format, out, ExportOptions.DEFAULT, Monitor.NONE);
                    times[i] = System.nanoTime() - t0;
                }
                java.util.Arrays.sort(times);
                assertThat(result.claims() + result.leftOut()).isEqualTo(CLAIMS);
                table.append(String.format(Locale.ROOT, "%-12s %10.0f %12d %8d%n", format.id(), times[1] / 1e6,
                        Files.size(out), result.claims()));
            }
        }
        System.out.println(table);
    }
}
