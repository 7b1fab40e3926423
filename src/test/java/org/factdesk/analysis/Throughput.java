package org.factdesk.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Test helper for the analysis benchmarks: builds a 5 MB text from a sample, times a piece of work in wall and thread
 * CPU time, and prints one line per figure in a fixed shape ({@code BENCH <name>: … MB/s …}) beside the time merely
 * to read and normalise (NFC) the same text, so that a benchmark suite can collect them.
 */
public final class Throughput {

    /** The size the issues' targets are stated for. */
    public static final int FIVE_MEGABYTES = 5 * 1024 * 1024;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Wall and CPU seconds of one run. */
    public record Timing(double wallSeconds, double cpuSeconds) {
    }

    /** A steady-state figure: the best run once the time has settled, the first (cold) run, and how many it took. */
    public record Steady(Timing best, Timing first, int runs) {
    }

    /**
     * Fewer runs than this never count as settled. Round by round, the whole analysis of 5 MB in a fresh JVM took
     * 3.11, 1.03, 0.81, 0.78, 0.64, 0.61, 0.59, 0.58, 0.57, 0.58, 0.57, 0.58, 0.55, 0.53, 0.52 … 0.48 s by the
     * twenty-fourth: the JIT compiler goes on improving it by about one percent a run for twenty runs, and three runs
     * in a row that beat nothing came as early as the tenth.
     */
    private static final int MIN_RUNS = 20;
    private static final int MAX_RUNS = 40;
    /** How many runs in a row must not beat the best before them for the time to count as settled. */
    private static final int SETTLING_RUNS = 5;
    /** Beating the best by less than this (one percent) does not count. */
    private static final double SETTLED = 0.99;

    private Throughput() {
    }

    /** The sample repeated, one copy per paragraph block, until it holds at least 5 MB of UTF-8. */
    public static String fiveMegabytesOf(String sample) {
        String unit = sample.endsWith("\n") ? sample : sample + "\n";
        int bytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(FIVE_MEGABYTES / bytes + 1);
    }

    /** Runs the work once and returns its wall and CPU time. */
    public static Timing time(Runnable work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new Timing((System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    /** The best of a few runs (the machine is shared: the best run is the one least disturbed). */
    public static Timing best(int runs, Runnable work) {
        Timing best = null;
        for (int i = 0; i < runs; i++) {
            Timing t = time(work);
            if (best == null || t.cpuSeconds() < best.cpuSeconds()) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Runs the work on the full input until its time settles (the JIT compiler has compiled what it will) and returns
     * the best settled run beside the first one. A throughput is a steady-state figure, and a warm-up on a smaller
     * input left the with-source review at half its steady speed; the first run is what a user opening one big file
     * once waits for, so it is kept too.
     */
    public static Steady steady(Runnable work) {
        Timing first = time(work);
        List<Timing> runs = new ArrayList<>(List.of(first));
        while (runs.size() < MAX_RUNS && (runs.size() < MIN_RUNS || !settled(runs))) {
            runs.add(time(work));
        }
        Timing best = runs.stream().min(Comparator.comparingDouble(Timing::cpuSeconds)).orElseThrow();
        return new Steady(best, first, runs.size());
    }

    private static boolean settled(List<Timing> runs) {
        int last = runs.size() - SETTLING_RUNS;
        double before = runs.subList(0, last).stream().mapToDouble(Timing::cpuSeconds).min().orElseThrow();
        double recent = runs.subList(last, runs.size()).stream().mapToDouble(Timing::cpuSeconds).min().orElseThrow();
        return recent >= before * SETTLED;
    }

    /** The time to read the text from a file as UTF-8 and normalise it to NFC: the floor any analysis sits on. */
    public static Timing readAndNormalise(String text, Path directory) {
        try {
            Path file = Files.writeString(directory.resolve("bench.txt"), text, StandardCharsets.UTF_8);
            return best(3, () -> {
                try {
                    String read = Files.readString(file, StandardCharsets.UTF_8);
                    if (Normalizer.normalize(read, Normalizer.Form.NFC).isEmpty()) {
                        throw new IllegalStateException("empty benchmark text");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints a steady-state figure, with its first run and the number of runs it took in the note. */
    public static void print(String name, String text, Steady steady, Timing baseline, String note) {
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        print(name, text, steady.best(), baseline, String.format(Locale.ROOT,
                "%s; steady after %d runs on the full input, first run CPU %.2f s = %.1f MB/s", note, steady.runs(),
                steady.first().cpuSeconds(), megabytes / steady.first().cpuSeconds()));
    }

    /** Prints one figure: {@code BENCH name: 5.0 MB in 0.41 s wall = 12.2 MB/s; CPU 0.40 s = 12.5 MB/s; …}. */
    public static void print(String name, String text, Timing timing, Timing baseline, String note) {
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        // Test output: benchmark figures are read by people and by the benchmark suite, not asserted.
        System.out.println(String.format(Locale.ROOT,
                "BENCH %s: %.1f MB in %.2f s wall = %.1f MB/s; CPU %.2f s = %.1f MB/s; read+NFC baseline %.3f s wall,"
                        + " CPU %.3f s = %.0f MB/s; %s", name, megabytes, timing.wallSeconds(),
                megabytes / timing.wallSeconds(), timing.cpuSeconds(), megabytes / timing.cpuSeconds(),
                baseline.wallSeconds(), baseline.cpuSeconds(), megabytes / baseline.cpuSeconds(), note));
    }
}
