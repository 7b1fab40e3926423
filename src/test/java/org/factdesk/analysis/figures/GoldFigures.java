package org.factdesk.analysis.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Language;

/** A labelled text of the figure gold set: the text and its gold spans, read from the format in the README. */
record GoldFigures(String name, Language language, String text, List<GoldFigures.Span> spans) {

    static final Path DIR = Path.of("src/test/resources/analysis/figures");

    /** One gold figure: where it is and what it should say. */
    record Span(int start, int end, String exact, String type, String normalized) {
    }

    static List<GoldFigures> all() throws IOException {
        return List.of(
                load("kim-putin-summit-es", Path.of("assets/kim-putin-summit-es.txt"), Language.ES),
                load("es-economia-paro", DIR.resolve("es-economia-paro.txt"), Language.ES),
                load("es-salud-deporte", DIR.resolve("es-salud-deporte.txt"), Language.ES),
                load("en-economy-fed", DIR.resolve("en-economy-fed.txt"), Language.EN),
                load("en-health-sports", DIR.resolve("en-health-sports.txt"), Language.EN),
                load("es-blind-elecciones", DIR.resolve("es-blind-elecciones.txt"), Language.ES),
                load("en-blind-hurricane", DIR.resolve("en-blind-hurricane.txt"), Language.EN));
    }

    static GoldFigures load(String name, Path textFile, Language language) throws IOException {
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        List<Span> spans = new ArrayList<>();
        List<String> lines = Files.readAllLines(DIR.resolve(name + ".figures.tsv"), StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 3) {
                throw new IllegalStateException(name + ".figures.tsv line " + (n + 1) + ": expected 3 or 4 cells");
            }
            int start = find(text, cells[0], Integer.parseInt(cells[1].trim()));
            if (start < 0) {
                throw new IllegalStateException(name + ".figures.tsv line " + (n + 1) + ": occurrence " + cells[1]
                        + " of \"" + cells[0] + "\" not found");
            }
            String normalized = cells.length > 3 && !cells[3].isBlank() ? cells[3] : null;
            spans.add(new Span(start, start + cells[0].length(), cells[0], cells[2].trim(), normalized));
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new GoldFigures(name, language, text, List.copyOf(spans));
    }

    /** The index of the nth (1-based) occurrence of exact not glued to a letter or digit, or -1. */
    static int find(String text, String exact, int occurrence) {
        int seen = 0;
        int from = 0;
        while (true) {
            int at = text.indexOf(exact, from);
            if (at < 0) {
                return -1;
            }
            int after = at + exact.length();
            boolean freeBefore = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean freeAfter = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
            if (freeBefore && freeAfter && ++seen == occurrence) {
                return at;
            }
            from = at + 1;
        }
    }
}
