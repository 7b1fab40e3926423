package org.factdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.analysis.Throughput;
import org.factdesk.analysis.attributions.AttributionDetector;
import org.factdesk.analysis.figures.FigureDetector;
import org.factdesk.analysis.qa.TranslationChecker;
import org.factdesk.analysis.statements.StatementScorer;
import org.factdesk.model.Language;
import org.factdesk.service.AnalysisService;

/**
 * Analysis and translation review on a generated 5 MB Spanish article (the sample's paragraphs, numbered, seeded):
 * each detector alone, the whole {@code analyze} use case (read, import, three detectors, code point offsets) and the
 * QA checks (alone and beside a source), each the median of three runs in steady state, beside a plain read + NFC of
 * the same file.
 */
public final class AnalysisBenchmark {

    private static final int ARTICLE_BYTES = 5 * 1024 * 1024;
    private static final int RUNS = 3;
    private static final String DATA = "5 MB Spanish article (seeded)";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Path file = Files.createTempDirectory(out, "analysis-").resolve("article-5mb.txt");
        String text = BenchData.article(ARTICLE_BYTES);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        BenchRows rows = new BenchRows("analysis");

        double[] baseline = measure(() -> Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8),
                Normalizer.Form.NFC).length());
        String base = "read + NFC";
        add(rows, "figures", measure(() -> new FigureDetector().find(text, Language.ES).size()), base, baseline);
        add(rows, "attributions", measure(() -> new AttributionDetector().find(text, Language.ES).size()), base,
                baseline);
        add(rows, "check-worthy statements", measure(() -> new StatementScorer().proposals(text, Language.ES).size()),
                base, baseline);
        add(rows, "analyze FILE (import + all three + offsets)",
                measure(() -> new AnalysisService().analyze(file, Language.ES).suggestions().size()), base, baseline);
        add(rows, "translation QA, target alone",
                measure(() -> new TranslationChecker().check(text, Language.ES, Locale.ENGLISH).size()), base,
                baseline);
        // the review beside its source: the QA test set's slipped translation and its English original, paired
        Path qa = Path.of("src/test/resources/analysis/qa");
        String translationCopy = Files.readString(qa.resolve("slipped-es.txt"), StandardCharsets.UTF_8) + "\n";
        int copies = ARTICLE_BYTES / translationCopy.getBytes(StandardCharsets.UTF_8).length + 1;
        String translation = translationCopy.repeat(copies);
        String source = (Files.readString(qa.resolve("source-en.txt"), StandardCharsets.UTF_8) + "\n").repeat(copies);
        add(rows, "translation QA, with its source (5 MB + source)", measure(() -> new TranslationChecker().check(
                translation, Language.ES, source, Language.EN, Locale.ENGLISH).size()), base, baseline);
        rows.write(out);
        System.out.printf(Locale.ROOT, "analysis benchmark: %d chars; rows written to %s%n", text.length(),
                out.resolve("parts/analysis.tsv"));
    }

    private static void add(BenchRows rows, String name, double[] wallAndCpu, String baselineName, double[] baseline) {
        rows.add(name, DATA, wallAndCpu[0], wallAndCpu[1], "", baselineName, baseline[0]);
    }

    /**
     * Median wall and thread CPU milliseconds of {@value #RUNS} runs in steady state: after warm-up runs on the same
     * input until their time settles ({@link Throughput#steady}), since one warm-up run left the JIT compiler at work.
     */
    private static double[] measure(Callable<Object> work) throws Exception {
        Throughput.steady(() -> {
            try {
                work.call();
            } catch (Exception e) {
                throw new IllegalStateException("benchmark warm-up failed", e);
            }
        });
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            if (work.call() == null) {
                throw new IOException("no result");
            }
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[RUNS / 2], cpu[RUNS / 2]};
    }
}
