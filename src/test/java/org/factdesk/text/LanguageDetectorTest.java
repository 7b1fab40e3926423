package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            El presidente dijo que la reunión de los líderes se celebrará en la capital a finales del mes. | ES
            Los expertos creen que la cumbre podría cambiar la dinámica de seguridad en la región.           | ES
            The president said that the meeting of the leaders will be held in the capital at the end of the month. | EN
            Experts believe that the summit could change the security dynamics in the region and beyond.   | EN
            Hola                                                                                         | UNDETERMINED
            Kim Jong Un, Vladimir Putin, Vladivostok, 2023                                               | UNDETERMINED
            Die Experten glauben, dass das Gipfeltreffen die Lage in der Region verändern könnte.         | UNDETERMINED
            ''                                                                                           | UNDETERMINED
            """)
    void tellsSpanishFromEnglishAndRefusesToGuessOtherwise(String text, Language expected) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
    }

    @Test
    void theSampleArticleIsSpanish() throws IOException {
        String text = Files.readString(Path.of("assets/kim-putin-summit-es.txt"));

        assertThat(LanguageDetector.detect(text)).isEqualTo(Language.ES);
    }

    @Test
    void onlyTheStartOfALongTextIsRead() {
        String spanish = "El presidente dijo que la reunión de los líderes será en la capital. ";
        String english = "The president said that the meeting of the leaders will be in the capital. ";
        String text = spanish.repeat(LanguageDetector.SAMPLE_CHARS / spanish.length() + 1) + english.repeat(5_000);

        assertThat(LanguageDetector.detect(text)).isEqualTo(Language.ES);
    }
}
