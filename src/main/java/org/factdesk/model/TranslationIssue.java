package org.factdesk.model;

/**
 * The details of a translation-issue claim, as translation review reports them.
 *
 * @param check the stable id of the check that found it ("repeated-word")
 * @param suggestion the proposed fix, or {@code null}
 */
public record TranslationIssue(String check, String message, String suggestion, Severity severity) {
}
