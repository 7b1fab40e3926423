package org.factdesk.cli;

import java.nio.file.Path;
import org.factdesk.model.Language;
import org.factdesk.service.ExportFormat;
import org.factdesk.service.ExportOptions;
import org.factdesk.service.ExportResult;
import org.factdesk.service.Monitor;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factdesk export}: writes a project as a report file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the whole project as a report. The file appears complete or not at all.")
final class ExportCommand extends ProjectCommand {

    /** Export formats, by their command-line names. */
    enum Format {
        json(ExportFormat.JSON), claimreview(ExportFormat.CLAIMREVIEW), w3c(ExportFormat.W3C), csv(ExportFormat.CSV),
        html(ExportFormat.HTML);

        final ExportFormat format;

        Format(ExportFormat format) {
            this.format = format;
        }
    }

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (factdesk-report version 1), claimreview (schema.org ClaimReview JSON-LD), "
                    + "w3c (W3C Web Annotation JSON-LD), csv (one row per claim) or html (a standalone report). "
                    + "Default: json.")
    Format format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write it.")
    Path out;

    @Option(names = "--bom", description = "csv: start the file with a UTF-8 byte order mark, for spreadsheets.")
    boolean bom;

    @Option(names = "--lang", paramLabel = "es|en", converter = ModelConverters.LanguageConverter.class,
            description = "claimreview, html: the language of verdicts in words. Default: each article's language.")
    Language language;

    @Option(names = "--organisation", paramLabel = "NAME",
            description = "claimreview: the fact-checking organisation, instead of the project's setting.")
    String organisation;

    @Option(names = "--organisation-url", paramLabel = "URL",
            description = "claimreview: the organisation's web address, instead of the project's setting.")
    String organisationUrl;

    @Override
    void run() throws ServiceException {
        try (Workspace workspace = Workspace.open(project, true, session())) {
            ExportResult result = workspace.reports().export(format.format, out,
                    new ExportOptions(bom, language, organisation, organisationUrl), Monitor.NONE);
            out().println("Wrote " + result.file() + ": " + result.documents() + " documents, " + result.claims()
                    + " claims.");
            if (result.unverifiedLeftOut() > 0) {
                out().println(result.unverifiedLeftOut() + " unverified claims were left out: ClaimReview "
                        + "publishes only claims with a verdict.");
            }
            if (result.notReviewableLeftOut() > 0) {
                out().println(result.notReviewableLeftOut() + " translation issues were left out: they review the "
                        + "translation, not a claim.");
            }
        }
    }
}
