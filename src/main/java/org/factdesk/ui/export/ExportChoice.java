package org.factdesk.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import org.factdesk.model.Language;
import org.factdesk.service.ExportFormat;

/**
 * What the user chose in the Export dialog.
 *
 * @param language the language of verdicts in words, or {@code null} for each article's own
 * @param articleUrl where the article shown was published ({@code ""} when unknown)
 * @param articleDate when it was published, or {@code null}
 */
public record ExportChoice(ExportFormat format, Path file, boolean bom, Language language, String organisation,
        String organisationUrl, String articleUrl, LocalDate articleDate) {
}
