package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of {@code factdesk qa} on a 5 MB translation with its source (the files the command reads), with and
 * without LanguageTool, printed in MB/s. LanguageTool's start-up (building its rules) is measured apart.
 * Run with {@code mvn -Pbench verify} or {@code -Dtest=QaLanguageToolThroughputTest -Dtest.excludedGroups=}.
 */
@Tag("benchmark")
class QaLanguageToolThroughputTest {

    private static final int TARGET_BYTES = 5 * 1024 * 1024;
    private static final Path QA = Path.of("src/test/resources/analysis/qa");

    @TempDir
    Path dir;

    @Test
    void printsThroughputWithAndWithoutLanguageTool() throws Exception {
        String slipped = Files.readString(QA.resolve("slipped-es.txt"));
        String source = Files.readString(QA.resolve("source-en.txt"));
        StringBuilder target = new StringBuilder();
        StringBuilder original = new StringBuilder();
        while (target.length() < TARGET_BYTES) {
            target.append(slipped).append('\n');
            original.append(source).append('\n');
        }
        Path targetFile = dir.resolve("target-es.txt");
        Path sourceFile = dir.resolve("source-en.txt");
        Files.writeString(targetFile, target, StandardCharsets.UTF_8);
        Files.writeString(sourceFile, original, StandardCharsets.UTF_8);
        double megabytes = Files.size(targetFile) / (1024.0 * 1024.0);
        AnalysisService service = new AnalysisService();

        long start = System.nanoTime();
        GrammarService.shared().check("Hola.", Language.ES, Locale.ENGLISH, Monitor.NONE);
        double startUp = (System.nanoTime() - start) / 1e9;

        service.review(targetFile, Language.ES, sourceFile, Locale.ENGLISH, false); // JIT warm-up
        start = System.nanoTime();
        QaResult ours = service.review(targetFile, Language.ES, sourceFile, Locale.ENGLISH, false);
        double oursSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        QaResult both = service.review(targetFile, Language.ES, sourceFile, Locale.ENGLISH, true);
        double bothSeconds = (System.nanoTime() - start) / 1e9;
        long grammar = both.issues().stream().filter(i -> i.check().startsWith("languagetool:")).count();

        System.out.printf("%nfactdesk qa on %.1f MB of translation with its source (wall time, shared machine)%n"
                + "  our checks only:        %6.1f s = %6.2f MB/s (%d issues)%n"
                + "  with LanguageTool:      %6.1f s = %6.2f MB/s (%d issues, %d of them LanguageTool's)%n"
                + "  LanguageTool start-up:  %6.1f s (once per process; the window does it in the background)%n",
                megabytes, oursSeconds, megabytes / oursSeconds, ours.issues().size(), bothSeconds,
                megabytes / bothSeconds, both.issues().size(), grammar, startUp);
        assertThat(grammar).isPositive();
        assertThat(both.issues().size()).isGreaterThan(ours.issues().size());
    }
}
