package org.factdesk.service;

import java.nio.file.Path;

/** What an export wrote. */
public record ExportResult(Path file, String format, int documents, int claims) {
}
