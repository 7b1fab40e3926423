package org.factdesk.analysis.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.factdesk.analysis.Throughput;
import org.factdesk.analysis.Throughput.Timing;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Check-worthiness scores: verifiable claims above opinions, questions, predictions and small talk. */
class StatementScorerTest {

    /** A sentence of src/test/resources/analysis/statements/statements.tsv with its label. */
    record Labelled(boolean checkWorthy, Language language, String sentence) {
    }

    private final StatementScorer scorer = new StatementScorer();

    static List<Labelled> labelled() throws IOException {
        return labelled("statements.tsv");
    }

    static List<Labelled> labelled(String file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/analysis/statements", file),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            out.add(new Labelled(fields[0].equals("yes"), Language.fromCode(fields[1]).orElseThrow(), fields[2]));
        }
        return out;
    }

    private static double scoreOf(String sentence) {
        return StatementScorer.scoreSentence(sentence, 0, sentence.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void checkWorthySentencesScoreClearlyAboveTheOthers(Language language) throws IOException {
        List<Labelled> set = labelled().stream().filter(l -> l.language() == language).toList();
        double[] yes = set.stream().filter(Labelled::checkWorthy).mapToDouble(l -> scoreOf(l.sentence())).toArray();
        double[] no = set.stream().filter(l -> !l.checkWorthy()).mapToDouble(l -> scoreOf(l.sentence())).toArray();
        double meanYes = IntStream.range(0, yes.length).mapToDouble(i -> yes[i]).average().orElse(0);
        double meanNo = IntStream.range(0, no.length).mapToDouble(i -> no[i]).average().orElse(0);
        double auc = auc(yes, no);
        List<Labelled> ranked = new ArrayList<>(set);
        ranked.sort(Comparator.comparingDouble((Labelled l) -> scoreOf(l.sentence())).reversed());
        long topTen = ranked.stream().limit(10).filter(Labelled::checkWorthy).count();
        long proposed = set.stream().filter(l -> scoreOf(l.sentence()) >= StatementScorer.PROPOSAL_THRESHOLD).count();
        long proposedRight = set.stream().filter(l -> l.checkWorthy()
                && scoreOf(l.sentence()) >= StatementScorer.PROPOSAL_THRESHOLD).count();
        System.out.println(String.format(Locale.ROOT,
                "statements %s: mean yes %.2f, mean no %.2f, AUC %.3f, precision@10 %.1f, "
                        + "at threshold %.2f: precision %.2f recall %.2f",
                language.code(), meanYes, meanNo, auc, topTen / 10.0, StatementScorer.PROPOSAL_THRESHOLD,
                proposed == 0 ? 0 : (double) proposedRight / proposed, (double) proposedRight / yes.length));
        if (Boolean.getBoolean("statements.verbose")) {
            ranked.forEach(l -> System.out.println(String.format(Locale.ROOT, "  %.2f %s %s",
                    scoreOf(l.sentence()), l.checkWorthy() ? "yes" : "no ", l.sentence())));
        }

        assertThat(meanYes - meanNo).isGreaterThan(0.35);
        assertThat(auc).isGreaterThan(0.9);
        assertThat(topTen).isGreaterThanOrEqualTo(9);
    }

    @Test
    void onHeldOutSentencesTheRankingStillSeparatesCheckWorthyOnes() throws IOException {
        List<Labelled> set = labelled("statements-heldout.tsv");
        double[] yes = set.stream().filter(Labelled::checkWorthy).mapToDouble(l -> scoreOf(l.sentence())).toArray();
        double[] no = set.stream().filter(l -> !l.checkWorthy()).mapToDouble(l -> scoreOf(l.sentence())).toArray();
        double auc = auc(yes, no);
        long proposed = set.stream().filter(l -> scoreOf(l.sentence()) >= StatementScorer.PROPOSAL_THRESHOLD).count();
        long proposedRight = set.stream().filter(l -> l.checkWorthy()
                && scoreOf(l.sentence()) >= StatementScorer.PROPOSAL_THRESHOLD).count();
        System.out.println(String.format(Locale.ROOT,
                "statements held-out (es+en, %d yes, %d no): AUC %.3f, at threshold: precision %.2f recall %.2f",
                yes.length, no.length, auc, proposed == 0 ? 0 : (double) proposedRight / proposed,
                (double) proposedRight / yes.length));
        if (Boolean.getBoolean("statements.verbose")) {
            set.forEach(l -> System.out.println(String.format(Locale.ROOT, "  %.2f %s %s",
                    scoreOf(l.sentence()), l.checkWorthy() ? "yes" : "no ", l.sentence())));
        }

        assertThat(auc).isGreaterThan(0.75);
    }

    static Stream<Language> languages() {
        return Stream.of(Language.ES, Language.EN);
    }

    /** Probability that a random check-worthy sentence outscores a random other one (ties count half). */
    private static double auc(double[] yes, double[] no) {
        double wins = 0;
        for (double y : yes) {
            for (double n : no) {
                wins += y > n ? 1 : y == n ? 0.5 : 0;
            }
        }
        return wins / (yes.length * (double) no.length);
    }

    static Stream<Arguments> higherThan() {
        return Stream.of(
                // a sentence, and one on the same subject that deserves checking less
                Arguments.of("El paro bajó un 3,2 % en marzo, hasta 2,7 millones de personas.",
                        "El paro podría bajar en los próximos meses."),
                Arguments.of("El Gobierno aprobó en 2023 un gasto de 1.200 millones de euros.",
                        "¿Cuánto dinero gastará el Gobierno?"),
                Arguments.of("La inflación fue del 3,2 %, más que en enero.", "Creo que la inflación es terrible."),
                Arguments.of("Madrid registró 40 grados el 10 de agosto.", "¡Qué calor hace hoy en Madrid!"),
                Arguments.of("Kim y Putin se reunieron en Vladivostok en abril de 2019.", "Kim y Putin"),
                Arguments.of("Unemployment fell to 3.7% in December, the lowest since 1969.",
                        "Unemployment will probably fall next year."),
                Arguments.of("The company sold 230 million phones in 2023.", "What will the company sell next?"),
                Arguments.of("The Senate passed the bill 68 to 32 on Tuesday.", "I think the Senate should pass it."),
                Arguments.of("Prices rose twice as fast as wages in 2022.", "Thank you all for coming."),
                Arguments.of("The storm killed 14 people in Florida on Sunday.", "Updated 2:42 p.m. ET, May 5"));
    }

    @ParameterizedTest(name = "{0} > {1}")
    @MethodSource("higherThan")
    void aVerifiableClaimOutscoresAnOpinionQuestionPredictionOrSmallTalk(String claim, String other) {
        assertThat(scoreOf(claim)).isGreaterThan(scoreOf(other));
        assertThat(scoreOf(claim)).isGreaterThanOrEqualTo(StatementScorer.PROPOSAL_THRESHOLD);
        assertThat(scoreOf(other)).isLessThan(StatementScorer.PROPOSAL_THRESHOLD);
    }

    @Test
    void everySentenceOfTheSampleIsScoredAndTheFactualOnesAreProposed() throws IOException {
        String text = Files.readString(Path.of("assets/kim-putin-summit-es.txt"), StandardCharsets.UTF_8);

        List<StatementMatch> scored = scorer.score(text, Language.ES);
        List<StatementMatch> proposals = scorer.proposals(text, Language.ES);

        assertThat(scored).extracting(StatementMatch::start).isSorted();
        assertThat(scored).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        assertThat(proposals).isNotEmpty().allSatisfy(m -> assertThat(scored).contains(m));
        assertThat(proposals.size()).isLessThan(scored.size() / 2);
        List<String> proposed = proposals.stream().map(m -> text.substring(m.start(), m.end())).toList();
        assertThat(proposed).anySatisfy(s -> assertThat(s).contains("casi la mitad de la población"));
        assertThat(proposed).anySatisfy(s -> assertThat(s).contains("La última cumbre entre Kim y Putin en abril"));
        assertThat(proposed).noneSatisfy(s -> assertThat(s).startsWith("Actualizado"));
        assertThat(proposed).noneSatisfy(s -> assertThat(s).startsWith("¿"));
        assertThat(proposed).noneSatisfy(s -> assertThat(s).isEqualTo("China en la valla"));
    }

    @Test
    @Tag("benchmark")
    void throughputOnFiveMegabytesIsReported(@TempDir Path directory) throws IOException {
        String sample = Files.readString(Path.of("assets/kim-putin-summit-es.txt"), StandardCharsets.UTF_8);
        String text = (sample + "\n").repeat(5_000_000 / sample.length() + 1);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            scorer.score(text.substring(0, 1_000_000), Language.ES);
        }
        List<List<StatementMatch>> runs = new ArrayList<>();
        Timing timing = Throughput.best(3, () -> runs.add(scorer.score(text, Language.ES)));
        List<StatementMatch> scored = runs.get(0);
        Throughput.print("analysis.statements", text, timing, Throughput.readAndNormalise(text, directory),
                scored.size() + " sentences scored");
        assertThat(scored.size()).isGreaterThan(text.length() / sample.length() * 50);
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(scorer.score("", Language.ES)).isEmpty();
        assertThat(scorer.score("   \n\n", Language.EN)).isEmpty();
        assertThat(scorer.proposals(null, null)).isEmpty();
    }

    @Test
    void aDottedCapitalIOrACapitalSigmaDoesNotCostTheTextItsStatements() {
        String text = "El paro bajó un 3,2 % en marzo, según el Instituto Nacional de Estadística.\n"
                + "La delegación llegó ayer a İSTANBUL con 40 ΣΥΝΕΔΡΟΙ desde İZMİR, DİYARBAKIR y KİLİS: «¿QUİÉN?»";

        List<StatementMatch> scored = scorer.score(text, Language.ES);

        assertThat(scored).hasSize(2);
        assertThat(scored).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
    }

    /** The scorer tells chars apart by their own case, which must tell what their lower case would. */
    @Test
    void lowerCasingTurnsNoCharIntoAnotherKind() {
        // every mark, space and sign the rules compare chars with
        String marks = "'’-.,:?¿!¡%$€£«“\"‘(—…»”) ";
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char original = (char) c;
            char lower = Character.toLowerCase(original);
            assertThat(Character.isLetter(lower)).as("U+%04X", c).isEqualTo(Character.isLetter(original));
            assertThat(Character.isDigit(lower)).as("U+%04X", c).isEqualTo(Character.isDigit(original));
            if (marks.indexOf(original) >= 0 || marks.indexOf(lower) >= 0) {
                assertThat(lower).as("U+%04X", c).isEqualTo(original);
            }
        }
    }

    @Test
    void randomAndHostileTextsGiveScoresInRange() {
        Random random = new Random(7);
        String alphabet = "aZ9 .,;¿?¡!%$€«»“”\"'—\n\u0000😀שלוםمرحبا\u200f1,5 del 2023 said dijo podría";
        for (int round = 0; round < 30; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3000);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            for (Language language : new Language[] {Language.ES, Language.EN, Language.UNDETERMINED}) {
                for (StatementMatch match : scorer.score(s, language)) {
                    assertThat(match.score()).isBetween(0.0, 1.0);
                    assertThat(match.end()).isBetween(match.start(), s.length());
                }
            }
        }
        assertThat(scorer.score("1".repeat(200_000), Language.ES)).hasSize(1);
    }
}
