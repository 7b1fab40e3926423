package org.factdesk.service;

import java.util.Optional;

/** The formats a project can be exported to, with the name used on the command line and the usual file extension. */
public enum ExportFormat {
    /** The {@code factdesk-report} JSON, which imports back exactly. */
    JSON("json", "json"),
    /** schema.org ClaimReview JSON-LD, for search engines and fact-check aggregators. */
    CLAIMREVIEW("claimreview", "jsonld"),
    /** A W3C Web Annotation collection (JSON-LD), which imports back as claims. */
    W3C("w3c", "jsonld"),
    /** One row per claim, for spreadsheets. */
    CSV("csv", "csv"),
    /** A standalone HTML page: the articles with their claims highlighted, summaries and a table. */
    HTML("html", "html");

    private final String id;
    private final String extension;

    ExportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    /** The name used on the command line and in preferences. */
    public String id() {
        return id;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> fromId(String id) {
        for (ExportFormat format : values()) {
            if (format.id.equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
