package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and Spanish message bundles hold the same keys, and every check has its message in both. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyCheckHasAMessageInBothBundles() throws IOException {
        List<String> ids = new ArrayList<>(TranslationChecker.TARGET_CHECK_IDS);
        ids.addAll(TranslationChecker.SOURCE_CHECK_IDS);
        for (String bundle : List.of("messages.properties", "messages_es.properties")) {
            Properties properties = load(bundle);
            for (String id : ids) {
                assertThat(properties.getProperty("qa." + id + ".message")).as(bundle + " " + id).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothBundles() throws IOException {
        Pattern key = Pattern.compile("\"(qa\\.[a-z.-]+\\.message)\"");
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("src/main/java/org/factdesk/analysis/qa"))) {
            for (java.nio.file.Path file : files.toList()) {
                Matcher matcher = key.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    assertThat(english.getProperty(matcher.group(1))).as(file + " " + matcher.group(1)).isNotNull();
                    assertThat(spanish.getProperty(matcher.group(1))).as(file + " " + matcher.group(1)).isNotNull();
                }
            }
        }
    }

    @Test
    void everyMessageIsAValidPatternThatShowsItsArgument() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_es.properties")) {
            Properties properties = load(bundle);
            for (String name : properties.stringPropertyNames()) {
                String formatted = new MessageFormat(properties.getProperty(name), Locale.ROOT)
                        .format(new Object[] {"X0", "X1", "X2", "X3", "X4"});
                assertThat(formatted).as(bundle + " " + name).doesNotContain("{");
            }
        }
    }

    @Test
    void theUiLanguageChoosesTheBundle() {
        assertThat(new Messages(Locale.forLanguageTag("es-MX")).format("qa.contraction.message", "de el", "del"))
                .isEqualTo("«de el» debe contraerse en «del»");
        assertThat(new Messages(Locale.ENGLISH).format("qa.contraction.message", "de el", "del"))
                .isEqualTo("“de el” should contract to “del”");
        assertThat(new Messages(Locale.GERMAN).format("qa.contraction.message", "de el", "del"))
                .as("another language falls back to English").startsWith("“de el”");
    }
}
