package org.factdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows one benchmark program measured, written as a tab-separated part file under {@code target/bench/parts/}
 * so that {@link BenchReport} can print every benchmark of the run as one table. Each program runs in its own JVM
 * (the window's needs the JavaFX toolkit), hence files rather than one in-memory list.
 */
public final class BenchRows {

    /** One measured figure beside its baseline from the same run on the same data ({@code NaN} when none). */
    public record Row(String name, String data, double ms, double cpuMs, String budget, String baselineName,
            double baselineMs) {

        String tsv() {
            return String.join("\t", clean(name), clean(data), number(ms), number(cpuMs), clean(budget),
                    clean(baselineName), number(baselineMs));
        }

        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            return new Row(f[0], f[1], parseNumber(f[2]), parseNumber(f[3]), f[4], f[5], parseNumber(f[6]));
        }

        /** The figure divided by its baseline: how many times the baseline's time it takes. */
        double ratio() {
            return ms / baselineMs;
        }

        private static String clean(String text) {
            return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
        }

        private static String number(double value) {
            return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
        }

        private static double parseNumber(String text) {
            return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        }
    }

    private final String part;
    private final List<Row> rows = new ArrayList<>();

    /** Rows of the benchmark program named {@code part} ("foundation", "analysis", "window"…). */
    public BenchRows(String part) {
        this.part = part;
    }

    public void add(String name, String data, double ms, double cpuMs, String budget, String baselineName,
            double baselineMs) {
        rows.add(new Row(name, data, ms, cpuMs, budget, baselineName, baselineMs));
    }

    /** Writes {@code parts/<part>.tsv} under {@code benchDir} (usually {@code target/bench}). */
    public void write(Path benchDir) throws IOException {
        Path parts = benchDir.resolve("parts");
        Files.createDirectories(parts);
        List<String> lines = new ArrayList<>();
        for (Row row : rows) {
            lines.add(row.tsv());
        }
        Files.write(parts.resolve(part + ".tsv"), lines, StandardCharsets.UTF_8);
    }

    static List<Row> read(Path partFile) throws IOException {
        return Files.readAllLines(partFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(Row::parse)
                .toList();
    }
}
