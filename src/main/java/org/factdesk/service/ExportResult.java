package org.factdesk.service;

import java.nio.file.Path;

/**
 * What an export wrote, and what it left out.
 *
 * @param unverifiedLeftOut claims without a verdict, which ClaimReview leaves out
 * @param notReviewableLeftOut translation issues, which ClaimReview leaves out (they are not claims about the world)
 */
public record ExportResult(Path file, String format, int documents, int claims, int unverifiedLeftOut,
        int notReviewableLeftOut) {

    /** An export that left nothing out. */
    public ExportResult(Path file, String format, int documents, int claims) {
        this(file, format, documents, claims, 0, 0);
    }

    /** Claims left out, for any reason. */
    public int leftOut() {
        return unverifiedLeftOut + notReviewableLeftOut;
    }
}
