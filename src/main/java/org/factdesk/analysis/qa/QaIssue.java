package org.factdesk.analysis.qa;

import java.util.Objects;
import org.factdesk.model.Severity;

/**
 * One slip found in a translation.
 *
 * @param check the stable id of the check that found it ("repeated-word")
 * @param start UTF-16 offset of the span in the target text, inclusive
 * @param end UTF-16 offset of the span in the target text, exclusive
 * @param message what is wrong, in the UI language
 * @param suggestion the proposed replacement of the span, or {@code null} when there is none
 * @param severity how much it matters
 */
public record QaIssue(String check, int start, int end, String message, String suggestion, Severity severity) {

    public QaIssue {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ") for check " + check);
        }
    }
}
