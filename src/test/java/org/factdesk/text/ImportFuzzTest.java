package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;
import org.factdesk.model.Paragraph;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the article importers and charset detection: any bytes either import as a well-formed article or are
 * refused with an {@link ImportException}; nothing else escapes and no input takes more than a few seconds. Runs the
 * committed corpus in every build; {@code JAZZER_FUZZ=1} fuzzes (see README, "Fuzzing").
 */
class ImportFuzzTest {

    /** Names that choose each import path: text, Markdown, HTML, and an unknown extension sniffed for HTML. */
    private static final String[] NAMES = {"article.txt", "article.md", "article.html", "article", "page.xyz"};

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void anyBytesImportAsAWellFormedArticleOrAreRefusedWithAReason(FuzzedDataProvider data) {
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        byte[] bytes = data.consumeRemainingAsBytes();
        ImportedArticle article;
        try {
            article = new ArticleImporter().importBytes(bytes, name);
        } catch (ImportException refused) {
            assertThat(refused.getMessage()).as("a refusal names the file").contains(name);
            assertThat(refused.reason()).isNotNull();
            return;
        }
        String text = article.text();
        assertThat(text).isNotBlank().doesNotContain("\r").doesNotStartWith("\uFEFF");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("text is NFC").isTrue();
        assertThat(TextNormalizer.normalize(text)).as("normalising again changes nothing").isEqualTo(text);
        int previousEnd = 0;
        for (Paragraph paragraph : article.paragraphs()) {
            SpanContract.assertSelectsValidText(text, paragraph.start(), paragraph.end(), "paragraph " + paragraph);
            assertThat(paragraph.start()).as("paragraphs in order").isGreaterThanOrEqualTo(previousEnd);
            previousEnd = paragraph.end();
        }
        assertThat(article.title()).isNotNull();
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void charsetDetectionDecodesOrRefusesWithAReason(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            DecodedText decoded = TextDecoder.decode(bytes, "article.txt");
            assertThat(decoded.charset()).isNotBlank();
            // (a second byte order mark is text here, U+FEFF; TextNormalizer drops every leading one)
            assertThat(hasLoneSurrogate(decoded.text())).as("decoded text has no half of a surrogate pair").isFalse();
        } catch (ImportException refused) {
            assertThat(refused.fileName()).isEqualTo("article.txt");
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairedLow = i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (Character.isHighSurrogate(c) && !pairedHigh || Character.isLowSurrogate(c) && !pairedLow) {
                return true;
            }
        }
        return false;
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void anyHtmlReducesToTextWithoutFailing(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(html);
        assertThat(extracted.text()).isNotNull();
        HtmlArticleExtractor.declaredCharset(html.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
