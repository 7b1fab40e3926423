package org.factdesk.service;

/** One translation-review issue as other programs read it: code-point offsets into the translation. */
public record QaIssueView(String check, int start, int end, String text, String message, String suggestion,
        String severity) {
}
