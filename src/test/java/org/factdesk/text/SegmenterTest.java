package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.model.Language;
import org.factdesk.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SegmenterTest {

    static Stream<Arguments> sentenceTable() {
        return Stream.of(
                Arguments.of(Language.ES, "El Sr. Pérez llegó a EE. UU. ayer. Luego habló.",
                        List.of("El Sr. Pérez llegó a EE. UU. ayer.", "Luego habló.")),
                Arguments.of(Language.EN, "Mr. Smith arrived at 2 p.m. ET on Monday. Then he spoke.",
                        List.of("Mr. Smith arrived at 2 p.m. ET on Monday.", "Then he spoke.")),
                Arguments.of(Language.ES, "Actualizado a las 2:42 p.m. ET. La Dra. Gómez habló con el Prof. Ruiz.",
                        List.of("Actualizado a las 2:42 p.m. ET.", "La Dra. Gómez habló con el Prof. Ruiz.")),
                Arguments.of(Language.EN,
                        "Dr. Jones met George W. Bush in the U.S. capital. He left at 5 a.m. Tuesday.",
                        List.of("Dr. Jones met George W. Bush in the U.S. capital.", "He left at 5 a.m. Tuesday.")),
                Arguments.of(Language.ES, "¿Qué año? «No lo sé», dijo. ¡Basta!",
                        List.of("¿Qué año?", "«No lo sé», dijo.", "¡Basta!")),
                Arguments.of(Language.UNDETERMINED, "El Sr. Pérez saludó al Mr. Smith. Fin.",
                        List.of("El Sr. Pérez saludó al Mr. Smith.", "Fin.")));
    }

    @ParameterizedTest
    @MethodSource("sentenceTable")
    void abbreviationsDoNotEndSentences(Language language, String text, List<String> expected) {
        List<TextSpan> sentences = Segmenter.sentences(text, language);

        assertThat(sentences).extracting(span -> span.textIn(text)).containsExactlyElementsOf(expected);
    }

    @Test
    void sentencesNeverCrossALineBreakAndAreTrimmed() {
        String text = "  Titular sin punto\nPrimera frase. Segunda frase.  \nOtra línea";

        List<TextSpan> sentences = Segmenter.sentences(text, Language.ES);

        assertThat(sentences).extracting(span -> span.textIn(text))
                .containsExactly("Titular sin punto", "Primera frase.", "Segunda frase.", "Otra línea");
    }

    @Test
    void sentenceOffsetsAreUtf16AndSurviveEmoji() {
        String text = "Hola 😀 mundo. Adiós 👋.";

        List<TextSpan> sentences = Segmenter.sentences(text, Language.ES);

        assertThat(sentences).containsExactly(new TextSpan(0, 14), new TextSpan(15, 24));
        assertThat(sentences.get(1).textIn(text)).isEqualTo("Adiós 👋.");
    }

    @Test
    void aWrappedSentenceInAHardWrappedParagraphStaysOneSentence() {
        String text = "Esta frase está partida\nen dos líneas. Y esta no.\n\nOtro párrafo.";

        List<TextSpan> sentences = Segmenter.sentences(text, Language.ES);

        assertThat(sentences).extracting(span -> span.textIn(text))
                .containsExactly("Esta frase está partida\nen dos líneas.", "Y esta no.", "Otro párrafo.");
    }

    @Test
    void oneParagraphPerLineWhenLinesAreWholeParagraphs() {
        String text = "Primera línea.\nSegunda línea.\n\n  Tercera, con sangría.  \n\n\nCuarta.";

        List<Paragraph> paragraphs = Segmenter.paragraphs(text);

        assertThat(paragraphs).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("Primera línea.", "Segunda línea.", "Tercera, con sangría.", "Cuarta.");
        assertThat(paragraphs).extracting(Paragraph::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void oneParagraphPerBlockWhenTheTextIsHardWrapped() {
        String text = """
                # Título

                Este párrafo está cortado a mano
                en varias líneas cortas, como en
                un correo.

                - un punto
                - otro punto
                que sigue aquí

                Último párrafo.
                """;

        List<Paragraph> paragraphs = Segmenter.paragraphs(text);

        assertThat(paragraphs).extracting(p -> text.substring(p.start(), p.end())).containsExactly(
                "# Título",
                "Este párrafo está cortado a mano\nen varias líneas cortas, como en\nun correo.",
                "- un punto",
                "- otro punto\nque sigue aquí",
                "Último párrafo.");
    }

    @Test
    void theSampleArticleHasOneParagraphPerNonBlankLine() throws IOException {
        String text = Files.readString(Path.of("assets/kim-putin-summit-es.txt"));
        List<String> nonBlankLines = text.lines().filter(line -> !line.isBlank()).map(String::strip).toList();

        List<Paragraph> paragraphs = Segmenter.paragraphs(text);

        assertThat(paragraphs).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactlyElementsOf(nonBlankLines);
    }

    @Test
    void blankTextHasNoParagraphsAndNoSentences() {
        assertThat(Segmenter.paragraphs("")).isEmpty();
        assertThat(Segmenter.paragraphs(" \n\n\t\n")).isEmpty();
        assertThat(Segmenter.sentences("  \n ", Language.EN)).isEmpty();
    }

    @Test
    void paragraphsNeverIncludeTheLineBreakAndCoverEveryWord() {
        String text = "Uno.\nDos.\n\nTres.\n";

        List<Paragraph> paragraphs = Segmenter.paragraphs(text);

        assertThat(paragraphs).containsExactly(new Paragraph(0, 0, 4), new Paragraph(1, 5, 9),
                new Paragraph(2, 11, 16));
    }

    @Test
    void aSplitReusingAnotherCutsTheChangedParagraphsAndGivesTheSameSentences() {
        String text = "El Sr. Kim llegó. Habló con Putin.\n\n«Es un día. Histórico», dijo. Luego se fue.\nFin. Otra vez.\n";
        String masked = text.replace("Es un día. Histórico", "xx xx xxxx xxxxxxxxx");
        SentenceSplit original = Segmenter.split(text, Language.ES);
        SentenceSplit reused = Segmenter.split(masked, Language.ES, original);
        assertThat(reused.sentences()).isEqualTo(Segmenter.sentences(masked, Language.ES));
        assertThat(reused.paragraphs()).isEqualTo(Segmenter.paragraphs(masked));
        assertThat(Segmenter.split(text, Language.ES, original)).isEqualTo(original);
        assertThat(Segmenter.split(text, Language.EN, original).sentences())
                .isEqualTo(Segmenter.sentences(text, Language.EN));
    }

    @Test
    void aSplitToldWhereTheTextChangedReusesOnlyTheOtherParagraphs() {
        String text = "El Sr. Kim llegó. Habló con Putin.\n\n«Es un día. Histórico», dijo. Luego se fue.\nFin. Otra vez.\n";
        String masked = text.replace("Es un día. Histórico", "xx xx xxxx xxxxxxxxx");
        int changedFrom = masked.indexOf('x');
        int changedTo = masked.lastIndexOf('x') + 1;
        SentenceSplit original = Segmenter.split(text, Language.ES);
        List<int[]> asked = new java.util.ArrayList<>();

        SentenceSplit reused = Segmenter.split(masked, Language.ES, original, (start, end) -> {
            asked.add(new int[] {start, end});
            return end <= changedFrom || start >= changedTo;
        });

        assertThat(reused.sentences()).isEqualTo(Segmenter.sentences(masked, Language.ES));
        assertThat(asked).hasSize(reused.paragraphs().size());
        // a caller that says every paragraph changed gets every sentence cut anew, the same
        assertThat(Segmenter.split(masked, Language.ES, original, (start, end) -> false).sentences())
                .isEqualTo(reused.sentences());
    }
}
