package org.factdesk.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A report read back by {@link ReportReader}, validated and converted to the model: offsets are UTF-16 again and
 * every document's {@code paragraphs()} is empty (paragraph segmentation belongs to the text layer; the caller fills
 * them in).
 */
public record ReportData(ProjectInfo project, Instant generatedAt, List<ReportDocument> documents) {

    public ReportData {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(generatedAt, "generatedAt");
        documents = List.copyOf(documents);
    }
}
