package org.factdesk.service;

import java.util.List;
import org.factdesk.model.AlignedSegment;
import org.factdesk.model.Document;
import org.factdesk.model.ReviewIssue;

/**
 * A translation review as the window shows it.
 *
 * @param source the document the translation was made from, or {@code null} when it has none
 * @param issues the issues not dismissed, in document order
 * @param alignment the sentence alignment of translation and source; empty without a source
 */
public record ReviewResult(Document translation, Document source, List<ReviewIssue> issues,
        List<AlignedSegment> alignment) {

    public ReviewResult {
        issues = List.copyOf(issues);
        alignment = List.copyOf(alignment);
    }
}
