package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.factdesk.model.Language;
import org.factdesk.text.CodePointIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and random text never makes any check throw (the checker runs strict here, so a failing check is not
 * merely logged), and every span lies inside the text.
 */
class RobustnessTest {

    private static final String[] PIECES = {"a", "e", "de", "el", "El", "una", "Una", "dijo", "the", "Kim", "Jong",
        "Un", "Pacheco", "Pancheco", "acordado", " ", " ", " ", "  ", "\n", "\n\n", ".", "..", "...", ",", ";", ":", "?",
        "!", "¿", "¡", "«", "»", "“", "”", "\"", "’", "'", "(", ")", "-", "—", "1", "1,000", "3,5", "30 %", "2023",
        "\u0000", "\uD83D\uDE00", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "e\u0301", "\u200F",
        "\u00A0", "\t", "\r", "ǅ", "İ", "ß", "ﬁ", "𝔸", "EE.", "UU.", "p.m.", "graf 8", "Updates with", "TK"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomTextNeverBreaksTheChecker(long seed) {
        Random random = new Random(seed);
        String target = randomText(random, 1 + random.nextInt(400));
        String source = randomText(random, random.nextInt(400));
        TranslationChecker checker = new TranslationChecker(true);
        for (Language language : Language.values()) {
            assertSpansInside(target, checker.check(target, language, Locale.ENGLISH));
            assertSpansInside(target, checker.check(target, language, source, Language.EN, Locale.ENGLISH));
            assertSpansInside(target, checker.check(target, language, source, Language.ES, new Locale("es")));
        }
    }

    @Test
    void loneSurrogatesAndControlCharactersDoNotBreakIt() {
        String target = "\uD800 de el \uDC00. dijo. dijo «\u0000» “\uDBFF";
        List<QaIssue> issues = new TranslationChecker(true).check(target, Language.ES, "\uDC00 x", Language.EN,
                Locale.ENGLISH);
        for (QaIssue issue : issues) {
            assertThat(issue.start()).isBetween(0, issue.end());
            assertThat(issue.end()).isLessThanOrEqualTo(target.length());
        }
    }

    @Test
    void emptyAndBlankTextsGiveNoIssue() {
        TranslationChecker checker = new TranslationChecker(true);
        assertThat(checker.check("", Language.ES, Locale.ENGLISH)).isEmpty();
        assertThat(checker.check(null, null, null)).isEmpty();
        assertThat(checker.check(" \n\n\t ", Language.EN, " ", Language.ES, Locale.ENGLISH)).isEmpty();
        assertThat(checker.check("", Language.ES, "Some source text.", Language.EN, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aLongSingleLineIsChecked() {
        String line = "Kim Jong Un dijo que la reunión de el lunes fue «útil». dijo. dijo Pancheco Pardo. ".repeat(8_000);
        List<QaIssue> issues = new TranslationChecker(true).check(line, Language.ES, Locale.ENGLISH);
        assertSpansInside(line, issues);
        assertThat(issues).extracting(QaIssue::check).contains("contraction", "repeated-word");
    }

    @Test
    void emojiAndRightToLeftTextKeepSpansOnCodePointBoundaries() {
        String target = "😀 Kim dijo. dijo 😀 שלום de el مرحبا «sin cerrar 😀";
        List<QaIssue> issues = new TranslationChecker(true).check(target, Language.ES, Locale.ENGLISH);
        assertThat(issues).extracting(QaIssue::check).contains("repeated-word", "contraction", "unbalanced-quotes");
        assertSpansInside(target, issues);
    }

    private static void assertSpansInside(String text, List<QaIssue> issues) {
        CodePointIndex index = CodePointIndex.of(text);
        for (QaIssue issue : issues) {
            assertThat(issue.start()).as(issue.toString()).isBetween(0, issue.end());
            assertThat(issue.end()).as(issue.toString()).isLessThanOrEqualTo(text.length());
            assertThat(issue.message()).isNotBlank();
            // a span never splits a surrogate pair (the conversion throws if it does)
            index.toCodePoints(issue.start());
            index.toCodePoints(issue.end());
        }
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(4) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
