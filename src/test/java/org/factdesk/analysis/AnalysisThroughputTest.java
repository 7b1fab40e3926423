package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /**
     * A long text names thousands of people (a book, a collection of articles): the labelled Spanish news, every copy
     * with its own names (each capitalised word after a lower-case one gets a suffix of its copy), so that finding a
     * speaker's earlier mentions must not read every speaker seen so far (it did, and the time grew with the
     * square of the text).
     */
    @Test
    void attributionsOfFiveMegabytesWithThousandsOfSpeakersAreReported(@TempDir Path directory) throws IOException {
        StringBuilder news = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/analysis/attributions"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("es-.*\\.txt")).sorted().toList()) {
                news.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        Pattern name = Pattern.compile("(?<=[a-záéíóúñ,] )\\p{Lu}\\p{Ll}{3,}");
        StringBuilder text = new StringBuilder();
        for (int copy = 0; text.length() < Throughput.FIVE_MEGABYTES; copy++) {
            String suffix = Integer.toString(copy, 26).chars().mapToObj(c -> String.valueOf((char) ('a'
                    + Character.digit(c, 26)))).collect(Collectors.joining());
            text.append(name.matcher(news).replaceAll(m -> m.group() + suffix));
        }
        String many = text.toString();
        List<Integer> counts = new ArrayList<>();
        Steady time = Throughput.steady(() -> counts.add(attributions.find(many, Language.ES).size()));
        Throughput.print("analysis.attributions.many-speakers", many, time, Throughput.readAndNormalise(many,
                directory), counts.get(0) + " attributions");

        assertThat(counts).allMatch(count -> count.equals(counts.get(0))).first().isNotEqualTo(0);
    }

    /** As AnalysisService.analyze runs it: one segmentation shared by attributions and statements. */
    private int analyse(String text) {
        AnalysedText analysed = new AnalysedText(text, Language.ES);
        return figures.find(text, Language.ES).size() + attributions.find(analysed).size()
                + statements.proposals(analysed).size();
    }
}
