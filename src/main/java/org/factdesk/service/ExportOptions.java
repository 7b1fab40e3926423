package org.factdesk.service;

import org.factdesk.model.Language;

/**
 * Choices for one export.
 *
 * @param bom whether a CSV starts with a UTF-8 byte order mark (for spreadsheets)
 * @param language the language of verdicts in words (ClaimReview, HTML), or {@code null} for each article's own
 * @param organisation the fact-checking organisation named by ClaimReview, or {@code null} for the project's setting
 * @param organisationUrl its web address, or {@code null} for the project's setting
 */
public record ExportOptions(boolean bom, Language language, String organisation, String organisationUrl) {

    /** No byte order mark, each article's language, the project's organisation. */
    public static final ExportOptions DEFAULT = new ExportOptions(false, null, null, null);
}
