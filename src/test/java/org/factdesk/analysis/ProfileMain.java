package org.factdesk.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.factdesk.analysis.attributions.AttributionDetector;
import org.factdesk.analysis.figures.FigureDetector;
import org.factdesk.analysis.qa.TranslationChecker;
import org.factdesk.analysis.statements.StatementScorer;
import org.factdesk.model.Language;

/**
 * Profiling driver, not a test: runs one stage of the analysis on 5 MB in a loop so that a profiler (JFR) samples it.
 * Usage: {@code ProfileMain figures|attributions|statements|analysis|qa|qa-source [rounds]}, from the worktree root.
 */
public final class ProfileMain {

    private ProfileMain() {
    }

    public static void main(String[] args) throws IOException {
        String stage = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String sample = Files.readString(Path.of("assets/kim-putin-summit-es.txt"), StandardCharsets.UTF_8);
        Path qa = Path.of("src/test/resources/analysis/qa");
        String text = Throughput.fiveMegabytesOf(sample);
        // as the qa ThroughputTest pairs them: as many copies of the source as of the translation
        String slippedCopy = Files.readString(qa.resolve("slipped-es.txt")) + "\n";
        int copies = Throughput.FIVE_MEGABYTES / slippedCopy.getBytes(StandardCharsets.UTF_8).length + 1;
        String slipped = slippedCopy.repeat(copies);
        String source = (Files.readString(qa.resolve("source-en.txt")) + "\n").repeat(copies);
        FigureDetector figures = new FigureDetector();
        AttributionDetector attributions = new AttributionDetector();
        StatementScorer statements = new StatementScorer();
        TranslationChecker checker = new TranslationChecker();
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            int n = switch (stage) {
                case "figures" -> figures.find(text, Language.ES).size();
                case "attributions" -> attributions.find(text, Language.ES).size();
                case "statements" -> statements.proposals(text, Language.ES).size();
                case "analysis" -> {
                    AnalysedText analysed = new AnalysedText(text, Language.ES);
                    yield figures.find(text, Language.ES).size() + attributions.find(analysed).size()
                            + statements.proposals(analysed).size();
                }
                case "qa" -> checker.check(text, Language.ES, Locale.ENGLISH).size();
                case "qa-source" -> checker.check(slipped, Language.ES, source, Language.EN, Locale.ENGLISH).size();
                default -> throw new IllegalArgumentException(stage);
            };
            // profiling output for the person running it
            System.out.printf(Locale.ROOT, "%s round %d: %d results in %.2f s%n", stage, r, n,
                    (System.nanoTime() - t) / 1e9);
        }
    }
}
