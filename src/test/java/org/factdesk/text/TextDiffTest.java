package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word diffs within paragraphs, whole paragraphs when they are added or removed. */
class TextDiffTest {

    private static List<String> texts(String text, List<TextSpan> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aChangedWordInAParagraphIsTheOnlyDifference() {
        String before = "Uno.\nHace cuatro años, Kim hizo un viaje simbólico al sur.\nTres.";
        String after = "Uno.\nHace cinco años, Kim hizo un viaje histórico al sur.\nTres.";

        TextDiff.Result diff = TextDiff.diff(before, after);

        assertThat(texts(before, diff.deleted())).containsExactly("cuatro", "simbólico");
        assertThat(texts(after, diff.inserted())).containsExactly("cinco", "histórico");
    }

    @Test
    void aDeletedParagraphAndAnInsertedSentenceAreMarkedWhole() {
        String before = "Uno.\nDos se va.\nTres.";
        String after = "Uno.\nTres. Y una frase nueva.";

        TextDiff.Result diff = TextDiff.diff(before, after);

        assertThat(texts(before, diff.deleted())).containsExactly("Dos se va.\nTres.");
        assertThat(texts(after, diff.inserted())).containsExactly("Tres. Y una frase nueva");
    }

    @Test
    void aSentenceInsertedInAParagraphIsMarkedByItself() {
        String before = "Uno.\nKim llegó. Putin esperaba.\nTres.";
        String after = "Uno.\nKim llegó. Hubo lluvia. Putin esperaba.\nTres.";

        TextDiff.Result diff = TextDiff.diff(before, after);

        assertThat(diff.deleted()).isEmpty();
        assertThat(texts(after, diff.inserted())).containsExactly("Hubo lluvia. ");
    }

    @Test
    void equalTextsHaveNoDifferences() {
        TextDiff.Result diff = TextDiff.diff("Á 😀 b", "Á 😀 b");
        assertThat(diff.deleted()).isEmpty();
        assertThat(diff.inserted()).isEmpty();
    }
}
