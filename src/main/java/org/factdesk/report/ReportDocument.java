package org.factdesk.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.TranslationRisk;

/**
 * One document of an imported report with its claims, in the report's order, each naming this document's id, and the
 * translation risks the report gave for them (claim id → risks; UTF-16 offsets), absent for claims without any.
 */
public record ReportDocument(Document document, List<Claim> claims, Map<String, List<TranslationRisk>> risks) {

    public ReportDocument {
        Objects.requireNonNull(document, "document");
        claims = List.copyOf(claims);
        risks = Map.copyOf(risks == null ? Map.of() : risks);
    }

    /** A document without translation risks. */
    public ReportDocument(Document document, List<Claim> claims) {
        this(document, claims, Map.of());
    }
}
