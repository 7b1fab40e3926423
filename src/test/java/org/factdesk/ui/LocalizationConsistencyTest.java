package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the window uses exists in English and in Spanish, and the two bundles hold the same keys. */
class LocalizationConsistencyTest {

    private static final Pattern KEY_USE = Pattern.compile(
            "(?:i18n|I18N|messages)\\(?\\)?\\.(?:get|bind)\\(\\s*\"([a-zA-Z0-9_.-]+)\"");

    @Test
    void englishAndSpanishHaveTheSameKeys() {
        Set<String> english = new I18n(Locale.ENGLISH).keys();
        Set<String> spanish = new I18n(Locale.forLanguageTag("es")).keys();
        assertThat(english).isNotEmpty();
        assertThat(spanish).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/factdesk"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_USE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").contains("task.mark", "error.title");
        for (Locale locale : I18n.LOCALES) {
            assertThat(new I18n(locale).keys()).as("keys in %s", locale).containsAll(used);
        }
    }

    @Test
    void spanishIsChosenForAnySpanishLocaleAndEnglishOtherwise() {
        assertThat(I18n.supported(Locale.forLanguageTag("es-MX")).getLanguage()).isEqualTo("es");
        assertThat(I18n.supported(Locale.GERMANY).getLanguage()).isEqualTo("en");
        assertThat(new I18n(Locale.forLanguageTag("es-AR")).get("task.mark")).isEqualTo("Guardando la nueva afirmación…");
    }
}
