package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.factdesk.analysis.attributions.AttributionDetector;
import org.factdesk.analysis.attributions.AttributionMatch;
import org.factdesk.analysis.figures.FigureDetector;
import org.factdesk.analysis.figures.FigureMatch;
import org.factdesk.analysis.qa.QaIssue;
import org.factdesk.analysis.qa.TranslationChecker;
import org.factdesk.analysis.statements.StatementMatch;
import org.factdesk.analysis.statements.StatementScorer;
import org.factdesk.model.Language;
import org.factdesk.text.SpanContract;
import org.factdesk.text.TextNormalizer;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the analysers on any normalised text (the input is read as UTF-8, as an imported file is, and normalised as
 * import does): nothing escapes, no analyser gives up on the text (their safety nets would hide it), nothing hangs,
 * and every offset they return selects valid text.
 */
class AnalysersFuzzTest {

    private static final FigureDetector FIGURES = new FigureDetector();
    private static final AttributionDetector ATTRIBUTIONS = new AttributionDetector();
    private static final StatementScorer STATEMENTS = new StatementScorer();
    private static final TranslationChecker QA = new TranslationChecker();

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void figuresSelectValidText(FuzzedDataProvider data) {
        Language language = language(data);
        String text = text(data);
        try (GaveUpWarnings warnings = GaveUpWarnings.watch(FigureDetector.class)) {
            for (FigureMatch match : FIGURES.find(text, language)) {
                SpanContract.assertSelectsValidText(text, match.start(), match.end(), "figure " + match);
                assertThat(match.figure()).isNotNull();
            }
            warnings.assertNoneFor(text);
        }
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void attributionsSelectValidText(FuzzedDataProvider data) {
        Language language = language(data);
        String text = text(data);
        try (GaveUpWarnings warnings = GaveUpWarnings.watch(AttributionDetector.class)) {
            for (AttributionMatch match : ATTRIBUTIONS.find(text, language)) {
                SpanContract.assertSelectsValidText(text, match.start(), match.end(), "attribution " + match);
            }
            warnings.assertNoneFor(text);
        }
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void statementsSelectValidTextWithAScoreBetweenZeroAndOne(FuzzedDataProvider data) {
        Language language = language(data);
        String text = text(data);
        try (GaveUpWarnings warnings = GaveUpWarnings.watch(StatementScorer.class)) {
            for (StatementMatch match : STATEMENTS.score(text, language)) {
                SpanContract.assertSelectsValidText(text, match.start(), match.end(), "statement " + match);
                assertThat(match.score()).isBetween(0.0, 1.0);
            }
            warnings.assertNoneFor(text);
        }
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void translationIssuesSelectValidText(FuzzedDataProvider data) {
        Language language = language(data);
        boolean withSource = data.consumeBoolean();
        String source = withSource ? TextNormalizer.normalize(data.consumeString(2_000)) : null;
        String text = text(data);
        try (GaveUpWarnings warnings = GaveUpWarnings.watch(TranslationChecker.class)) {
            for (QaIssue issue : QA.check(text, language, source, Language.EN, Locale.ENGLISH)) {
                SpanContract.assertSelectsValidText(text, issue.start(), issue.end(), "issue " + issue);
                assertThat(issue.message()).isNotBlank();
            }
            warnings.assertNoneFor(text);
        }
    }

    private static Language language(FuzzedDataProvider data) {
        return Language.values()[data.consumeInt(0, Language.values().length - 1)];
    }

    /** The rest of the input as an imported article's text: UTF-8 decoded (invalid bytes replaced), normalised. */
    private static String text(FuzzedDataProvider data) {
        return TextNormalizer.normalize(new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8));
    }
}
