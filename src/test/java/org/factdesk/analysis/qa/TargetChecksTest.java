package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each check on the translation alone, with texts it must flag and texts it must leave alone. */
class TargetChecksTest {

    /** check, language, text, the exact text of the span it must report (first occurrence), suggestion or null. */
    static Stream<Arguments> slips() {
        return Stream.of(
                Arguments.of("repeated-word", "es", "Lo dijo una Una persona del gobierno.", "una Una", "una"),
                Arguments.of("repeated-word", "es", "Esto es grave, dijo. dijo el portavoz del ministerio.",
                        "dijo. dijo", "dijo"),
                Arguments.of("repeated-word", "es", "Pidió una transferencia gradual y gradual de la tecnología.",
                        "gradual y gradual", null),
                Arguments.of("repeated-word", "en", "The the minister said nothing.", "The the", "The"),
                Arguments.of("repeated-word", "en", "He asked for a slow and slow transfer.", "slow and slow", null),
                Arguments.of("name-variant", "es", "Lo dijo Ramón Pacheco Pardo. Según Pacheco Pardo, la guerra "
                        + "seguirá. «Es grave», añadió Pancheco Pardo.", "Pancheco", "Pacheco"),
                Arguments.of("name-variant", "en", "Pyongyang said so. Officials in Pyongyang agreed. Later Pyongang "
                        + "denied it.", "Pyongang", "Pyongyang"),
                Arguments.of("split-name", "es", "El líder Kim Jong Un llegó el lunes. Putin habló con Kim Jong. «Un "
                        + "apoyo militar».", "Kim Jong. «Un", "Kim Jong Un"),
                Arguments.of("split-name", "en", "Joe Biden spoke first. Then Joe, Biden said, left.", "Joe, Biden",
                        "Joe Biden"),
                Arguments.of("contraction", "es", "Es director de el Centro de Política Global.", "de el", "del"),
                Arguments.of("contraction", "es", "Viajó a el norte del país.", "a el", "al"),
                Arguments.of("contraction", "es", "De el resto no se sabe nada.", "De el", "Del"),
                Arguments.of("double-punctuation", "es", "Lo subrayó Wang.. Luego se fue.", "..", "."),
                Arguments.of("double-punctuation", "en", "He left,, and then came back.", ",,", ","),
                Arguments.of("double-punctuation", "en", "He said “no.”. Then he left.", ".”.", "”."),
                Arguments.of("lowercase-start", "es", "El Kremlin confirmó la visita. después habló la agencia Tass.",
                        "después", "Después"),
                Arguments.of("lowercase-start", "en", "The talks ended. then the leaders left the room.", "then",
                        "Then"),
                Arguments.of("capitalised-word", "es", "La comida Escasez en el país parece extenderse.", "Escasez",
                        "escasez"),
                Arguments.of("capitalised-word", "es", "Dijo a la radio: Pero no dijo cuándo.", "Pero", "pero"),
                Arguments.of("capitalised-word", "es", "Habló de una «neoGuerra Fría» en la región.", "neoGuerra",
                        null),
                Arguments.of("capitalised-word", "en", "The food Shortage is spreading, and the shortage hurts.",
                        "Shortage", "shortage"),
                Arguments.of("unbalanced-quotes", "es", "«Seguirá fracasando, dijo Miller.\nOtro párrafo.", "«", null),
                Arguments.of("unbalanced-quotes", "en", "He said it was over.” Then he left.", "”", null),
                Arguments.of("mixed-quotes", "es", "«Pronto llegará», dijo la agencia. Será en los “próximos días”.",
                        "“próximos días”", "«próximos días»"),
                Arguments.of("mixed-quotes", "en", "“It is over,” he said. \"We go home.\"", "\"We go home.\"",
                        "“We go home.”"),
                Arguments.of("fragment", "es", "La visita fue confirmada. Después a la agencia oficial de noticias "
                        + "rusa Tass.", "Después a la agencia oficial de noticias rusa Tass.", null),
                Arguments.of("fragment", "en", "The visit was confirmed. Next to the official agency of Russia.",
                        "Next to the official agency of Russia.", null),
                Arguments.of("dangling-participle", "es", "Wang Son-taek, director del Centro de Política Global, "
                        + "acordado.", "acordado", null),
                Arguments.of("dangling-participle", "es", "La mitad de la población estaba desnutrida, según un "
                        + "informe publicado en julio encontrado.", "encontrado", null),
                Arguments.of("editorial-note", "es", "Actualizaciones con comentarios del portavoz, atribución en el "
                        + "cuadro 8.", "Actualizaciones con comentarios del portavoz, atribución en el cuadro 8.", ""),
                Arguments.of("editorial-note", "en", "The minister resigned. Adds quote from spokesman in graf 4.",
                        "Adds quote from spokesman in graf 4.", ""),
                Arguments.of("editorial-note", "en", "Updates with comments from the State Department.",
                        "Updates with comments from the State Department.", ""),
                Arguments.of("untranslated", "es", "El ministro dijo que the deal was done y se fue.",
                        "the deal was done", null),
                Arguments.of("untranslated", "es", "The talks were over and the leaders said that they would meet "
                        + "again.", "The talks were over and the leaders said that they would meet again.", null),
                Arguments.of("untranslated", "en", "The minister said that el acuerdo está cerrado.", "el acuerdo está",
                        null));
    }

    /** check, language, text that check must leave alone. */
    static Stream<Arguments> correctTexts() {
        return Stream.of(
                Arguments.of("repeated-word", "es", "Viajó a Bora Bora con su familia."),
                Arguments.of("repeated-word", "es", "La presión crece más y más cada día."),
                Arguments.of("repeated-word", "es", "Se reunió con Kim. Kim dijo que sí."),
                Arguments.of("repeated-word", "en", "He said that that was wrong, and they had had enough."),
                Arguments.of("repeated-word", "en", "Prices rose higher and higher for years and years."),
                Arguments.of("repeated-word", "es", "No, no, no quiero eso."),
                Arguments.of("name-variant", "es", "Estados Unidos y el Departamento de Estado hablaron con las "
                        + "Naciones Unidas."),
                Arguments.of("name-variant", "en", "Aryna Sabalenka won at Rod Laver Arena."),
                Arguments.of("split-name", "es", "Habló con Kim Jong Un. Un portavoz lo confirmó."),
                Arguments.of("contraction", "es", "Es el embajador de El Salvador y escribe en El País."),
                Arguments.of("contraction", "es", "Le dio el libro a él y habló de él."),
                Arguments.of("contraction", "en", "The road de el valle is closed."),
                Arguments.of("double-punctuation", "es", "Viajó a EE. UU., pero volvió... y etc.”. Bien."),
                Arguments.of("double-punctuation", "en", "Really?! He came at 2 p.m., then left."),
                Arguments.of("lowercase-start", "en", "She bought an iPhone. eBay sold it. Then it broke."),
                Arguments.of("lowercase-start", "es", "Llegó a las 2 p.m. y se fue. Luego volvió."),
                Arguments.of("lowercase-start", "en", "He waited... and waited."),
                Arguments.of("capitalised-word", "es", "El presidente del Gobierno habló con el ministro de Economía "
                        + "en la Casa Blanca y con la agencia Tass, que citó a Tass."),
                Arguments.of("capitalised-word", "es", "Dijo: «Pero no es verdad»."),
                Arguments.of("capitalised-word", "en", "I think the Senate and the White House agree."),
                Arguments.of("unbalanced-quotes", "en", "“It will last,” he said.\n“Years, not months.”"),
                Arguments.of("unbalanced-quotes", "en", "“The first paragraph goes on.\n“And ends here.”"),
                Arguments.of("unbalanced-quotes", "en", "King’s College and the Bulls’ coach agreed."),
                Arguments.of("mixed-quotes", "es", "«Dijo que era un “acuerdo histórico” para todos», añadió."),
                Arguments.of("fragment", "es", "Desnuclearización de Corea del Norte\nEditado por Elaine Chan y Mike "
                        + "Firn.\nInformación adicional de Alex Willemyns en Washington."),
                Arguments.of("fragment", "es", "«Un desastre absoluto», dijo. «Nunca más»."),
                Arguments.of("fragment", "es", "Los informes confirman días de especulaciones sobre una cumbre."),
                Arguments.of("fragment", "en", "Reporting by David Morgan; editing by Mary Smith."),
                Arguments.of("dangling-participle", "es", "El acuerdo fue firmado. La ley ha sido aprobada. El "
                        + "presidente respondió, emocionado."),
                Arguments.of("dangling-participle", "es", "Los soldados volvieron con sus aliados. Todo quedó en el "
                        + "pasado."),
                Arguments.of("dangling-participle", "en", "The deal was agreed."),
                Arguments.of("editorial-note", "es", "Actualizado el 11 de septiembre de 2023 a las 2:42 p.m. ET"),
                Arguments.of("editorial-note", "es", "El artículo 5 regula los plazos en el párrafo 3."),
                Arguments.of("untranslated", "es", "Trabaja para el Council on Foreign Relations y Radio Free Asia."),
                Arguments.of("untranslated", "en", "He played for La Liga side Real Sociedad and studied in El Paso, "
                        + "de facto a local."),
                Arguments.of("untranslated", "es", "Lo dijo en la Bank of America."));
    }

    @ParameterizedTest(name = "{0} ({1}): {3}")
    @MethodSource("slips")
    void theCheckReportsTheSlip(String check, String code, String text, String span, String suggestion) {
        List<QaIssue> issues = QaTestSupport.check(text, Language.fromCode(code).orElseThrow());
        int at = text.indexOf(span);
        assertThat(at).as("test data").isNotNegative();
        assertThat(issues).as(QaTestSupport.describe(text, issues))
                .anySatisfy(issue -> {
                    assertThat(issue.check()).isEqualTo(check);
                    assertThat(text.substring(issue.start(), issue.end())).isEqualTo(span);
                    assertThat(issue.start()).isEqualTo(at);
                    assertThat(issue.suggestion()).isEqualTo(suggestion);
                    assertThat(issue.message()).isNotBlank().doesNotStartWith("qa.");
                });
    }

    @ParameterizedTest(name = "{0} ({1}): {2}")
    @MethodSource("correctTexts")
    void theCheckLeavesCorrectTextAlone(String check, String code, String text) {
        List<QaIssue> issues = QaTestSupport.check(text, Language.fromCode(code).orElseThrow());
        assertThat(issues).as(QaTestSupport.describe(text, issues)).noneMatch(i -> i.check().equals(check));
    }

    @Test
    void everyCheckHasSlipsAndCorrectTexts() {
        Set<String> withSlips = new HashSet<>();
        slips().forEach(a -> withSlips.add((String) a.get()[0]));
        Set<String> withCorrect = new HashSet<>();
        correctTexts().forEach(a -> withCorrect.add((String) a.get()[0]));
        assertThat(withSlips).containsAll(TranslationChecker.TARGET_CHECK_IDS);
        assertThat(withCorrect).containsAll(TranslationChecker.TARGET_CHECK_IDS);
    }

    @Test
    void issuesAreSortedAndEachSpanIsReportedOncePerCheck() {
        String text = "Lo dijo una Una persona. después de el foro habló Wang.. y se fue.";
        List<QaIssue> issues = QaTestSupport.check(text, Language.ES);
        assertThat(issues).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(issues).extracting(i -> i.check() + i.start() + ":" + i.end()).doesNotHaveDuplicates();
        assertThat(issues).extracting(QaIssue::check)
                .contains("repeated-word", "lowercase-start", "contraction", "double-punctuation");
    }

    @Test
    void aDoubledIntensifierIsOnlyInformation() {
        List<QaIssue> issues = QaTestSupport.check("Es muy muy importante para todos.", Language.ES);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.check()).isEqualTo("repeated-word");
            assertThat(i.severity()).isEqualTo(org.factdesk.model.Severity.INFO);
        });
    }
}
