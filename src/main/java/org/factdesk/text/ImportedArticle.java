package org.factdesk.text;

import java.util.List;
import java.util.Objects;
import org.factdesk.model.Language;
import org.factdesk.model.Paragraph;

/**
 * An article ready to become a document: normalised text, its paragraphs, detected language and where it came from.
 *
 * @param text the normalised text (see {@link TextNormalizer})
 * @param source the file name the article came from (not its path), or "pasted text"
 * @param sha256 lowercase hex SHA-256 of the original bytes (of the UTF-8 bytes for pasted text)
 * @param paragraphs the paragraphs of {@code text}, UTF-16 offsets
 * @param charset the charset the bytes were decoded with ("UTF-8", "windows-1252"…)
 */
public record ImportedArticle(
        String title,
        String text,
        Language language,
        String source,
        String sha256,
        List<Paragraph> paragraphs,
        String charset) {

    public ImportedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(charset, "charset");
        paragraphs = List.copyOf(paragraphs);
    }
}
