package org.factdesk.report;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Where and when an article was published, as ClaimReview's {@code appearance} states it. Either part may be
 * {@code null} when unknown.
 */
public record Publication(String url, LocalDate date) {

    /** Nothing known. */
    public static final Publication UNKNOWN = new Publication(null, null);

    /** The document's source when it is an http(s) URL, with no date; otherwise {@link #UNKNOWN}. */
    public static Publication fromSource(String source) {
        return SafeUrl.isWebUrl(source) ? new Publication(source.strip(), null) : UNKNOWN;
    }

    /** This publication, with the missing parts taken from {@code other}. */
    public Publication orElse(Publication other) {
        return new Publication(url != null ? url : other.url, date != null ? date : other.date);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", url, date);
    }
}
