package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Selections are written inside ⟦ ⟧ in the tables: the selection made by hand, then the snapped one. */
class WordBoundariesTest {

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', value = {
        // Spanish
        "casi la mi⟦ta⟧d de la población     | casi la ⟦mitad⟧ de la población",
        "ca⟦si la mit⟧ad de la población     | ⟦casi la mitad⟧ de la población",
        "la ⟦población⟧ estaba desnutrida    | la ⟦población⟧ estaba desnutrida",
        "la pobla⟦ció⟧n estaba               | la ⟦población⟧ estaba",
        "dijo ⟦ Ramón Pacheco, ⟧ profesor    | dijo  ⟦Ramón Pacheco⟧,  profesor",
        "hasta el 3⟦0⟧% de los agricultores  | hasta el ⟦30%⟧ de los agricultores",
        "con 1.7⟦22⟧.217 personas            | con ⟦1.722.217⟧ personas",
        "creció un ⟦3⟧,2 % anual             | creció un ⟦3,2⟧ % anual",
        "en julio de ⟦2019.⟧                 | en julio de ⟦2019⟧.",
        "los ⟦EE. UU.⟧ dijeron               | los ⟦EE. UU⟧. dijeron",
        "hasta el ⟦30%⟧ de los               | hasta el ⟦30%⟧ de los",
        "Kim «pronto ⟦visitará la Federación Rusa»,⟧ dijo | Kim «pronto ⟦visitará la Federación Rusa⟧», dijo",
        "Kim ⟦«pronto visitará»,⟧ dijo       | Kim ⟦«pronto visitará»⟧, dijo",
        "⟦¿La floreciente relación?⟧ Sí      | ⟦¿La floreciente relación?⟧ Sí",
        "¿La flor⟦eciente relación?⟧ Sí      | ¿La ⟦floreciente relación⟧? Sí",
        "el Kremlin ⟦(Moscú)⟧ confirmó       | el Kremlin ⟦(Moscú)⟧ confirmó",
        "el ⟦Kremlin (Moscú⟧) confirmó       | el ⟦Kremlin (Moscú⟧) confirmó",
        "sólo ⟦—⟧ dijo                       | sólo ⟦—⟧ dijo",
        "costó 5⟦0⟧ € en total               | costó ⟦50⟧ € en total",
        "Kim-P⟦ut⟧in podría                  | Kim-⟦Putin⟧ podría",
        // English
        "Kim⟦'s tr⟧ain crossed               | ⟦Kim's train⟧ crossed",
        "I do⟦n⟧'t know                      | I ⟦don't⟧ know",
        "Kim’⟦s⟧ armoured train              | ⟦Kim’s⟧ armoured train",
        "nearly ha⟦lf of the popul⟧ation.    | nearly ⟦half of the population⟧.",
        "“Hat in h⟦and”⟧ said                | “Hat in ⟦hand⟧” said",
        "⟦“Hat in hand”⟧ said                | ⟦“Hat in hand”⟧ said",
        "It grew 4⟦.⟧5 percent               | It grew ⟦4.5⟧ percent",
        "a ⟦naïve⟧ cafe\u0301 owner          | a ⟦naïve⟧ cafe\u0301 owner",
        "hello 😀⟦ fri⟧end                   | hello 😀 ⟦friend⟧",
        "⟦😀⟧ ok                             | ⟦😀⟧ ok",
    })
    void snapsASelectionToWholeWords(String selected, String snapped) {
        Selection input = Selection.parse(selected.strip());
        Selection expected = Selection.parse(snapped.strip());
        assertThat(expected.text).isEqualTo(input.text);

        int[] result = WordBoundaries.snapToWords(input.text, input.start, input.end);

        assertThat(new Selection(input.text, result[0], result[1]).render()).isEqualTo(expected.render());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a⟦  ⟧b",
        "casi⟦⟧ la",
        "ca⟦⟧si",
    })
    void aBlankSelectionIsReturnedAsItIs(String selected) {
        Selection input = Selection.parse(selected);

        assertThat(WordBoundaries.snapToWords(input.text, input.start, input.end))
                .containsExactly(input.start, input.end);
    }

    @Test
    void aSelectionSplittingAnEmojiTakesTheWholeEmoji() {
        String text = "ok 😀 ok";

        assertThat(WordBoundaries.snapToWords(text, 4, 6)).containsExactly(3, 5);
    }

    @Test
    void refusesASelectionOutsideTheText() {
        assertThatThrownBy(() -> WordBoundaries.snapToWords("casi", 2, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 9)");
        assertThatThrownBy(() -> WordBoundaries.snapToWords("casi", 3, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3, 1)");
    }

    /** A text with a selection, written with ⟦ ⟧ around it. */
    private record Selection(String text, int start, int end) {

        static Selection parse(String marked) {
            int open = marked.indexOf('⟦');
            int close = marked.indexOf('⟧');
            String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
            return new Selection(text, open, close - 1);
        }

        String render() {
            return text.substring(0, start) + '⟦' + text.substring(start, end) + '⟧' + text.substring(end);
        }
    }
}
