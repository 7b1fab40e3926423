package org.factdesk.ui.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Origin;
import org.factdesk.model.Target;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.Workspace;
import org.factdesk.store.ProjectStore;
import org.factdesk.text.WordBoundaries;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.task.DirectTaskRunner;

/**
 * Not a test: a benchmark to run by hand, headless (Monocle). It makes a ~5 MB article (the sample's paragraphs
 * repeated) with 20,000 claims in a temp project, opens the article view on it and prints time to first paint, heap
 * and the median of 50 "mark → highlight" times. The runner is synchronous, so each mark includes its SQLite write.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.factdesk.ui.article.ArticleViewBenchmark
 * </pre>
 */
public final class ArticleViewBenchmark {

    private static final int TARGET_CHARS = 5_000_000;
    private static final int CLAIMS = 20_000;
    private static final int MARKS = 50;

    private ArticleViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("testfx.robot", "glass");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k".equals(System.getenv("FD_TEXT")) ? "t2k" : System.getProperty(
                "prism.text", "native"));
        Path dir = Files.createTempDirectory("factdesk-bench");
        Path file = dir.resolve("bench.factdesk");
        long setupStart = System.nanoTime();
        String documentId = makeProject(file);
        System.out.printf(Locale.ROOT, "setup: project with a %.1f MB article and %,d claims in %.1f s%n",
                Files.size(file) / 1e6, CLAIMS, (System.nanoTime() - setupStart) / 1e9);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Result result = onFx(() -> new Bench(file, documentId)).get(120, TimeUnit.SECONDS).run();
        BareWindow bare = BareWindow.measure(MARKS);
        Platform.exit();
        result.print();
        System.out.printf(Locale.ROOT, "bare JavaFX window (baseline): first paint %.1f ms, label change -> laid out"
                + " %.1f ms (median)%n", bare.firstPaintMs(), Result.median(bare.changeMs()));
        if (args.length > 0) {
            result.write(Path.of(args[0]), bare);
        }
    }

    private static String makeProject(Path file) throws Exception {
        List<String> sample = Files.readAllLines(SampleProjects.SAMPLE).stream().filter(l -> !l.isBlank()).toList();
        StringBuilder text = new StringBuilder(TARGET_CHARS + 20_000);
        for (int i = 0; text.length() < TARGET_CHARS; i++) {
            text.append(sample.get(i % sample.size())).append('\n');
        }
        String id;
        try (Workspace workspace = Workspace.create(file, SampleProjects.SESSION)) {
            DocumentInfo info = workspace.documents().importText("Benchmark article", text.toString(), null);
            id = info.id();
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            Document document = store.documents().find(id).orElseThrow();
            List<Claim> claims = generateClaims(document);
            store.inTransaction(() -> store.claims().insertAll(claims));
        }
        return id;
    }

    /** Claims of two to four words spread evenly over the text, every tenth a whole sentence around others. */
    private static List<Claim> generateClaims(Document document) {
        String text = document.text();
        Random random = new Random(42);
        List<Claim> claims = new ArrayList<>(CLAIMS);
        ClaimKind[] kinds = {ClaimKind.STATEMENT, ClaimKind.ATTRIBUTION, ClaimKind.FIGURE};
        int step = text.length() / CLAIMS;
        for (int i = 0; i < CLAIMS; i++) {
            int from = i * step + random.nextInt(Math.max(1, step / 2));
            int length = i % 10 == 0 ? 120 + random.nextInt(80) : 8 + random.nextInt(20);
            int to = Math.min(text.length(), from + length);
            int[] span = WordBoundaries.snapToWords(text, from, to);
            if (span[0] >= span[1] || text.substring(span[0], span[1]).isBlank()) {
                continue;
            }
            ClaimKind kind = kinds[i % kinds.length];
            claims.add(Claim.create(document.id(), kind, new Target(span[0], span[1],
                    text.substring(span[0], span[1]), "", ""), "bench", Origin.MANUAL, Instant.now()));
        }
        return claims;
    }

    private static <T> CompletableFuture<T> onFx(Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                future.complete(work.get());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    private record Result(int chars, int paragraphs, int claims, double openMs, double firstPaintMs, double heapMb,
            double heapBeforeGcMb, double[] markCallMs, double[] restyleMs, double[] toPulseMs, double[] pulseLayoutMs,
            double[] snapshotMs) {

        void print() {
            System.out.printf(Locale.ROOT, "%nArticle: %,d chars, %,d lines, %,d claims (headless Monocle, prism sw)%n",
                    chars, paragraphs, claims);
            System.out.println("| measure                                                   | value      | budget  |");
            System.out.println("|-----------------------------------------------------------|------------|---------|");
            row("open (read document + 20k claims from SQLite, on the FX thread)", openMs, "ms", "");
            row("first paint: document set -> first pulse after layout", firstPaintMs, "ms", "1500 ms");
            row("heap used after first paint, after GC", heapMb, "MB", "512 MB");
            row("heap used after first paint, before GC", heapBeforeGcMb, "MB", "");
            row("mark -> restyled, median: viewModel.mark incl. SQLite write", median(markCallMs), "ms", "");
            row("  of which the view's restyle of the paragraph, median", median(restyleMs), "ms", "");
            row("mark -> highlight laid out (next pulse's CSS+layout), median", median(toPulseMs), "ms", "16 ms");
            row("  that pulse's CSS + layout alone, median", median(pulseLayoutMs), "ms", "");
            row("  full-scene software render (snapshot), median", median(snapshotMs), "ms", "");
            row("mark -> restyled, 90th percentile", percentile(markCallMs, 0.9), "ms", "");
        }

        /** The rows of the suite's table (see org.factdesk.bench.BenchReport), beside the bare window's figures. */
        void write(Path benchDir, BareWindow bare) throws java.io.IOException {
            String data = String.format(Locale.ROOT, "%.1f MB article, %,d claims", chars / 1e6, claims);
            org.factdesk.bench.BenchRows rows = new org.factdesk.bench.BenchRows("window");
            rows.add("window: first paint (headless)", data, firstPaintMs, Double.NaN, "≤ 1500 ms",
                    "bare JavaFX window first paint", bare.firstPaintMs());
            rows.add("window: mark -> highlight laid out", data + ", 50 marks", median(toPulseMs), Double.NaN,
                    "≤ 16 ms", "bare window label change", median(bare.changeMs()));
            rows.add("window: mark call incl. SQLite write", data + ", 50 marks", median(markCallMs), Double.NaN, "",
                    "bare window label change", median(bare.changeMs()));
            rows.write(benchDir);
        }

        private static void row(String what, double value, String unit, String budget) {
            System.out.printf(Locale.ROOT, "| %-57s | %7.1f %-2s | %-7s |%n", what, value, unit, budget);
        }

        static double median(double[] values) {
            return percentile(values, 0.5);
        }

        private static double percentile(double[] values, double p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
        }
    }

    /**
     * The baseline: a bare JavaFX window (one label, same size and theme) measured the same way, so the ratios say
     * what the article view adds to what any JavaFX window costs on this machine.
     */
    private record BareWindow(double firstPaintMs, double[] changeMs) {

        static BareWindow measure(int changes) throws Exception {
            javafx.scene.control.Label label = new javafx.scene.control.Label("Factdesk");
            Scene scene = onFx(() -> new Scene(new javafx.scene.layout.StackPane(label), 1200, 760))
                    .get(30, TimeUnit.SECONDS);
            // as the view's first paint: from the change to the end of the layout, waiting for the pulse included
            double firstPaint = laidOutAfter(scene, false, () -> {
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
            });
            double[] change = new double[changes];
            for (int i = 0; i < changes; i++) {
                String text = "Factdesk " + i;
                // as mark -> highlight: the wait for the 60 Hz pulse left out
                change[i] = laidOutAfter(scene, true, () -> label.setText(text));
            }
            return new BareWindow(firstPaint, change);
        }

        /** Milliseconds from running {@code work} on the FX thread to the end of the next layout pulse. */
        private static double laidOutAfter(Scene scene, boolean withoutPulseWait, Runnable work) throws Exception {
            CompletableFuture<Double> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long[] pulseStart = new long[1];
                AnimationTimer timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        pulseStart[0] = System.nanoTime();
                        stop();
                    }
                };
                timer.start();
                long start = System.nanoTime();
                work.run();
                long afterWork = System.nanoTime();
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    long end = System.nanoTime();
                    scene.removePostLayoutPulseListener(listener[0]);
                    long waited = withoutPulseWait ? Math.max(0, pulseStart[0] - afterWork) : 0;
                    done.complete((end - start - waited) / 1e6);
                };
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
            return done.get(60, TimeUnit.SECONDS);
        }
    }

    /** Everything on the FX thread; pulses are observed with an animation timer and a post-layout listener. */
    private static final class Bench {
        private final Path file;
        private final String documentId;
        private final ProjectViewModel viewModel;
        private final ArticleView view;
        private final Scene scene;
        private javafx.collections.ObservableList<Claim> claims;
        private javafx.collections.ObservableList<Claim> claimsAfterView;
        private long documentSetAt;
        private long claimsChangedAt;
        private long restyledAt;
        private volatile long pulseStartedAt;
        private CompletableFuture<Long> nextLayout;
        private CompletableFuture<Long> nextLayoutStart;

        Bench(Path file, String documentId) {
            this.file = file;
            this.documentId = documentId;
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            viewModel = new ProjectViewModel(new DirectTaskRunner(), new RecordingDialogService(),
                    new I18n(Locale.ENGLISH), SampleProjects.SESSION);
            // registered before the view's own listeners, so these see the change first
            viewModel.currentDocumentProperty().addListener((obs, old, now) -> documentSetAt = System.nanoTime());
            claims = viewModel.claims(); // kept: the wrapper listens weakly to the real list
            claims.addListener((ListChangeListener<Claim>) c -> claimsChangedAt = System.nanoTime());
            view = new ArticleView(viewModel, viewModel.i18n());
            claimsAfterView = viewModel.claims(); // a wrapper made after the view's, so it hears changes after it
            claimsAfterView.addListener((ListChangeListener<Claim>) c -> restyledAt = System.nanoTime());
            scene = new Scene(new javafx.scene.layout.BorderPane(view.node()), 1200, 760); // Monocle's headless screen is 1280x800
            scene.getStylesheets().add(ProjectViewModel.class.getResource("app.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulseStartedAt = System.nanoTime();
                    if (nextLayoutStart != null) {
                        nextLayoutStart.complete(pulseStartedAt);
                        nextLayoutStart = null;
                    }
                }
            }.start();
            scene.addPostLayoutPulseListener(() -> {
                if (nextLayout != null) {
                    CompletableFuture<Long> done = nextLayout;
                    nextLayout = null;
                    done.complete(System.nanoTime());
                }
            });
        }

        private long[] awaitPulse(Runnable work) throws Exception {
            CompletableFuture<long[]> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                CompletableFuture<Long> start = new CompletableFuture<>();
                CompletableFuture<Long> layout = new CompletableFuture<>();
                nextLayoutStart = start;
                nextLayout = layout;
                long before = System.nanoTime();
                work.run();
                long after = System.nanoTime();
                Platform.requestNextPulse();
                layout.thenAccept(laidOut -> result.complete(new long[] {before, after, start.getNow(laidOut),
                        laidOut}));
            });
            return result.get(60, TimeUnit.SECONDS);
        }

        Result run() throws Exception {
            // off the FX thread from here: each step is posted to it and awaited
            CompletableFuture<Result> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return measure();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return out.get(600, TimeUnit.SECONDS);
        }

        private Result measure() throws Exception {
            long[] open = awaitPulse(() -> viewModel.open(file));
            double openMs = (open[1] - open[0]) / 1e6;
            double firstPaint = (open[3] - documentSetAt) / 1e6;
            Document document = viewModel.currentDocumentProperty().get();
            Runtime runtime = Runtime.getRuntime();
            double before = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
            System.gc();
            System.gc();
            Thread.sleep(300);
            double heap = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;

            String text = document.text();
            Claim first = viewModel.claims().get(0);
            int firstLine = ArticleView.lineStarts(text.substring(0, first.target().start())).length - 1;
            String styled = onFx(() -> view.area().getStyleSpans(firstLine).toString()).get();
            System.out.println("check: styles of the first claim's line: " + styled.substring(0, Math.min(120,
                    styled.length())));
            Random random = new Random(7);
            double[] markCall = new double[MARKS];
            double[] restyle = new double[MARKS];
            double[] toPulse = new double[MARKS];
            double[] pulseLayout = new double[MARKS];
            double[] snapshot = new double[MARKS];
            int base = text.length() / 3;
            awaitPulse(() -> view.area().showParagraphAtTop(ArticleView.lineStarts(text.substring(0, base)).length));
            for (int i = 0; i < MARKS; i++) {
                // words on the lines shown, so the restyled paragraph really is on screen
                int from = base + 40 + random.nextInt(1500);
                int[] span = WordBoundaries.snapToWords(text, from, from + 6 + random.nextInt(10));
                ClaimKind kind = ClaimKind.values()[i % 3];
                // as a user marks: the words are selected first (not timed), then the key marks them
                onFx(() -> {
                    view.area().selectRange(span[0], span[1]);
                    return null;
                }).get(30, TimeUnit.SECONDS);
                long[] t = awaitPulse(() -> view.markSelection(kind, true));
                markCall[i] = (t[1] - t[0]) / 1e6;
                restyle[i] = (restyledAt - claimsChangedAt) / 1e6;
                toPulse[i] = (t[3] - t[0]) / 1e6 - (t[2] - t[1]) / 1e6; // minus the wait for the 60 Hz pulse
                pulseLayout[i] = (t[3] - t[2]) / 1e6;
                long s0 = System.nanoTime();
                onFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
                snapshot[i] = (System.nanoTime() - s0) / 1e6;
            }
            return new Result(text.length(), ArticleView.lineStarts(text).length, viewModel.claims().size(), openMs,
                    firstPaint, heap, before, markCall, restyle, toPulse, pulseLayout, snapshot);
        }
    }
}
