package org.factdesk.report;

import java.util.List;
import java.util.Objects;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;

/** One document of an imported report with its claims, in the report's order, each naming this document's id. */
public record ReportDocument(Document document, List<Claim> claims) {

    public ReportDocument {
        Objects.requireNonNull(document, "document");
        claims = List.copyOf(claims);
    }
}
