package org.factdesk.report;

/**
 * What an export wrote and what it left out.
 *
 * @param documents documents written
 * @param claims claims written (as rows, annotations or reviews)
 * @param unverifiedLeftOut claims left out because they have no verdict yet (ClaimReview only)
 * @param notReviewableLeftOut translation issues left out because they review a translation, not a claim about the
 *     world (ClaimReview only)
 */
public record ExportCounts(int documents, int claims, int unverifiedLeftOut, int notReviewableLeftOut) {

    /** Claims left out, for any reason. */
    public int leftOut() {
        return unverifiedLeftOut + notReviewableLeftOut;
    }
}
