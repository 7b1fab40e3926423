package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.factdesk.analysis.Throughput;
import org.factdesk.analysis.Throughput.Timing;
import org.factdesk.model.Attribution;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Attribution detection never throws and always returns sane spans, whatever the text. */
class AttributionRobustnessTest {

    private static final String[] PIECES = {"«", "»", "“", "”", "\"", "‘", "’", "'", "—", "–", "-", ",", ".", ":",
        ";", "(", ")", "\n", "\n\n", " ", " ", " ", "dijo", "said", "según", "according to", "que", "that", "Wang",
        "Son-taek", "El", "the", "Kremlin", "Ana Gómez", "he", "ella", "—dijo—", "Dr.", "\u0000", "😀", "שלום",
        "مرحبا", "\u200f", "\uD800", "1,6", "x", "Xx", "y", "de", "of", "por", "by", "en", "a", "told", "saying",
        "El profesor", "the company", "¿", "?", "!", "\t", "\r"};

    private final AttributionDetector detector = new AttributionDetector();

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 40).mapToObj(seed -> Arguments.of(seed,
                seed % 2 == 0 ? Language.ES : seed % 3 == 0 ? Language.UNDETERMINED : Language.EN));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seeds")
    void randomTextsGiveSaneMatches(int seed, Language language) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int pieces = 20 + random.nextInt(2000);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(4) == 0) {
                text.append(' ');
            }
        }

        assertSane(text.toString(), detector.find(text.toString(), language));
    }

    static Stream<String> hostile() {
        return Stream.of("", " ", "\n\n\n", "«", "»", "\"", "“”", "«»«»«»", "dijo", "said.", "según", "according to",
                "—", "—dijo—", "«" + "a —dijo—".repeat(1000), "\"".repeat(10_000), "«".repeat(10_000),
                "dijo que ".repeat(5_000), "Ana Gómez dijo que ".repeat(3_000), ", said Smith".repeat(5_000),
                "Wang ".repeat(20_000), "\u0000".repeat(1000), "😀«😀»😀, dijo 😀.", "x".repeat(100_000));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("hostile")
    void hostileTextsGiveSaneMatches(String text) {
        assertSane(text, detector.find(text, Language.ES));
        assertSane(text, detector.find(text, Language.EN));
    }

    @Test
    void aHugeSingleLineIsReadWithoutTrouble() throws Exception {
        String sample = Files.readString(Path.of("assets/kim-putin-summit-es.txt")).replace('\n', ' ');
        String text = sample.repeat(Math.max(1, 2_000_000 / sample.length()));

        List<AttributionMatch> matches = detector.find(text, Language.ES);

        assertSane(text, matches);
        assertThat(matches).isNotEmpty();
    }

    @Test
    @Tag("benchmark")
    void throughputOnFiveMegabytesIsReported(@TempDir Path directory) throws Exception {
        String sample = Files.readString(Path.of("assets/kim-putin-summit-es.txt"));
        String text = (sample + "\n").repeat(5_000_000 / sample.length() + 1);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            detector.find(text.substring(0, 1_000_000), Language.ES);
        }
        List<List<AttributionMatch>> runs = new ArrayList<>();
        Timing timing = Throughput.best(3, () -> runs.add(detector.find(text, Language.ES)));
        List<AttributionMatch> matches = runs.get(0);
        Throughput.print("analysis.attributions", text, timing, Throughput.readAndNormalise(text, directory),
                matches.size() + " attributions");
        assertThat(matches.size()).isGreaterThan(30 * (text.length() / sample.length()) - 1);
    }

    private static void assertSane(String text, List<AttributionMatch> matches) {
        int previous = -1;
        for (AttributionMatch match : matches) {
            assertThat(match.start()).isBetween(0, text.length());
            assertThat(match.end()).isBetween(match.start() + 1, text.length());
            assertThat(match.start()).isGreaterThanOrEqualTo(previous);
            previous = match.start();
            Attribution attribution = match.attribution();
            assertThat(attribution.speaker()).isNotBlank();
            if (attribution.speakerStart() != null) {
                assertThat(attribution.speakerEnd()).isBetween(attribution.speakerStart(), text.length());
            }
        }
    }
}
