package org.factdesk.cli;

import picocli.CommandLine.Option;

/** {@code --format json|table}: how a command prints its result. */
final class OutputFormatOption {

    @Option(names = "--format", paramLabel = "json|table", defaultValue = "table",
            description = "How to print the result: json (for programs) or table (default).")
    ProjectCommand.OutputFormat format = ProjectCommand.OutputFormat.table;

    boolean json() {
        return format == ProjectCommand.OutputFormat.json;
    }
}
