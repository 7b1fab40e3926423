package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.model.Severity;
import org.junit.jupiter.api.Test;

/** Merging LanguageTool's issues into ours: same nature on an overlapping span is said once, by ours. */
class IssueMergerTest {

    private static QaIssue issue(String check, int start, int end) {
        return new QaIssue(check, start, end, check + " message", null, Severity.WARNING);
    }

    @Test
    void grammarIssueOfTheSameNatureOnAnOverlappingSpanIsDropped() {
        QaIssue ours = issue("repeated-word", 10, 17);
        QaIssue theirs = issue("languagetool:SPANISH_WORD_REPEAT_RULE", 14, 17);

        assertThat(IssueMerger.merge(List.of(ours), List.of(theirs))).containsExactly(ours);
    }

    @Test
    void contractionsAndCaseAndQuotesAreRecognisedAsTheSameNature() {
        List<QaIssue> ours = List.of(issue("contraction", 5, 10), issue("lowercase-start", 20, 25),
                issue("unbalanced-quotes", 40, 41), issue("double-punctuation", 60, 62));
        List<QaIssue> theirs = List.of(issue("languagetool:CONTRACCIONES", 5, 10),
                issue("languagetool:UPPERCASE_SENTENCE_START", 20, 25),
                issue("languagetool:ES_UNPAIRED_BRACKETS", 40, 41),
                issue("languagetool:DOUBLE_PUNCTUATION", 61, 62));

        assertThat(IssueMerger.merge(ours, theirs)).containsExactlyElementsOf(ours);
    }

    @Test
    void grammarIssueOfAnotherNatureOrElsewhereIsKeptInPositionOrder() {
        QaIssue ours = issue("repeated-word", 10, 17);
        QaIssue otherNature = issue("languagetool:UPPERCASE_SENTENCE_START", 14, 17);
        QaIssue elsewhere = issue("languagetool:SPANISH_WORD_REPEAT_RULE", 30, 35);
        QaIssue before = issue("languagetool:AGREEMENT", 0, 4);

        assertThat(IssueMerger.merge(List.of(ours), List.of(elsewhere, otherNature, before)))
                .containsExactly(before, ours, otherNature, elsewhere);
    }

    @Test
    void adjacentSpansDoNotOverlap() {
        QaIssue ours = issue("repeated-word", 10, 17);
        QaIssue touching = issue("languagetool:WORD_REPEAT_RULE", 17, 20);

        assertThat(IssueMerger.merge(List.of(ours), List.of(touching))).containsExactly(ours, touching);
    }

    @Test
    void longIssueOfOursStillHidesAGrammarIssueFarInside() {
        QaIssue ours = issue("mixed-quotes", 0, 1_500);
        QaIssue inside = issue("languagetool:ES_UNPAIRED_BRACKETS", 1_400, 1_401);

        assertThat(IssueMerger.merge(List.of(ours, issue("repeated-word", 1_000, 1_005)), List.of(inside)))
                .doesNotContain(inside);
    }
}
