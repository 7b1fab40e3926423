package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.factdesk.model.Target;
import org.factdesk.text.Anchoring.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnchorerTest {

    private static final String FIGURE = "casi la mitad de la población de Corea del Norte estaba desnutrida";

    private static String sample;

    @BeforeAll
    static void readTheSampleArticle() throws IOException {
        sample = Files.readString(Path.of("assets/kim-putin-summit-es.txt"), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {FIGURE, "Actualizado", "Washington. Editado por", "dijo. dijo",
        "«Esto significa que Putin"})
    void anUnchangedTextKeepsEveryTargetByPosition(String quote) {
        Target old = targetOn(sample, quote, 0);

        Anchoring anchoring = Anchorer.anchor(old, sample);

        assertThat(anchoring.method()).isEqualTo(Method.POSITION);
        assertThat(anchoring.target()).isEqualTo(old);
        assertThat(anchoring.distance()).isZero();
        assertThat(anchoring.isOrphan()).isFalse();
    }

    @Test
    void anInsertionBeforeTheSpanMovesItByQuote() {
        Target old = targetOn(sample, FIGURE, 0);
        String inserted = "Nota del editor: este artículo fue actualizado.\n";
        String edited = inserted + sample;

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.QUOTE);
        assertThat(anchoring.target().start()).isEqualTo(old.start() + inserted.length());
        assertThat(anchoring.target().exact()).isEqualTo(FIGURE);
        assertThat(anchoring.target().prefix()).isEqualTo(old.prefix());
    }

    @Test
    void anEditRightBeforeTheSpanRecomputesItsPrefixFromTheNewText() {
        Target old = targetOn(sample, FIGURE, 0);
        String edited = replaceFirst(sample, "entre 2020 y 2022, casi", "entre 2020 y 2023, casi");

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.POSITION);
        assertThat(anchoring.target().prefix()).endsWith("2023, ");
        assertThat(Targets.matches(edited, anchoring.target())).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "casi la mitad | casi la mitád",
        "casi la mitad | casi la  mitad",
        "casi la mitad | casi la mita",
        "casi la mitad de la población | casi la mitad de su población",
        FIGURE + " | casi la mitad de la población de Corea del Norte estaba mal nutrida",
    })
    void aSlightlyChangedSpanIsFoundFuzzilyWithItsNewText(String before, String after) {
        Target old = targetOn(sample, before, 0);
        String inserted = "Última hora. ";
        String edited = inserted + replaceFirst(sample, before, after);

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.FUZZY);
        assertThat(anchoring.target().exact()).isEqualTo(after);
        assertThat(anchoring.target().start()).isEqualTo(old.start() + inserted.length());
        assertThat(anchoring.distance()).isEqualTo(levenshtein(before, after)).isPositive();
        assertThat(anchoring.original()).isEqualTo(old);
    }

    @Test
    void aDeletedSpanBecomesAnOrphanThatKeepsItsTarget() {
        Target old = targetOn(sample, FIGURE, 0);
        String edited = replaceFirst(sample, "Según el Programa Mundial de Alimentos, entre 2020 y 2022, " + FIGURE
                + " informe publicado en julio encontrado. ", "");

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.ORPHAN);
        assertThat(anchoring.isOrphan()).isTrue();
        assertThat(anchoring.target()).isNull();
        assertThat(anchoring.original()).isEqualTo(old);
        assertThat(anchoring.distance()).isEqualTo(-1);
    }

    static IntStream everyDijo() {
        return IntStream.range(0, occurrences(sample(), "dijo").size());
    }

    @ParameterizedTest(name = "occurrence {0} of \"dijo\"")
    @MethodSource("everyDijo")
    void eachRepeatedQuoteStaysOnItsOwnOccurrenceAfterAnInsertionAtTheStart(int occurrence) {
        Target old = targetOn(sample, "dijo", occurrence);
        String inserted = "Un portavoz dijo el martes que la cumbre no estaba confirmada.\n";
        String edited = inserted + sample;

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.QUOTE);
        assertThat(anchoring.target().start()).isEqualTo(old.start() + inserted.length());
    }

    @Test
    void theThirdDijoIsFoundByItsContextEvenWhenAnotherDijoIsNearerItsOldPlace() {
        Target old = targetOn(sample, "dijo", 2);
        int at = old.start();
        String inserted = "Otro diplomático dijo lo mismo. ";
        String edited = sample.substring(0, at) + inserted + sample.substring(at);
        int newDijo = at + inserted.indexOf("dijo");
        int trueDijo = old.start() + inserted.length();
        assertThat(Math.abs(newDijo - old.start())).as("the new dijo is nearer").isLessThan(trueDijo - old.start());

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.QUOTE);
        assertThat(anchoring.target().start()).isEqualTo(trueDijo);
    }

    @Test
    void aPositionMatchContradictedByItsContextGivesWayToTheRightOccurrence() {
        String before = "Ana dijo sí. Luis dijo no.";
        Target old = targetOn(before, "dijo", 1);
        String after = "Ana dijo sí. Luza dijo quizá. Luis dijo no.";
        assertThat(after.startsWith("dijo", old.start())).as("another dijo stands at the old position").isTrue();

        Anchoring anchoring = Anchorer.anchor(old, after);

        assertThat(anchoring.method()).isEqualTo(Method.QUOTE);
        assertThat(anchoring.target().start()).isEqualTo(after.indexOf("Luis dijo") + "Luis ".length());
    }

    @Test
    void twoOccurrencesEquallyLikelyMakeTheTargetAnOrphanRatherThanACoinFlip() {
        Target old = Targets.of("-----ab-----", 5, 7);
        String after = "qqqabqqabqq";
        assertThat(occurrences(after, "ab")).containsExactly(3, 7);

        Anchoring anchoring = Anchorer.anchor(old, after);

        assertThat(anchoring.method()).isEqualTo(Method.ORPHAN);
        assertThat(anchoring.original()).isEqualTo(old);
    }

    @Test
    void emojiBeforeTheSpanShiftItByTheirUtf16Length() {
        Target old = targetOn(sample, FIGURE, 0);
        int paragraph = sample.lastIndexOf('\n', old.start()) + 1;
        String emoji = "🇰🇵🤝🇷🇺 ";
        String edited = sample.substring(0, paragraph) + emoji + sample.substring(paragraph);

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.QUOTE);
        assertThat(anchoring.target().start()).isEqualTo(old.start() + emoji.length());
        assertThat(CodePointIndex.of(edited).toCodePoints(anchoring.target().start()))
                .isEqualTo(CodePointIndex.of(sample).toCodePoints(old.start())
                        + emoji.codePointCount(0, emoji.length()));
    }

    @Test
    void aSpanJustAfterEmojiKeepsEmojiInItsPrefixWhole() {
        String text = "Kim 😀😀 dijo hoy";
        Target old = Targets.of(text, 9, 13);
        String edited = "🎉" + text;

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.QUOTE);
        assertThat(anchoring.target().start()).isEqualTo(11);
        assertThat(anchoring.target().prefix()).isEqualTo("🎉Kim 😀😀 ");
    }

    @Test
    void deletingAWholeParagraphOrphansItsClaimsAndMovesTheLaterOnes() {
        Target inside = targetOn(sample, FIGURE, 0);
        Target later = targetOn(sample, "La posición de China es continuar", 0);
        Target earlier = targetOn(sample, "Hace cuatro años", 0);
        int paragraphStart = sample.lastIndexOf('\n', inside.start()) + 1;
        int paragraphEnd = sample.indexOf('\n', inside.start()) + 1;
        String edited = sample.substring(0, paragraphStart) + sample.substring(paragraphEnd);

        List<Anchoring> anchorings = Anchorer.anchorAll(List.of(inside, later, earlier), edited);

        assertThat(anchorings).extracting(Anchoring::method)
                .containsExactly(Method.ORPHAN, Method.QUOTE, Method.POSITION);
        assertThat(anchorings.get(1).target().start()).isEqualTo(later.start() - (paragraphEnd - paragraphStart));
        assertThat(anchorings.get(2).target()).isEqualTo(earlier);
    }

    @Test
    void aSentenceMovedToAnotherParagraphIsFoundThere() {
        String sentence = "La comida Escasez en Corea del Norte parece estar extendiéndose";
        Target old = targetOn(sample, sentence, 0);
        String withoutIt = replaceFirst(sample, sentence + ", y ", "");
        int second = withoutIt.indexOf('\n') + 1;
        String edited = withoutIt.substring(0, second) + sentence + ". " + withoutIt.substring(second);

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.QUOTE);
        assertThat(anchoring.target().start()).isEqualTo(second);
        assertThat(anchoring.target().suffix()).startsWith(". Hace cuatro años");
    }

    @Test
    void anEmptyTargetAnchorsOnlyByPosition() {
        Target caret = Targets.of(sample, 100, 100);

        assertThat(Anchorer.anchor(caret, "x" + sample).method()).isEqualTo(Method.POSITION);
        assertThat(Anchorer.anchor(caret, "x" + sample).target().start()).isEqualTo(100);
        assertThat(Anchorer.anchor(caret, sample.substring(0, 99)).method()).isEqualTo(Method.ORPHAN);
        assertThat(Anchorer.anchor(Targets.of("ab", 1, 1), "😀").method()).isEqualTo(Method.ORPHAN);
    }

    @Test
    void aShortWordIsFoundFuzzilyOnlyWhereItsContextAgrees() {
        String before = "El ministro dijo que la cumbre fue un éxito. Nadie más habló del asunto ayer.";
        Target old = targetOn(before, "dijo", 0);

        Anchoring kept = Anchorer.anchor(old, before.replace("dijo", "dije"));
        Anchoring elsewhere = Anchorer.anchor(old, "Otro texto: yo dije algo distinto y nada más.");

        assertThat(kept.method()).isEqualTo(Method.FUZZY);
        assertThat(kept.target().exact()).isEqualTo("dije");
        assertThat(elsewhere.method()).isEqualTo(Method.ORPHAN);
    }

    @Test
    void aWordChangedTooMuchIsNotFuzzilyPlaced() {
        Target old = targetOn(sample, "casi la mitad", 0);
        String edited = replaceFirst(sample, "casi la mitad", "un tercio");

        assertThat(Anchorer.anchor(old, edited).method()).isEqualTo(Method.ORPHAN);
    }

    @Test
    void aFuzzyMatchPrefersWholeWords() {
        String before = "Según la ONU, casi la mitad de la población pasaba hambre.";
        Target old = targetOn(before, "la mitad de la", 0);
        String after = "Según la ONU, casi la mitad de a población pasaba hambre.";

        Anchoring anchoring = Anchorer.anchor(old, after);

        assertThat(anchoring.method()).isEqualTo(Method.FUZZY);
        assertThat(anchoring.target().exact()).isEqualTo("la mitad de a");
    }

    @Test
    void aLongSpanIsFoundByItsEndsWhenItsMiddleChanged() {
        int start = sample.indexOf("La última cumbre");
        int end = sample.indexOf("Rusia son un acontecimiento");
        assertThat(end - start).isGreaterThan(Anchorer.MAX_DP_LENGTH);
        Target old = Targets.of(sample, start, end);
        String inserted = "Nota: texto revisado.\n";
        String edited = inserted + replaceFirst(replaceFirst(sample, "tráfico de armas", "comercio de armas"),
                "Hace un año y medio", "Hace año y medio");

        Anchoring anchoring = Anchorer.anchor(old, edited);

        assertThat(anchoring.method()).isEqualTo(Method.FUZZY);
        assertThat(anchoring.target().start()).isEqualTo(start + inserted.length());
        assertThat(anchoring.target().exact()).contains("comercio de armas").contains("Hace año y medio");
        assertThat(anchoring.distance()).isEqualTo(levenshtein(old.exact(), anchoring.target().exact()));
    }

    @Test
    void anchorAllGivesTheSameAnswersAsAnchorInTheOrderGiven() {
        Random random = new Random(5);
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int start = random.nextInt(sample.length() - 100);
            targets.add(Targets.of(sample, start, start + 1 + random.nextInt(60)));
        }
        String edited = "Nueva entradilla.\n" + replaceFirst(replaceFirst(sample, "Vladivostok", "Vladivostock"),
                "\nLa cumbre Kim-Putin podría cambiar la dinámica de seguridad en Europa,", "");

        List<Anchoring> all = Anchorer.anchorAll(targets, edited);

        assertThat(all).hasSize(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Anchoring alone = Anchorer.anchor(targets.get(i), edited);
            assertThat(all.get(i).original()).isSameAs(targets.get(i));
            assertThat(all.get(i).method()).as("target %s", targets.get(i)).isEqualTo(alone.method());
            assertThat(all.get(i).target()).as("target %s", targets.get(i)).isEqualTo(alone.target());
        }
    }

    @Test
    void anchorAllPlacesTwentyThousandTargetsOnAFiveMegabyteText() {
        StringBuilder text = new StringBuilder();
        for (int copy = 0; text.length() < 5_000_000; copy++) {
            text.append("Copia ").append(copy).append('\n').append(sample);
        }
        String big = text.toString();
        int middle = big.indexOf('\n', big.length() / 2) + 1;
        String firstInsert = "Nota del editor: esta versión corrige varias cifras.\n";
        String secondInsert = "Párrafo añadido en medio del texto, con un 😀.\n";
        String edited = firstInsert + big.substring(0, middle) + secondInsert + big.substring(middle);
        Random random = new Random(20_000);
        List<Target> targets = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        while (targets.size() < 20_000) {
            int start = random.nextInt(big.length() - 100);
            int end = start + 5 + random.nextInt(80);
            if (start < middle && end > middle) {
                continue;
            }
            targets.add(Targets.of(big, start, end));
            expected.add(start + firstInsert.length() + (start >= middle ? secondInsert.length() : 0));
        }

        List<Anchoring> anchorings = Anchorer.anchorAll(targets, edited);

        for (int i = 0; i < targets.size(); i++) {
            assertThat(anchorings.get(i).target()).as("target %s", targets.get(i)).isNotNull();
            assertThat(anchorings.get(i).target().start()).as("target %s", targets.get(i)).isEqualTo(expected.get(i));
            assertThat(anchorings.get(i).target().exact()).isEqualTo(targets.get(i).exact());
        }
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomEditsOutsideTheSpanAlwaysFindItWithTheSameText(int seed) {
        Random random = new Random(seed);
        String text = sample;
        Target old = uniqueRandomTarget(random, text);
        int start = old.start();
        int end = old.end();
        int edits = 1 + random.nextInt(25);
        for (int i = 0; i < edits; i++) {
            if (random.nextBoolean()) {
                int at = random.nextBoolean() ? random.nextInt(start + 1)
                        : end + random.nextInt(text.length() - end + 1);
                at = pairSafe(text, at);
                String insert = randomText(random, 1 + random.nextInt(40));
                text = text.substring(0, at) + insert + text.substring(at);
                if (at <= start) {
                    start += insert.length();
                    end += insert.length();
                }
            } else if (random.nextBoolean() && start > 0) {
                int from = pairSafe(text, random.nextInt(start));
                int to = pairSafe(text, Math.min(start, from + 1 + random.nextInt(60)));
                text = text.substring(0, from) + text.substring(to);
                start -= to - from;
                end -= to - from;
            } else if (end < text.length()) {
                int from = pairSafe(text, end + random.nextInt(text.length() - end));
                int to = pairSafe(text, Math.min(text.length(), from + 1 + random.nextInt(60)));
                text = text.substring(0, from) + text.substring(to);
            }
        }

        Anchoring anchoring = Anchorer.anchor(old, text);

        assertThat(anchoring.method()).isIn(Method.POSITION, Method.QUOTE);
        assertThat(anchoring.target().exact()).isEqualTo(old.exact());
        assertThat(anchoring.target().start()).isEqualTo(start);
        assertThat(Targets.matches(text, anchoring.target())).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomEditsThatDamageTheSpanNeverPlaceItOnWrongText(int seed) {
        Random random = new Random(seed);
        String text = sample;
        Target old = uniqueRandomTarget(random, text);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int spanLength = old.length();
            int at = pairSafe(text, Math.min(text.length(), old.start() + random.nextInt(spanLength)));
            switch (random.nextInt(3)) {
                case 0 -> text = text.substring(0, at) + randomText(random, 1 + random.nextInt(4)) + text.substring(at);
                case 1 -> text = text.substring(0, at)
                        + text.substring(pairSafe(text, Math.min(text.length(), at + 1 + random.nextInt(spanLength))));
                default -> {
                    int to = pairSafe(text, Math.min(text.length(), at + 1 + random.nextInt(3)));
                    text = text.substring(0, at) + randomText(random, 1 + random.nextInt(3)) + text.substring(to);
                }
            }
        }

        Anchoring anchoring = Anchorer.anchor(old, text);

        assertThat(anchoring.original()).isEqualTo(old);
        if (!anchoring.isOrphan()) {
            Target placed = anchoring.target();
            assertThat(Targets.matches(text, placed)).isTrue();
            if (anchoring.method() == Method.FUZZY) {
                assertThat(anchoring.distance()).isEqualTo(levenshtein(old.exact(), placed.exact()))
                        .isBetween(1, Math.max(1, old.length() / 4));
            } else {
                assertThat(placed.exact()).isEqualTo(old.exact());
            }
        }
    }

    @Test
    void anAnchoringHasATargetExactlyWhenItIsNotAnOrphan() {
        Target target = Targets.of(sample, 0, 5);

        assertThatThrownBy(() -> new Anchoring(Method.ORPHAN, target, target, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Anchoring(Method.QUOTE, null, target, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Anchoring(Method.FUZZY, target, target, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sellersFindsTheBestSubstringAndWhereItStarts() {
        List<int[]> matches = Anchorer.sellers("xx casi la mitád yy", 0, 19, "casi la mitad", 1);

        assertThat(matches).anySatisfy(match -> assertThat(match).containsExactly(3, 16, 1));
        assertThat(matches).allSatisfy(match -> assertThat(match[2]).isLessThanOrEqualTo(1));
    }

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" within {2}")
    @CsvSource({
        "kitten, sitting, 5",
        "casi la mitad, casi la mitád, 2",
        "abc, abc, 0",
        "abcdef, azcdefg, 3",
        "'', abc, 3",
    })
    void bandedDistanceAgreesWithLevenshteinWithinTheBand(String a, String b, int band) {
        int distance = Anchorer.bandedDistance(a, "<" + b + ">", 1, 1 + b.length(), band);

        int expected = levenshtein(a, b);
        assertThat(distance).isEqualTo(expected <= band ? expected : band + 1);
    }

    private static Target uniqueRandomTarget(Random random, String text) {
        while (true) {
            int start = random.nextInt(text.length() - 150);
            int end = start + 12 + random.nextInt(108);
            String exact = text.substring(start, end);
            if (text.indexOf(exact) == text.lastIndexOf(exact)) {
                return Targets.of(text, start, end);
            }
        }
    }

    private static String randomText(Random random, int codePoints) {
        String pool = "abcdefghijklmnopqrstuvwxyz áéíóúñ,.«»";
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            if (random.nextInt(10) == 0) {
                builder.appendCodePoint(0x1F600 + random.nextInt(40));
            } else {
                builder.append(pool.charAt(random.nextInt(pool.length())));
            }
        }
        return builder.toString();
    }

    private static int pairSafe(String text, int offset) {
        return Targets.splitsPair(text, offset) ? offset - 1 : offset;
    }

    private static String sample() {
        try {
            return Files.readString(Path.of("assets/kim-putin-summit-es.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Target targetOn(String text, String quote, int occurrence) {
        List<Integer> found = occurrences(text, quote);
        assertThat(found).as("occurrences of %s", quote).hasSizeGreaterThan(occurrence);
        int start = found.get(occurrence);
        return Targets.of(text, start, start + quote.length());
    }

    private static List<Integer> occurrences(String text, String quote) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static String replaceFirst(String text, String before, String after) {
        int at = text.indexOf(before);
        assertThat(at).as("%s is in the text", before).isNotNegative();
        return text.substring(0, at) + after + text.substring(at + before.length());
    }

    static int levenshtein(String a, String b) {
        int[] previous = IntStream.rangeClosed(0, b.length()).toArray();
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
