package org.factdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.factdesk.model.Claim;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.Session;
import org.factdesk.service.Workspace;
import org.factdesk.store.ProjectStore;
import org.factdesk.text.ArticleImporter;

/**
 * The foundation's benchmark: import of a 5 MB article, insert of 100,000 claims in one transaction, reopening the
 * project, and the JSON export with its heap growth at 10,000 and 100,000 claims. Each figure is printed beside a
 * baseline measured in the same run (a plain read + NFC of the same text; the sqlite3 tool inserting and dumping
 * the same rows). Run with {@code mvn -Pbench verify}; results also go to {@code target/bench/foundation.json}.
 */
public final class FoundationBenchmark {

    private static final int ARTICLE_BYTES = 5 * 1024 * 1024;
    private static final int CLAIMS = 100_000;
    private static final int RUNS = 5;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Thread CPU time of the last {@link #timed} run, and of the runs of the last {@link #median}. */
    private static double lastCpuMs;
    private static double medianCpuMs = Double.NaN;

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final BenchRows bench = new BenchRows("foundation");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory(out, "run-");
        new FoundationBenchmark().run(work, out);
    }

    private void run(Path work, Path out) throws Exception {
        String article = BenchData.article(ARTICLE_BYTES);
        Path articleFile = work.resolve("article-5mb.txt");
        Files.writeString(articleFile, article, StandardCharsets.UTF_8);
        long bytes = Files.size(articleFile);

        double baselineRead = median(() -> timed(() -> Normalizer.normalize(
                readString(articleFile), Normalizer.Form.NFC).length()));
        double importMs = median(() -> timed(() -> importArticle(articleFile)));
        row("import 5 MB article (text layer)", importMs, "≤ 1000 ms", "read + NFC", baselineRead);
        double baselineImport = baselineRead;

        Session session = Session.ofSystemUser();
        double insertMs;
        double reopenMs;
        String documentId;
        Path project = work.resolve("bench.factdesk");
        try (Workspace workspace = Workspace.create(project, session)) {
            long t0 = System.nanoTime();
            DocumentInfo info = workspace.documents().importFiles(List.of(articleFile), null).get(0);
            medianCpuMs = Double.NaN;
            row("import 5 MB article into a project", millis(t0), "", "read + NFC", baselineImport);
            documentId = info.id();
        }
        String text;
        List<Claim> claims;
        try (ProjectStore store = ProjectStore.open(project)) {
            text = store.documents().find(documentId).orElseThrow().text();
            claims = BenchData.claims(documentId, text, CLAIMS, 42);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            store.inTransaction(() -> store.claims().insertAll(claims));
            insertMs = millis(t0);
            medianCpuMs = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        double insertCpuMs = medianCpuMs;
        SqliteBaseline.Times sqlite = SqliteBaseline.measure(work, claims); // the very same rows
        medianCpuMs = insertCpuMs;
        row("insert 100,000 claims (one transaction)", insertMs, "≤ 2000 ms", "sqlite3 CLI insert", sqlite.insertMs());

        reopenMs = median(() -> timed(() -> {
            try (ProjectStore store = ProjectStore.open(project)) {
                return store.claims().count();
            }
        }));
        row("reopen the project (100,000 claims)", reopenMs, "", "sqlite3 CLI open + count", sqlite.reopenMs());

        double exportMs;
        double exportCpuMs;
        long heap100k;
        try (Workspace workspace = Workspace.open(project, true, session)) {
            Path report = work.resolve("report.json");
            exportMs = median(() -> timed(() -> workspace.reports().exportJson(report).claims()));
            exportCpuMs = medianCpuMs;
            heap100k = peakHeapGrowth(() -> workspace.reports().exportJson(report).claims());
            results.put("report_bytes", Files.size(report));
        }
        long heap10k = heapFor10k(work, articleFile, session);
        medianCpuMs = exportCpuMs;
        row("export JSON, 100,000 claims", exportMs, "≤ 1000 ms", "sqlite3 CLI -json dump", sqlite.dumpMs());
        results.put("export_heap_growth_mb_10k_claims", heap10k / 1e6);
        results.put("export_heap_growth_mb_100k_claims", heap100k / 1e6);
        results.put("article_bytes", bytes);
        results.put("claims", CLAIMS);

        print();
        System.out.printf(Locale.ROOT, "export heap growth: %.1f MB at 10,000 claims, %.1f MB at 100,000 claims%n",
                heap10k / 1e6, heap100k / 1e6);
        Files.writeString(out.resolve("foundation.json"), json(), StandardCharsets.UTF_8);
        System.out.println("written: " + out.resolve("foundation.json"));
        bench.write(out);
    }

    private long heapFor10k(Path work, Path articleFile, Session session) throws Exception {
        Path project = work.resolve("bench-10k.factdesk");
        String documentId;
        try (Workspace workspace = Workspace.create(project, session)) {
            documentId = workspace.documents().importFiles(List.of(articleFile), null).get(0).id();
        }
        try (ProjectStore store = ProjectStore.open(project)) {
            String text = store.documents().find(documentId).orElseThrow().text();
            List<Claim> claims = BenchData.claims(documentId, text, CLAIMS / 10, 42);
            store.inTransaction(() -> store.claims().insertAll(claims));
        }
        try (Workspace workspace = Workspace.open(project, true, session)) {
            Path report = work.resolve("report-10k.json");
            workspace.reports().exportJson(report);
            return peakHeapGrowth(() -> workspace.reports().exportJson(report).claims());
        }
    }

    private static int importArticle(Path file) {
        try {
            return new ArticleImporter().importFile(file).text().length();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Work that returns something, so the JIT cannot drop it. */
    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    private static double timed(Work work) {
        try {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Object result = work.run();
            double ms = millis(t0);
            lastCpuMs = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
            return ms;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The median of {@value #RUNS} runs after one warm-up run. */
    private static double median(Supplier<Double> run) {
        run.get();
        double[] times = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[i] = run.get();
            cpu[i] = lastCpuMs;
        }
        java.util.Arrays.sort(times);
        java.util.Arrays.sort(cpu);
        medianCpuMs = cpu[RUNS / 2];
        return times[RUNS / 2];
    }

    /** Peak heap in use while the work runs, above what was in use just before (after a GC). */
    private static long peakHeapGrowth(Work work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.onSpinWait();
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            work.run();
        } finally {
            running.set(false);
            sampler.join();
        }
        return peak.get() - before;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private void row(String what, double ms, String budget, String baselineName, double baselineMs) {
        String ratio = Double.isNaN(baselineMs) ? "" : String.format(Locale.ROOT, "%.2f×", ms / baselineMs);
        double cpuMs = medianCpuMs;
        medianCpuMs = Double.NaN;
        bench.add(what, what.contains("article") && !what.contains("claims") ? "5 MB article (seeded)"
                : "5 MB article, 100,000 claims (seed 42)", ms, cpuMs, budget, baselineName, baselineMs);
        rows.add(new String[] {what, String.format(Locale.ROOT, "%.1f", ms), budget,
            baselineName.isEmpty() ? "" : baselineName + String.format(Locale.ROOT, " %.1f ms", baselineMs), ratio,
            Double.isNaN(cpuMs) ? "" : String.format(Locale.ROOT, "%.1f", cpuMs)});
        String key = what.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT).replaceAll("_+$", "");
        results.put(key + "_ms", round(ms));
        if (!Double.isNaN(cpuMs)) {
            results.put(key + "_cpu_ms", round(cpuMs));
        }
        if (!Double.isNaN(baselineMs)) {
            results.put(key + "_baseline_ms", round(baselineMs));
        }
    }

    private void print() {
        String format = "%-42s %10s %10s  %-34s %-7s %s%n";
        System.out.printf(Locale.ROOT, format, "benchmark", "ms", "budget", "baseline (same run)", "ratio",
                "thread CPU ms (the machine may be shared: wall time includes waiting for a core)");
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, format, (Object[]) r);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private String json() {
        StringBuilder json = new StringBuilder("{\n");
        results.forEach((key, value) -> json.append("  \"").append(key).append("\": ").append(value).append(",\n"));
        json.setLength(json.length() - 2);
        return json.append("\n}\n").toString();
    }
}
