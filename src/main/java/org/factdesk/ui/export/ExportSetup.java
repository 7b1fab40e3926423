package org.factdesk.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import org.factdesk.service.ExportFormat;

/**
 * What the Export dialog starts from: the format and folder used last, the file name to suggest (without
 * extension), the project's fact-checking organisation, and where and when the article shown was published.
 */
public record ExportSetup(ExportFormat format, Path folder, String baseName, String organisation,
        String organisationUrl, String articleUrl, LocalDate articleDate) {
}
