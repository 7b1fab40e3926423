package org.factdesk.model;

import java.util.Objects;

/**
 * A slip translation review found in a document, as the project keeps it.
 *
 * @param check the stable id of the check that found it ("repeated-word", "languagetool:CONTRACCIONES")
 * @param start UTF-16 offset of the span in the document's text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param suggestion the proposed replacement of the span, or {@code null}
 */
public record ReviewIssue(String check, int start, int end, String message, String suggestion, Severity severity) {

    public ReviewIssue {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ") for check " + check);
        }
    }

    /** Whether the issue touches the span [start, end): overlaps it, or sits on it when either is empty. */
    public boolean touches(int spanStart, int spanEnd) {
        if (start == end || spanStart == spanEnd) {
            return start <= spanEnd && spanStart <= end;
        }
        return start < spanEnd && spanStart < end;
    }

    /** The key under which a dismissal of this issue is remembered. */
    public DismissalKey key() {
        return new DismissalKey(check, start, end);
    }

    /** What identifies an issue within its document across reviews: its check and its span. */
    public record DismissalKey(String check, int start, int end) {
    }
}
