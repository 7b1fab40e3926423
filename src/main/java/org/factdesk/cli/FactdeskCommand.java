package org.factdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: {@code factdesk} and its subcommands. */
@Command(name = "factdesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Factdesk: mark statements, attributions and figures in articles, record verdicts and evidence, "
                    + "export reports. One project is one local .factdesk file.",
            "",
            "Offsets on the command line and in JSON count Unicode code points of the document's text, "
                    + "end exclusive."},
        subcommands = {
            ImportCommand.class,
            DocumentsCommand.class,
            ClaimCommand.class,
            ExportCommand.class,
            PublicationCommand.class,
            ReportCommand.class,
            AnalyzeCommand.class,
            QaCommand.class,
            picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 done, 1 bad input (the reason is on standard error), 2 wrong usage."})
public final class FactdeskCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
