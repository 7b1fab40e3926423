package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A throwaway throughput figure: the checks on a 5 MB translation, alone and beside its source, printed in MB/s.
 * Nothing is asserted about time (the machine is shared); only that the run finds what it should.
 */
@Tag("benchmark")
class ThroughputTest {

    private static final int TARGET_BYTES = 5 * 1024 * 1024;

    @Test
    void printsThroughputOnFiveMegabytes() throws IOException {
        String sample = Files.readString(QaTestSupport.SAMPLE);
        String slipped = QaTestSupport.read("slipped-es.txt");
        String source = QaTestSupport.read("source-en.txt");
        StringBuilder target = new StringBuilder();
        StringBuilder original = new StringBuilder();
        int copies = TARGET_BYTES / (slipped.getBytes(StandardCharsets.UTF_8).length + 1) + 1;
        for (int i = 0; i < copies; i++) {
            target.append(slipped).append('\n');
            original.append(source).append('\n');
        }
        StringBuilder alone = new StringBuilder();
        while (alone.length() < target.length()) {
            alone.append(sample).append('\n');
        }
        String targetText = target.toString();
        String sourceText = original.toString();
        String aloneText = alone.toString();
        TranslationChecker checker = new TranslationChecker();
        // warm-up on a fifth of the same input, so that the figure is less the JIT compiler's
        checker.check(aloneText.substring(0, aloneText.indexOf('\n', aloneText.length() / 5)), Language.ES,
                Locale.ENGLISH);
        checker.check(targetText.substring(0, targetText.indexOf('\n', targetText.length() / 5)), Language.ES,
                sourceText.substring(0, sourceText.indexOf('\n', sourceText.length() / 5)), Language.EN,
                Locale.ENGLISH);

        // CPU time of this thread as well as wall time: the machine is shared, so wall time alone says little
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double megabytes = aloneText.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        List<QaIssue> aloneIssues = checker.check(aloneText, Language.ES, Locale.ENGLISH);
        double aloneSeconds = (System.nanoTime() - start) / 1e9;
        double aloneCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;

        double pairMegabytes = targetText.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        start = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
        List<QaIssue> pairIssues = checker.check(targetText, Language.ES, sourceText, Language.EN, Locale.ENGLISH);
        double pairSeconds = (System.nanoTime() - start) / 1e9;
        double pairCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;

        System.out.printf("%nTranslation QA throughput (MB of translation per second; wall, then CPU)%n"
                + "  alone:       %.1f MB in %.2f s = %.1f MB/s, CPU %.2f s = %.1f MB/s (%d issues)%n"
                + "  with source: %.1f MB in %.2f s = %.1f MB/s, CPU %.2f s = %.1f MB/s (%d issues)%n",
                megabytes, aloneSeconds, megabytes / aloneSeconds, aloneCpu, megabytes / aloneCpu, aloneIssues.size(),
                pairMegabytes, pairSeconds, pairMegabytes / pairSeconds, pairCpu, pairMegabytes / pairCpu,
                pairIssues.size());
        assertThat(aloneIssues).extracting(QaIssue::check).contains("split-name", "repeated-word", "editorial-note");
        assertThat(pairIssues).extracting(QaIssue::check).contains("number-mismatch", "missing-segment");
    }
}
