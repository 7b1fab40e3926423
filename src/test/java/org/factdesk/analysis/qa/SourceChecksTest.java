package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks against the source, on an English source with a faithful and a slipped Spanish translation. */
class SourceChecksTest {

    private static final Set<String> SOURCE_CHECKS = Set.copyOf(TranslationChecker.SOURCE_CHECK_IDS);

    private static String source;
    private static String slipped;
    private static List<QaIssue> slippedIssues;

    @BeforeAll
    static void checkSlipped() throws IOException {
        source = QaTestSupport.read("source-en.txt");
        slipped = QaTestSupport.read("slipped-es.txt");
        slippedIssues = new TranslationChecker().check(slipped, Language.ES, source, Language.EN, Locale.ENGLISH);
    }

    @Test
    void aFaithfulTranslationHasNoSourceIssue() throws IOException {
        String faithful = QaTestSupport.read("faithful-es.txt");
        List<QaIssue> issues = new TranslationChecker().check(faithful, Language.ES, source, Language.EN,
                Locale.ENGLISH);
        assertThat(issues).as(QaTestSupport.describe(faithful, issues)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "number-mismatch      | 10.000",
        "missing-segment      | Según estimaciones surcoreanas",
        "name-mismatch        | Pancheco",
        "untranslated-segment | The United States has warned",
        "quote-mismatch       | los próximos días y hablarán",
    })
    void eachDeliberateDifferenceIsFound(String check, String inside) {
        int at = slipped.indexOf(inside);
        assertThat(slippedIssues).as(QaTestSupport.describe(slipped, slippedIssues))
                .anySatisfy(issue -> {
                    assertThat(issue.check()).isEqualTo(check);
                    assertThat(issue.start()).isLessThanOrEqualTo(at);
                    assertThat(issue.end()).isGreaterThan(at);
                });
    }

    @Test
    void theSlippedTranslationHasNoOtherSourceIssue() {
        List<QaIssue> sourceIssues = slippedIssues.stream().filter(i -> SOURCE_CHECKS.contains(i.check())).toList();
        assertThat(sourceIssues).as(QaTestSupport.describe(slipped, sourceIssues)).hasSize(5);
    }

    @Test
    void aChangedNumberSuggestsTheSourceNumber() {
        assertThat(slippedIssues).filteredOn(i -> i.check().equals("number-mismatch"))
                .singleElement().satisfies(i -> assertThat(i.suggestion()).isEqualTo("1,000"));
    }

    @Test
    void aNumberLeftOutIsMissing() {
        String target = "Duró unas horas.";
        List<QaIssue> issues = new TranslationChecker().check(target, Language.ES, "It lasted about 3.5 hours.",
                Language.EN, Locale.ENGLISH);
        assertThat(issues).extracting(QaIssue::check).containsExactly("number-missing");
    }

    @Test
    void aSentenceWithNoSourceIsAdded() {
        String src = "The Kremlin confirmed the visit on Monday. Putin will travel on Tuesday.";
        String target = "El Kremlin confirmó la visita el lunes. Además, el presidente visitará una fábrica de aviones"
                + " en la región del Pacífico y se reunirá con estudiantes. Putin viajará el martes.";
        List<QaIssue> issues = new TranslationChecker().check(target, Language.ES, src, Language.EN, Locale.ENGLISH);
        assertThat(issues).extracting(QaIssue::check).containsExactly("added-segment");
        assertThat(target.substring(issues.get(0).start(), issues.get(0).end())).startsWith("Además");
    }

    @Test
    void aWholeParagraphLeftOutIsMissing() {
        String src = "Kim left Pyongyang on Sunday.\nThe Kremlin confirmed the visit on Monday.\n"
                + "Putin will travel to Vladivostok on Tuesday for the forum.";
        String target = "Kim salió de Pyongyang el domingo.\nPutin viajará a Vladivostok el martes para el foro.";
        List<QaIssue> issues = new TranslationChecker().check(target, Language.ES, src, Language.EN, Locale.ENGLISH);
        assertThat(issues).extracting(QaIssue::check).containsExactly("missing-segment");
        assertThat(issues.get(0).message()).contains("The Kremlin confirmed the visit");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "More than 1,000 people came.     | Vinieron más de 1.000 personas.",
        "Prices rose 30% in 2023.         | Los precios subieron un 30 % en 2023.",
        "Growth was 3.5 percent.          | El crecimiento fue del 3,5 por ciento.",
        "It cost 3 billion dollars.       | Costó 3.000 millones de dólares.",
        "Four years ago, he left.         | Hace cuatro años, se fue.",
        "The 2 men met at 2:42 p.m.       | Los 2 hombres se reunieron a las 2:42 p.m.",
    })
    void numbersWrittenTheOtherLanguagesWayAreTheSame(String src, String target) {
        List<QaIssue> issues = new TranslationChecker().check(target, Language.ES, src, Language.EN, Locale.ENGLISH);
        assertThat(issues).as(QaTestSupport.describe(target, issues)).isEmpty();
    }

    @Test
    void translatedPlaceNamesAreNotMisspellings() {
        String src = "Russia and Ukraine met in Brussels.";
        String target = "Rusia y Ucrania se reunieron en Bruselas.";
        assertThat(new TranslationChecker().check(target, Language.ES, src, Language.EN, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aNameTheTranslationKeepsElsewhereButDropsHereIsMissing() {
        String src = "Wang met Yang in Seoul.\nLater Wang said the talks went well.";
        String target = "Wang se reunió con Yang en Seúl.\nMás tarde, el profesor dijo que las conversaciones fueron bien.";
        List<QaIssue> issues = new TranslationChecker().check(target, Language.ES, src, Language.EN, Locale.ENGLISH);
        assertThat(issues).extracting(QaIssue::check).containsExactly("name-missing");
    }

    @Test
    void theSourceChecksStayQuietWithoutASource() {
        List<QaIssue> issues = new TranslationChecker().check(slipped, Language.ES, null, Language.EN, Locale.ENGLISH);
        assertThat(issues).noneMatch(i -> SOURCE_CHECKS.contains(i.check()));
    }
}
