package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.factdesk.model.Language;
import org.factdesk.model.Severity;
import org.junit.jupiter.api.Test;

/** The LanguageTool adapter on short texts, with the real LanguageTool rules. */
class LanguageToolCheckerTest {

    /** One shared checker: building LanguageTool's rules takes seconds. */
    private static final LanguageToolChecker CHECKER = new LanguageToolChecker();

    @Test
    void spanishContractionIsFoundWithItsFixAndAPrefixedRuleId() {
        String text = "El presidente volvió de el viaje ayer.";
        List<QaIssue> issues = CHECKER.check(text, Language.ES, Locale.forLanguageTag("es"));

        assertThat(issues).anySatisfy(issue -> {
            assertThat(issue.check()).startsWith("languagetool:");
            assertThat(text.substring(issue.start(), issue.end())).isEqualTo("de el");
            assertThat(issue.suggestion()).isEqualTo("del");
            assertThat(issue.message()).isNotBlank().doesNotContain("<suggestion>");
            assertThat(issue.severity()).isIn(Severity.WARNING, Severity.INFO);
        });
    }

    @Test
    void englishAgreementSlipIsFound() {
        String text = "The minister spoke.\nHe are happy with the talks.";
        List<QaIssue> issues = CHECKER.check(text, Language.EN, Locale.ENGLISH);

        assertThat(issues).isNotEmpty().allSatisfy(issue -> assertThat(issue.end()).isLessThanOrEqualTo(text.length()));
        assertThat(issues).anySatisfy(issue -> assertThat(text.substring(issue.start(), issue.end())).contains("are"));
        assertThat(issues).allSatisfy(issue -> assertThat(issue.check()).startsWith(LanguageToolChecker.PREFIX));
    }

    @Test
    void correctTextsWithForeignNamesGiveNothing() {
        assertThat(CHECKER.check("Kim Jong Un se reunió con Vladímir Putin en Vladivostok, según la agencia KCNA.",
                Language.ES, Locale.ENGLISH)).isEmpty();
        assertThat(CHECKER.check("Kim Jong Un met Vladimir Putin in Vladivostok, the KCNA agency said.",
                Language.EN, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void unsupportedLanguageAndEmptyTextGiveNothing() {
        assertThat(CHECKER.supports(Language.UNDETERMINED)).isFalse();
        assertThat(CHECKER.check("de el", Language.UNDETERMINED, Locale.ENGLISH)).isEmpty();
        assertThat(CHECKER.check("", Language.ES, Locale.ENGLISH)).isEmpty();
    }
}
