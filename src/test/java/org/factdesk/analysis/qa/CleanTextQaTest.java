package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Correct news texts with names, quotations and numbers: nothing in them is a slip. */
class CleanTextQaTest {

    @ParameterizedTest
    @CsvSource({
        "clean-es-economia.txt, es",
        "clean-es-salud-deporte.txt, es",
        "clean-en-politics.txt, en",
        "clean-en-health-sports.txt, en",
        "faithful-es.txt, es",
        "source-en.txt, en",
    })
    void correctTextGivesNoIssue(String file, String code) throws IOException {
        String text = QaTestSupport.read(file);
        List<QaIssue> issues = QaTestSupport.check(text, Language.fromCode(code).orElseThrow());
        assertThat(issues).as(QaTestSupport.describe(text, issues)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"es", "en"})
    void correctTextGivesNoIssueWhateverTheMessageLanguage(String ui) throws IOException {
        String text = QaTestSupport.read("clean-es-economia.txt");
        assertThat(new TranslationChecker().check(text, Language.ES, Locale.forLanguageTag(ui))).isEmpty();
    }
}
