package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.analysis.Throughput;
import org.factdesk.analysis.Throughput.Timing;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of {@code factdesk qa} on a translation with its source (the files the command reads), with and without
 * LanguageTool, printed in MB/s on growing sizes: LanguageTool checks the text in pieces of 20,000 chars, so its time
 * should grow linearly, and the figures on the sizes side by side show whether it does. LanguageTool's start-up
 * (building its rules) is measured apart. The full 5 MB takes LanguageTool over ten minutes, so the default sizes
 * stop at 1 MB; {@code -Dqa.languagetool.sizes=50K,200K,1M,5M} measures the full size too.
 * Run with {@code mvn -Pbench verify} or {@code -Dtest=QaLanguageToolThroughputTest -Dtest.excludedGroups=}.
 */
@Tag("benchmark")
class QaLanguageToolThroughputTest {

    private static final Path QA = Path.of("src/test/resources/analysis/qa");

    @TempDir
    Path dir;

    @Test
    void printsThroughputWithAndWithoutLanguageTool() throws Exception {
        String slipped = Files.readString(QA.resolve("slipped-es.txt"));
        String source = Files.readString(QA.resolve("source-en.txt"));
        AnalysisService service = new AnalysisService();
        assertThat(GrammarService.shared().installed()).as("LanguageTool on the test class path").isTrue();

        Timing startUp = Throughput.time(() -> check(
                () -> GrammarService.shared().check("Hola.", Language.ES, Locale.ENGLISH, Monitor.NONE)));
        // Test output: benchmark figures are read by people, not asserted.
        System.out.printf(Locale.ROOT, "LanguageTool start-up: %.1f s wall (once per process; the window does it in"
                + " the background)%n", startUp.wallSeconds());

        // LanguageTool's own warm-up (its code compiled by the JIT) on one piece, so that the smallest size is not
        // mostly that
        String piece = (slipped + "\n").repeat(20);
        check(() -> GrammarService.shared().check(piece, Language.ES, Locale.ENGLISH, Monitor.NONE));

        List<String> rates = new ArrayList<>();
        for (String size : System.getProperty("qa.languagetool.sizes", "50K,200K,1M").split(",")) {
            int copies = bytes(size.strip()) / (slipped.getBytes(StandardCharsets.UTF_8).length + 1) + 1;
            StringBuilder target = new StringBuilder();
            StringBuilder original = new StringBuilder();
            for (int i = 0; i < copies; i++) {
                target.append(slipped).append('\n');
                original.append(source).append('\n');
            }
            Path targetFile = Files.writeString(dir.resolve("target-es.txt"), target, StandardCharsets.UTF_8);
            Path sourceFile = Files.writeString(dir.resolve("source-en.txt"), original, StandardCharsets.UTF_8);
            String text = target.toString();
            Timing baseline = Throughput.readAndNormalise(text, dir);

            List<QaResult> ours = new ArrayList<>();
            review(service, targetFile, sourceFile, false, new ArrayList<>()); // JIT warm-up
            Timing oursTime = Throughput.time(() -> review(service, targetFile, sourceFile, false, ours));
            List<QaResult> both = new ArrayList<>();
            Timing bothTime = Throughput.time(() -> review(service, targetFile, sourceFile, true, both));
            long grammar = both.get(0).issues().stream().filter(i -> i.check().startsWith("languagetool:")).count();

            Throughput.print("qa.with-source.service", text, oursTime, baseline,
                    ours.get(0).issues().size() + " issues; files read, offsets in code points, as factdesk qa");
            // LanguageTool runs at hundredths of a MB/s: the shared one-decimal line would print 0.0
            double megabytes = megabytes(text);
            System.out.printf(Locale.ROOT, "BENCH qa.with-source+languagetool: %.2f MB in %.1f s wall = %.4f MB/s;"
                    + " CPU %.1f s = %.4f MB/s; %d issues, %d of them LanguageTool's; size %s%n", megabytes,
                    bothTime.wallSeconds(), megabytes / bothTime.wallSeconds(), bothTime.cpuSeconds(),
                    megabytes / bothTime.cpuSeconds(), both.get(0).issues().size(), grammar, size);
            rates.add(String.format(Locale.ROOT, "%s %.4f MB/s", size, megabytes / bothTime.cpuSeconds()));
            // LanguageTool's rules find nothing to add on this translation (its slips are ours to find): the time is
            // what is measured here, and its findings are LanguageToolQualityTest's
            assertThat(both.get(0).issues()).containsAll(ours.get(0).issues());
        }
        System.out.println("LanguageTool throughput by size (thread CPU; linear if about equal): " + rates);
    }

    private static void review(AnalysisService service, Path target, Path source, boolean withGrammar,
            List<QaResult> into) {
        check(() -> into.add(service.review(target, Language.ES, source, Locale.ENGLISH, withGrammar)));
    }

    /** Runs a piece of work that may throw, for the timing helpers that take a Runnable. */
    private static void check(ThrowingWork work) {
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface ThrowingWork {
        void run() throws Exception;
    }

    /** "50K" is 50 × 1024 bytes, "1M" 1024 × 1024. */
    private static int bytes(String size) {
        char unit = Character.toUpperCase(size.charAt(size.length() - 1));
        int number = Integer.parseInt(size.substring(0, size.length() - 1));
        return unit == 'M' ? number * 1024 * 1024 : number * 1024;
    }

    private static double megabytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
    }
}
