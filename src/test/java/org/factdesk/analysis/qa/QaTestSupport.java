package org.factdesk.analysis.qa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Language;

/** Shared helpers of the translation-QA tests. */
final class QaTestSupport {

    static final Path RESOURCES = Path.of("src/test/resources/analysis/qa");
    static final Path SAMPLE = Path.of("assets/kim-putin-summit-es.txt");

    private QaTestSupport() {
    }

    static String read(String name) throws IOException {
        return Files.readString(RESOURCES.resolve(name));
    }

    static List<QaIssue> check(String text, Language language) {
        return new TranslationChecker().check(text, language, Locale.ENGLISH);
    }

    static String describe(String text, List<QaIssue> issues) {
        StringBuilder out = new StringBuilder();
        for (QaIssue issue : issues) {
            out.append(issue.check()).append(" [").append(text, issue.start(), issue.end()).append("] ")
                    .append(issue.message()).append('\n');
        }
        return out.toString();
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
