package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Claim;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.Monitor;
import org.factdesk.service.Session;
import org.factdesk.service.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What suggestions cost on a large article in a real project: analysing and saving, reading the pending ones back
 * (what showing the article does), accepting every figure in one step and undoing it. Prints the figures
 * ({@code mvn -o -Pbench test -Dtest=SuggestionBenchmark}); asserts only that the work was done.
 */
@Tag("benchmark")
class SuggestionBenchmark {

    @TempDir
    Path dir;

    @Test
    void suggestionsOnAOneMegabyteArticle() throws Exception {
        String text = BenchData.article(1_000_000);
        try (Workspace workspace = Workspace.create(dir.resolve("bench.factdesk"),
                new Session("bench", Clock.systemUTC()))) {
            DocumentInfo document = workspace.documents().importText("bench", text, null);
            long t0 = System.nanoTime();
            int added = workspace.suggestions().analyze(document.id(), Monitor.NONE);
            long t1 = System.nanoTime();
            int pending = workspace.suggestions().pending(document.id()).size();
            long t2 = System.nanoTime();
            List<Claim> figures = workspace.suggestions().acceptAll(document.id(), ClaimKind.FIGURE);
            long t3 = System.nanoTime();
            workspace.history().undo();
            long t4 = System.nanoTime();
            int again = workspace.suggestions().analyze(document.id(), Monitor.NONE);
            long t5 = System.nanoTime();
            System.out.printf(Locale.ROOT, "1 MB article (%,d chars): analyse + save %,d suggestions %,d ms;"
                    + " read %,d pending %,d ms; accept all %,d figures %,d ms; undo %,d ms;"
                    + " re-analyse (%d new) %,d ms%n", text.length(), added, (t1 - t0) / 1_000_000, pending,
                    (t2 - t1) / 1_000_000, figures.size(), (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, again,
                    (t5 - t4) / 1_000_000);
            assertThat(pending).isEqualTo(added);
            assertThat(again).isZero();
        }
    }
}
