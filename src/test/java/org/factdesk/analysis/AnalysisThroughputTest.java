package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.Throughput.Steady;
import org.factdesk.analysis.Throughput.Timing;
import org.factdesk.analysis.attributions.AttributionDetector;
import org.factdesk.analysis.figures.FigureDetector;
import org.factdesk.analysis.statements.StatementScorer;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analysis of a 5 MB article as AnalysisService.analyze runs it (figures, attributions, statements), per
 * stage and in total, in steady state ({@link Throughput#steady}), beside the time merely to read and normalise the
 * text. Nothing is asserted about time.
 */
@Tag("benchmark")
class AnalysisThroughputTest {

    private final FigureDetector figures = new FigureDetector();
    private final AttributionDetector attributions = new AttributionDetector();
    private final StatementScorer statements = new StatementScorer();

    @Test
    void wholeAnalysisOfFiveMegabytesIsReportedBesideReadingIt(@TempDir Path directory) throws IOException {
        String sample = Files.readString(Path.of("assets/kim-putin-summit-es.txt"), StandardCharsets.UTF_8);
        String text = Throughput.fiveMegabytesOf(sample);
        Timing baseline = Throughput.readAndNormalise(text, directory);
        List<Integer> counts = new ArrayList<>();
        Steady figureTime = Throughput.steady(() -> counts.add(figures.find(text, Language.ES).size()));
        Throughput.print("analysis.figures", text, figureTime, baseline, counts.get(0) + " figures");
        counts.clear();
        Steady attributionTime = Throughput.steady(() -> counts.add(attributions.find(text, Language.ES).size()));
        Throughput.print("analysis.attributions", text, attributionTime, baseline, counts.get(0) + " attributions");
        counts.clear();
        Steady statementTime = Throughput.steady(() -> counts.add(statements.proposals(text, Language.ES).size()));
        Throughput.print("analysis.statements", text, statementTime, baseline, counts.get(0) + " statements");
        counts.clear();
        Steady total = Throughput.steady(() -> counts.add(analyse(text)));
        Throughput.print("analysis.total", text, total, baseline, counts.get(0) + " suggestions");

        int copies = text.length() / (sample.length() + 1);
        assertThat(counts.get(0)).isGreaterThanOrEqualTo(analyse(sample) * copies);
    }

    /** As AnalysisService.analyze runs it: one segmentation shared by attributions and statements. */
    private int analyse(String text) {
        AnalysedText analysed = new AnalysedText(text, Language.ES);
        return figures.find(text, Language.ES).size() + attributions.find(analysed).size()
                + statements.proposals(analysed).size();
    }
}
