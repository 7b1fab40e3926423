package org.factdesk.model;

import java.time.LocalDate;
import java.util.Objects;

/** A source that supports or refutes a claim. Only the URL is required; the other parts may be {@code null}. */
public record Evidence(String url, String title, LocalDate accessed, String archivedUrl, String note) {

    public Evidence {
        Objects.requireNonNull(url, "url");
    }
}
