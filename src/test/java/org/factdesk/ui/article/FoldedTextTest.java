package org.factdesk.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.ui.article.HighlightPlanner.Range;
import org.junit.jupiter.api.Test;

/** Find ignores case and accents and reports offsets of the original text. */
class FoldedTextTest {

    @Test
    void findIgnoresCaseAndAccentsAndKeepsOriginalOffsets() {
        String text = "Él viajó a RUSIA; la visita a Rusia 👍 fue rápida. Rusía.";
        List<Range> found = FoldedText.of(text).find("rusia", 10);
        assertThat(found).extracting(r -> text.substring(r.start(), r.end())).containsExactly("RUSIA", "Rusia", "Rusía");
        assertThat(FoldedText.of(text).find("VIAJO", 10)).extracting(r -> text.substring(r.start(), r.end()))
                .containsExactly("viajó");
        assertThat(FoldedText.of(text).find("el", 10)).first().isEqualTo(new Range(0, 2));
    }

    @Test
    void offsetsStayRightAfterEmojiAndDecomposedAccents() {
        String text = "a 👍🏽 cafe\u0301 y café";
        List<Range> found = FoldedText.of(text).find("CAFÉ", 10);
        assertThat(found).extracting(r -> text.substring(r.start(), r.end())).containsExactly("cafe\u0301", "café");
    }

    @Test
    void limitAndBlankQuery() {
        assertThat(FoldedText.of("aaaa").find("a", 3)).hasSize(3);
        assertThat(FoldedText.of("aaaa").find("", 3)).isEmpty();
        assertThat(FoldedText.of("aaaa").find("aa", 10)).containsExactly(new Range(0, 2), new Range(2, 4));
    }
}
