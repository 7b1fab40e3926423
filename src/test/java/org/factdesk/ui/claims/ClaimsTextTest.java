package org.factdesk.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.FigureType;
import org.factdesk.model.Origin;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Target;
import org.factdesk.model.Verdict;
import org.factdesk.ui.I18n;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind, verdict, figure type and qualifier has a name in each language; snippets stay on one line. */
class ClaimsTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyEnumValueHasALocalizedName(String language) {
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        for (ClaimKind kind : ClaimKind.values()) {
            assertThat(ClaimsText.kind(i18n, kind)).as(kind.id()).doesNotStartWith("!").isNotBlank();
        }
        for (Verdict verdict : Verdict.values()) {
            assertThat(ClaimsText.verdict(i18n, verdict)).as(verdict.id()).doesNotStartWith("!").isNotBlank();
        }
        for (FigureType type : FigureType.values()) {
            assertThat(ClaimsText.figureType(i18n, type)).as(type.id()).doesNotStartWith("!").isNotBlank();
        }
        for (Qualifier qualifier : Qualifier.values()) {
            assertThat(ClaimsText.qualifier(i18n, qualifier)).as(qualifier.id()).doesNotStartWith("!").isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void verdictNamesDifferFromEachOther(String language) {
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        assertThat(java.util.Arrays.stream(Verdict.values()).map(v -> ClaimsText.verdict(i18n, v)).distinct())
                .hasSize(Verdict.values().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dos\nlíneas  y   espacios", "a\u00a0b"})
    void snippetsAreQuotedOnOneLine(String text) {
        Claim claim = Claim.create("d", ClaimKind.STATEMENT, new Target(0, text.length(), text, "", ""), "me",
                Origin.MANUAL, Instant.EPOCH);
        assertThat(ClaimsText.snippet(claim, 100)).startsWith("“").endsWith("”").doesNotContain("\n", "  ");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6})
    void longSnippetsAreCutWithAnEllipsisWithoutSplittingACharacter(int max) {
        String text = "abcde\uD83D\uDE00fgh";
        Claim claim = Claim.create("d", ClaimKind.STATEMENT, new Target(0, text.length(), text, "", ""), "me",
                Origin.MANUAL, Instant.EPOCH);
        String snippet = ClaimsText.snippet(claim, max);
        assertThat(snippet).endsWith("…”").doesNotContain("\uD83D\uDE00…".substring(1));
        assertThat(snippet.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp))).isTrue();
    }
}
