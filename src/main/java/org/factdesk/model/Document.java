package org.factdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An imported article. Its text is the normalised text (UTF-8 decoded, BOM stripped, line breaks as LF, NFC) and
 * never changes: a new version of an article is a new document that names the old one in {@code previousVersionId}.
 *
 * @param sha256 hex SHA-256 of the original bytes as imported
 * @param source file name or URL the article came from
 * @param previousVersionId the document this one is a new version of, or {@code null}
 */
public record Document(
        String id,
        String title,
        Language language,
        String source,
        String sha256,
        String text,
        List<Paragraph> paragraphs,
        Instant importedAt,
        String previousVersionId) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(importedAt, "importedAt");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The index of the paragraph holding the UTF-16 offset, or of the last paragraph that starts before it. */
    public int paragraphIndexAt(int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return paragraphs.isEmpty() ? 0 : paragraphs.get(found).index();
    }

    public Document withLanguage(Language newLanguage) {
        return new Document(id, title, newLanguage, source, sha256, text, paragraphs, importedAt, previousVersionId);
    }

    public Document withTitle(String newTitle) {
        return new Document(id, newTitle, language, source, sha256, text, paragraphs, importedAt, previousVersionId);
    }
}
