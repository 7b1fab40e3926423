package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.analysis.Throughput;
import org.factdesk.analysis.Throughput.Steady;
import org.factdesk.analysis.Throughput.Timing;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A throwaway throughput figure: the checks on a 5 MB translation, alone and beside its source, printed in MB/s.
 * Nothing is asserted about time (the machine is shared); only that the run finds what it should.
 */
@Tag("benchmark")
class ThroughputTest {

    private static final int TARGET_BYTES = 5 * 1024 * 1024;

    @Test
    void printsThroughputOnFiveMegabytes(@TempDir Path directory) throws IOException {
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
        // in steady state, in CPU time of this thread as well as wall time: the machine is shared
        Timing baseline = Throughput.readAndNormalise(aloneText, directory);
        List<List<QaIssue>> aloneRuns = new ArrayList<>();
        Steady aloneTime = Throughput.steady(() -> aloneRuns.add(checker.check(aloneText, Language.ES, Locale.ENGLISH)));
        List<QaIssue> aloneIssues = aloneRuns.get(0);
        Throughput.print("qa.alone", aloneText, aloneTime, baseline, aloneIssues.size() + " issues");
        List<List<QaIssue>> pair = new ArrayList<>();
        Steady pairTime = Throughput.steady(() -> pair.add(
                checker.check(targetText, Language.ES, sourceText, Language.EN, Locale.ENGLISH)));
        List<QaIssue> pairIssues = pair.get(0);
        Throughput.print("qa.with-source", targetText, pairTime, Throughput.readAndNormalise(targetText, directory),
                pairIssues.size() + " issues (MB of translation; the source is read as well)");
        // a source with paragraphs the translation lacks (every tenth): the alignment must stay linear
        StringBuilder gappy = new StringBuilder();
        String[] paragraphs = targetText.split("\n");
        for (int p = 0; p < paragraphs.length; p++) {
            if (p % 10 != 9) {
                gappy.append(paragraphs[p]).append('\n');
            }
        }
        String gappyText = gappy.toString();
        List<List<QaIssue>> gappyRuns = new ArrayList<>();
        Steady gappyTime = Throughput.steady(() -> gappyRuns.add(
                checker.check(gappyText, Language.ES, sourceText, Language.EN, Locale.ENGLISH)));
        Throughput.print("qa.with-source-gaps", gappyText, gappyTime,
                Throughput.readAndNormalise(gappyText, directory), gappyRuns.get(0).size() + " issues");
        assertThat(gappyRuns.get(0)).extracting(QaIssue::check).contains("missing-segment");
        assertThat(aloneIssues).extracting(QaIssue::check).contains("split-name", "repeated-word", "editorial-note");
        assertThat(pairIssues).extracting(QaIssue::check).contains("number-mismatch", "missing-segment");
    }
}
