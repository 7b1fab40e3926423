package org.factdesk.ui.export;

import java.nio.file.Path;
import org.factdesk.service.ExportFormat;

/**
 * What the Export dialog starts from: the format and folder used last, the file name to suggest (without
 * extension), and the project's fact-checking organisation.
 */
public record ExportSetup(ExportFormat format, Path folder, String baseName, String organisation,
        String organisationUrl) {
}
