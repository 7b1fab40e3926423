package org.factdesk.store;

import java.time.Instant;
import org.factdesk.model.Language;

/**
 * A document as listed, without its text.
 *
 * @param length the length of the text in UTF-16 chars
 * @param previousVersionId the document this one is a new version of, or {@code null}
 * @param claimCount how many claims are on the document
 * @param codePointLength the length of the text in code points
 * @param paragraphCount how many paragraphs the text has
 */
public record DocumentSummary(
        String id,
        String title,
        Language language,
        String source,
        String sha256,
        int length,
        Instant importedAt,
        String previousVersionId,
        int claimCount,
        int codePointLength,
        int paragraphCount) {
}
