package org.factdesk.report;

import java.util.List;
import java.util.function.Consumer;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.ReviewIssue;

/**
 * What a report is made of, handed to {@link ReportWriter} by the caller (the service, reading the project store). The
 * claims are pulled one document at a time and streamed, so a report never needs all of them in memory.
 */
public interface ReportContent {

    /** The project the report is about. */
    ProjectInfo project();

    /** The documents to report on, in report order. Their paragraphs are used to number each claim's paragraph. */
    List<Document> documents();

    /**
     * Hands every claim of one document to {@code sink}, in document order (by start offset, then end offset), each
     * exactly once. The writer calls this once per document, in the order of {@link #documents()}.
     *
     * @param documentId the id of one of {@link #documents()}
     * @param sink receives the claims; it may throw (an {@link java.io.UncheckedIOException} when writing fails),
     *     which must be left to propagate
     */
    void forEachClaim(String documentId, Consumer<Claim> sink);

    /**
     * Where and when a document was published, for ClaimReview's {@code appearance}. By default its source when that
     * is a web address, with no date.
     */
    default Publication publication(Document document) {
        return Publication.fromSource(document.source());
    }

    /**
     * The open issues of the document's last translation review, sorted by start: each claim they touch is written
     * with its {@code translationRisks}. None by default.
     */
    default List<ReviewIssue> reviewIssues(String documentId) {
        return List.of();
    }
}
