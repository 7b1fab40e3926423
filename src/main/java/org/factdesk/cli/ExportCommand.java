package org.factdesk.cli;

import java.nio.file.Path;
import org.factdesk.service.ExportResult;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factdesk export}: writes a project as a report file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the whole project as a report. The file appears complete or not at all.")
final class ExportCommand extends ProjectCommand {

    /** Export formats this version writes. */
    enum ExportFormat { json }

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (factdesk-report version 1). Default: json.")
    ExportFormat format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write it.")
    Path out;

    @Override
    void run() throws ServiceException {
        try (Workspace workspace = Workspace.open(project, true, session())) {
            ExportResult result = workspace.reports().exportJson(out);
            out().println("Wrote " + result.file() + ": " + result.documents() + " documents, " + result.claims()
                    + " claims.");
        }
    }
}
