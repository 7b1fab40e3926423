package org.factdesk.cli;

import java.nio.file.Path;
import org.factdesk.service.JsonOutput;
import org.factdesk.service.MergeResult;
import org.factdesk.service.ServiceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk report import}: merges a report into a project. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Work with report files.",
        subcommands = ReportCommand.ImportReport.class)
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Merge a factdesk-report JSON file into a project (created if missing). New documents and "
                    + "claims are added; a claim on both sides keeps the version updated last, and each difference "
                    + "is listed. A report with any problem is rejected whole."})
    static final class ImportReport extends ProjectCommand {

        @Parameters(paramLabel = "REPORT", description = "The report file (.json).")
        Path report;

        @Mixin
        OutputFormatOption output;

        @Override
        void run() throws ServiceException {
            withProjectCreatedIfMissing(workspace -> {
                MergeResult result = workspace.reports().importReport(report);
                if (output.json()) {
                    out().println(JsonOutput.of(result));
                    return;
                }
                out().printf("Documents: %d added, %d already present.%n", result.documentsAdded(),
                        result.documentsAlreadyPresent());
                out().printf("Claims: %d added, %d updated from the report, %d kept as in the project, %d unchanged.%n",
                        result.claimsAdded(), result.claimsUpdated(), result.claimsKept(), result.claimsUnchanged());
                if (!result.differences().isEmpty()) {
                    Table table = new Table("CLAIM", "DIFFERING FIELDS", "KEPT");
                    result.differences().forEach(d -> table.row(d.claimId(), String.join(", ", d.fields()),
                            d.kept().name().toLowerCase(java.util.Locale.ROOT)));
                    table.print(out());
                }
            });
        }
    }
}
