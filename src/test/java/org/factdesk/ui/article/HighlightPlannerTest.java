package org.factdesk.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Origin;
import org.factdesk.model.Suggestion;
import org.factdesk.model.SuggestionState;
import org.factdesk.model.Target;
import org.factdesk.model.Verdict;
import org.factdesk.ui.article.HighlightPlanner.Marks;
import org.factdesk.ui.article.HighlightPlanner.Range;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The planner's style runs, as tables of "length:classes" (no toolkit needed). */
class HighlightPlannerTest {

    //                                  0         1         2         3
    //                                  0123456789012345678901234567890123456
    private static final String TEXT = "Kim dijo que casi la mitad viajó.\nOtro párrafo aquí.";

    private static Claim claim(String id, ClaimKind kind, int start, int end) {
        return claim(id, kind, start, end, Verdict.UNVERIFIED, TEXT);
    }

    private static Claim claim(String id, ClaimKind kind, int start, int end, Verdict verdict, String text) {
        Claim created = Claim.create("doc", kind, new Target(start, end, text.substring(start, end), "", ""), "t",
                Origin.MANUAL, Instant.EPOCH);
        return new Claim(id, "doc", kind, created.target(), verdict, "", List.of(), List.of(), "t", Instant.EPOCH,
                Instant.EPOCH, Origin.MANUAL, created.attribution(), created.figure(), null);
    }

    /** The runs as "length:class,class" joined by " | "; an unstyled run shows as "length:-". */
    static String runs(StyleSpans<Collection<String>> spans) {
        List<String> parts = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            parts.add(span.getLength() + ":" + (span.getStyle().isEmpty() ? "-" : String.join(",", span.getStyle())));
        }
        return String.join(" | ", parts);
    }

    static Stream<Arguments> firstParagraph() {
        Claim figure = claim("f", ClaimKind.FIGURE, 13, 26);
        Claim statement = claim("s", ClaimKind.STATEMENT, 0, 33);
        Claim attribution = claim("a", ClaimKind.ATTRIBUTION, 0, 8);
        Claim falseFigure = claim("ff", ClaimKind.FIGURE, 13, 26, Verdict.MOSTLY_TRUE, TEXT);
        Claim spanning = claim("x", ClaimKind.STATEMENT, 27, 40);
        Claim issue = claim("t", ClaimKind.TRANSLATION_ISSUE, 4, 8);
        return Stream.of(
                Arguments.of("no claims", List.of(), List.of(), Marks.NONE, "33:-"),
                Arguments.of("one figure mid-paragraph", List.of(figure), List.of(), Marks.NONE,
                        "13:- | 13:claim,claim-figure,verdict-unverified | 7:-"),
                Arguments.of("verdict class follows the verdict", List.of(falseFigure), List.of(), Marks.NONE,
                        "13:- | 13:claim,claim-figure,verdict-mostly-true | 7:-"),
                Arguments.of("claim at both paragraph edges", List.of(statement), List.of(), Marks.NONE,
                        "33:claim,claim-statement,verdict-unverified"),
                Arguments.of("claim at the start edge", List.of(attribution), List.of(), Marks.NONE,
                        "8:claim,claim-attribution,verdict-unverified | 25:-"),
                Arguments.of("overlap keeps the kind of every covering claim", List.of(statement, figure), List.of(),
                        Marks.NONE, "13:claim,claim-statement,verdict-unverified"
                                + " | 13:claim,claim-statement,claim-figure,verdict-unverified,overlap"
                                + " | 7:claim,claim-statement,verdict-unverified"),
                Arguments.of("overlap of different verdicts keeps both", List.of(statement, falseFigure), List.of(),
                        Marks.NONE, "13:claim,claim-statement,verdict-unverified"
                                + " | 13:claim,claim-statement,claim-figure,verdict-mostly-true,verdict-unverified,overlap"
                                + " | 7:claim,claim-statement,verdict-unverified"),
                Arguments.of("three claims nested", List.of(statement, attribution, issue), List.of(), Marks.NONE,
                        "4:claim,claim-statement,claim-attribution,verdict-unverified,overlap"
                                + " | 4:claim,claim-statement,claim-attribution,claim-translation-issue,"
                                + "verdict-unverified,overlap"
                                + " | 25:claim,claim-statement,verdict-unverified"),
                Arguments.of("selected claim inside another", List.of(statement, figure), List.of(),
                        new Marks("f", null), "13:claim,claim-statement,verdict-unverified"
                                + " | 13:claim,claim-statement,claim-figure,verdict-unverified,overlap,selected"
                                + " | 7:claim,claim-statement,verdict-unverified"),
                Arguments.of("flash on the flashing claim only", List.of(figure, attribution), List.of(),
                        new Marks(null, "a"), "8:claim,claim-attribution,verdict-unverified,flash | 5:-"
                                + " | 13:claim,claim-figure,verdict-unverified | 7:-"),
                Arguments.of("find match alone and across a claim edge", List.of(figure),
                        List.of(new Range(4, 8), new Range(24, 28)), Marks.NONE,
                        "4:- | 4:find-match | 5:- | 11:claim,claim-figure,verdict-unverified"
                                + " | 2:claim,claim-figure,verdict-unverified,find-match | 2:find-match | 5:-"),
                Arguments.of("claim spanning into the next paragraph is cut at the end", List.of(spanning),
                        List.of(), Marks.NONE, "27:- | 6:claim,claim-statement,verdict-unverified"),
                Arguments.of("claims and matches outside are ignored", List.of(claim("o", ClaimKind.FIGURE, 34, 38)),
                        List.of(new Range(40, 45)), Marks.NONE, "33:-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstParagraph")
    void firstParagraphRuns(String name, List<Claim> claims, List<Range> matches, Marks marks, String expected) {
        assertThat(runs(HighlightPlanner.plan(0, 33, claims, matches, marks))).isEqualTo(expected);
    }

    @Test
    void claimSpanningParagraphsStartsTheNextParagraph() {
        Claim spanning = claim("x", ClaimKind.STATEMENT, 27, 40);
        assertThat(runs(HighlightPlanner.plan(34, 52, List.of(spanning), List.of(), Marks.NONE)))
                .isEqualTo("6:claim,claim-statement,verdict-unverified | 12:-");
    }

    @Test
    void emptyParagraphHasOneEmptyRun() {
        assertThat(runs(HighlightPlanner.plan(5, 5, List.of(claim("s", ClaimKind.STATEMENT, 0, 33)), List.of(),
                Marks.NONE))).isEqualTo("0:-");
    }

    @Test
    void emojiCountAsTheirUtf16Chars() {
        String text = "Dijo 👍🏽 y 😀 fin";
        int thumbs = text.indexOf("👍");
        int end = text.indexOf(" y");
        Claim emoji = claim("e", ClaimKind.STATEMENT, thumbs, end, Verdict.FALSE, text);
        Claim after = claim("g", ClaimKind.FIGURE, text.indexOf("😀"), text.length(), Verdict.TRUE, text);
        String planned = runs(HighlightPlanner.plan(0, text.length(), List.of(emoji, after), List.of(), Marks.NONE));
        assertThat(planned).isEqualTo("5:- | 4:claim,claim-statement,verdict-false | 3:-"
                + " | 6:claim,claim-figure,verdict-true");
        assertThat(text.length()).isEqualTo(5 + 4 + 3 + 6);
    }

    @Test
    void overlappingFindsClaimsStartingBeforeTheRangeByTheLongestLength() {
        List<Claim> byStart = List.of(claim("s", ClaimKind.STATEMENT, 0, 33), claim("a", ClaimKind.ATTRIBUTION, 0, 8),
                claim("f", ClaimKind.FIGURE, 13, 26), claim("x", ClaimKind.STATEMENT, 27, 40),
                claim("o", ClaimKind.FIGURE, 41, 45));
        assertThat(HighlightPlanner.overlapping(byStart, 33, 34, 52)).extracting(Claim::id).containsExactly("x", "o");
        assertThat(HighlightPlanner.overlapping(byStart, 33, 10, 14)).extracting(Claim::id).containsExactly("s", "f");
        assertThat(HighlightPlanner.overlapping(byStart, 33, 8, 13)).extracting(Claim::id).containsExactly("s");
        assertThat(HighlightPlanner.overlapping(List.of(), 0, 0, 10)).isEmpty();
    }

    @Test
    void overlappingRangesUsesHalfOpenEdges() {
        List<Range> sorted = List.of(new Range(0, 4), new Range(10, 14), new Range(20, 24));
        assertThat(HighlightPlanner.overlappingRanges(sorted, 4, 10)).isEmpty();
        assertThat(HighlightPlanner.overlappingRanges(sorted, 3, 21)).containsExactly(new Range(0, 4),
                new Range(10, 14), new Range(20, 24));
    }
    private static Suggestion suggestion(String id, ClaimKind kind, int start, int end) {
        return new Suggestion(id, "doc", kind, new Target(start, end, TEXT.substring(start, end), "", ""), null, null,
                null, SuggestionState.PENDING, null);
    }

    static Stream<Arguments> suggestionRuns() {
        Suggestion figure = suggestion("sf", ClaimKind.FIGURE, 13, 26);
        Suggestion statement = suggestion("ss", ClaimKind.STATEMENT, 0, 33);
        Claim attribution = claim("a", ClaimKind.ATTRIBUTION, 0, 8);
        return Stream.of(
                Arguments.of("a suggestion is dashed in its kind", List.of(), List.of(figure), Marks.NONE,
                        "13:- | 13:suggestion,suggestion-figure | 7:-"),
                Arguments.of("nested suggestions keep both kinds", List.of(), List.of(statement, figure), Marks.NONE,
                        "13:suggestion,suggestion-statement"
                                + " | 13:suggestion,suggestion-statement,suggestion-figure"
                                + " | 7:suggestion,suggestion-statement"),
                Arguments.of("a claim inside a suggestion keeps its own classes", List.of(attribution),
                        List.of(statement), Marks.NONE,
                        "8:claim,claim-attribution,verdict-unverified,suggestion,suggestion-statement"
                                + " | 25:suggestion,suggestion-statement"),
                Arguments.of("a selected suggestion is marked selected", List.of(), List.of(figure),
                        new Marks("sf", null), "13:- | 13:suggestion,suggestion-figure,selected | 7:-"),
                Arguments.of("a flashing suggestion flashes", List.of(), List.of(figure), new Marks(null, "sf"),
                        "13:- | 13:suggestion,suggestion-figure,flash | 7:-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suggestionRuns")
    void suggestionsArePlannedBesideClaims(String name, List<Claim> claims, List<Suggestion> suggestions, Marks marks,
            String expected) {
        assertThat(runs(HighlightPlanner.plan(0, 33, claims, suggestions, List.of(), marks))).isEqualTo(expected);
    }

    @Test
    void overlappingSuggestionsAreFoundLikeClaims() {
        List<Suggestion> byStart = List.of(suggestion("ss", ClaimKind.STATEMENT, 0, 33),
                suggestion("sf", ClaimKind.FIGURE, 13, 26), suggestion("so", ClaimKind.FIGURE, 34, 38));
        assertThat(HighlightPlanner.overlappingSuggestions(byStart, 33, 20, 21)).extracting(Suggestion::id)
                .containsExactly("ss", "sf");
        assertThat(HighlightPlanner.overlappingSuggestions(byStart, 33, 34, 51)).extracting(Suggestion::id)
                .containsExactly("so");
    }
}
