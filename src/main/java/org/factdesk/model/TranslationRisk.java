package org.factdesk.model;

import java.util.Objects;

/**
 * A translation-review issue that touches a claim's span or its speaker: the claim may rest on a slip of the
 * translation.
 *
 * @param start UTF-16 offset of the issue's span in the document's text, inclusive
 * @param end UTF-16 offset, exclusive
 */
public record TranslationRisk(String check, int start, int end, String message) {

    public TranslationRisk {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }

    /** The risk a review issue puts on a claim. */
    public static TranslationRisk of(ReviewIssue issue) {
        return new TranslationRisk(issue.check(), issue.start(), issue.end(), issue.message());
    }
}
