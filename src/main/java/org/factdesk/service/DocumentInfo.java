package org.factdesk.service;

import java.time.Instant;

/**
 * A document as the command line and the window list it, without its text.
 *
 * @param length the length of the text in code points
 * @param alreadyPresent set by an import that found the same article (same SHA-256) in the project already
 */
public record DocumentInfo(
        String id,
        String title,
        String language,
        String source,
        String sha256,
        int length,
        int paragraphs,
        Instant importedAt,
        String previousVersionId,
        boolean alreadyPresent) {
}
