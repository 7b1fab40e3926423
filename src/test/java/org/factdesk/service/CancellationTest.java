package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Instant;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Origin;
import org.factdesk.text.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelled work leaves the project and the files on disk exactly as they were. */
class CancellationTest {

    @TempDir
    Path dir;

    /** A monitor that cancels after it has been asked a number of times. */
    private static Monitor cancelAfter(int checks, List<Double> progress) {
        AtomicInteger asked = new AtomicInteger();
        return new Monitor() {
            @Override
            public void progress(double fraction) {
                progress.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > checks;
            }
        };
    }

    @Test
    void aCancelledExportLeavesTheEarlierReportAndNoTemporaryFile() throws Exception {
        try (Workspace workspace = WorkspaceFixtures.sample(dir.resolve("p.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            String doc = workspace.documents().list().get(0).id();
            String text = workspace.documents().get(doc).text();
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                int start = (i * 7) % (text.length() - 10);
                while (!Character.isLetter(text.charAt(start))) {
                    start++;
                }
                claims.add(Claim.create(doc, ClaimKind.STATEMENT, Targets.of(text, start, start + 1), "ana",
                        Origin.MANUAL, Instant.parse("2026-11-20T10:00:00Z")));
            }
            workspace.store().inTransaction(() -> workspace.store().claims().insertAll(claims));
            Path out = dir.resolve("report.json");
            Files.writeString(out, "earlier report");
            List<Double> progress = new ArrayList<>();
            assertThatThrownBy(() -> workspace.reports().exportJson(out, cancelAfter(1, progress)))
                    .isInstanceOf(CancelledException.class);
            assertThat(Files.readString(out)).isEqualTo("earlier report");
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
            assertThat(progress).isNotEmpty().allMatch(f -> f > 0 && f <= 1);
        }
    }

    @Test
    void aCancelledImportImportsNothing() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("p.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            Path second = dir.resolve("second.txt");
            Files.writeString(second, "The minister said that 40% of the budget went to health.\n");
            assertThatThrownBy(() -> workspace.documents().importFiles(List.of(WorkspaceFixtures.SAMPLE, second),
                    null, cancelAfter(2, new ArrayList<>()))).isInstanceOf(CancelledException.class);
            assertThat(workspace.documents().list()).isEmpty();
        }
    }
}
