package org.factdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The last step of {@code mvn -Pbench verify}: gathers the rows every benchmark program wrote under
 * {@code target/bench/parts/}, prints them as one table (figure, baseline from the same run, ratio) and writes
 * {@code target/bench/results.json}.
 */
public final class BenchReport {

    /** The order parts are shown in; parts not listed follow in name order. */
    private static final List<String> ORDER = List.of("foundation", "analysis", "window");

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path benchDir = Path.of(args.length > 0 ? args[0] : "target/bench");
        List<Path> parts;
        try (Stream<Path> files = Files.list(benchDir.resolve("parts"))) {
            parts = new ArrayList<>(files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList());
        }
        parts.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        List<String> partNames = new ArrayList<>();
        List<BenchRows.Row> rows = new ArrayList<>();
        for (Path part : parts) {
            for (BenchRows.Row row : BenchRows.read(part)) {
                rows.add(row);
                partNames.add(name(part));
            }
        }
        System.out.println();
        System.out.println("Factdesk benchmarks — " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + " (ratio = figure / baseline; lower is better)");
        String format = "%-44s %-42s %9s %9s  %-32s %9s %8s  %s%n";
        System.out.printf(Locale.ROOT, format, "benchmark", "data", "ms", "CPU ms", "baseline (same run, same data)",
                "base ms", "ratio", "budget");
        System.out.println("-".repeat(170));
        for (BenchRows.Row row : rows) {
            System.out.printf(Locale.ROOT, format, row.name(), row.data(), fixed(row.ms()), fixed(row.cpuMs()),
                    row.baselineName(), fixed(row.baselineMs()),
                    Double.isNaN(row.baselineMs()) ? "" : String.format(Locale.ROOT, "%.2f×", row.ratio()),
                    row.budget());
        }
        Path json = benchDir.resolve("results.json");
        Files.writeString(json, json(rows, partNames), StandardCharsets.UTF_8);
        System.out.println("written: " + json);
    }

    private static int rank(Path part) {
        int index = ORDER.indexOf(name(part));
        return index < 0 ? ORDER.size() : index;
    }

    private static String name(Path part) {
        String file = part.getFileName().toString();
        return file.substring(0, file.length() - ".tsv".length());
    }

    private static String fixed(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String json(List<BenchRows.Row> rows, List<String> partNames) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"generatedAt\": ").append(quote(Instant.now().toString())).append(",\n");
        out.append("  \"java\": ").append(quote(System.getProperty("java.version"))).append(",\n");
        out.append("  \"os\": ").append(quote(System.getProperty("os.name") + " " + System.getProperty("os.arch")))
                .append(",\n");
        out.append("  \"cores\": ").append(Runtime.getRuntime().availableProcessors()).append(",\n");
        out.append("  \"systemLoadAverage\": ").append(number(
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())).append(",\n");
        out.append("  \"results\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            BenchRows.Row row = rows.get(i);
            out.append("    {\"part\": ").append(quote(partNames.get(i)))
                    .append(", \"benchmark\": ").append(quote(row.name()))
                    .append(", \"data\": ").append(quote(row.data()))
                    .append(", \"ms\": ").append(number(row.ms()))
                    .append(", \"cpuMs\": ").append(number(row.cpuMs()))
                    .append(", \"budget\": ").append(quote(row.budget()))
                    .append(", \"baseline\": ").append(quote(row.baselineName()))
                    .append(", \"baselineMs\": ").append(number(row.baselineMs()))
                    .append(", \"ratio\": ").append(number(row.ratio()))
                    .append(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        return out.append("  ]\n}\n").toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
