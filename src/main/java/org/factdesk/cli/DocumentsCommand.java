package org.factdesk.cli;

import java.util.List;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.JsonOutput;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code factdesk documents}: lists a project's articles. */
@Command(name = "documents", mixinStandardHelpOptions = true, description = "List the articles in a project.")
final class DocumentsCommand extends ProjectCommand {

    @Mixin
    OutputFormatOption output;

    @Override
    void run() throws ServiceException {
        try (Workspace workspace = Workspace.open(project, true, session())) {
            List<DocumentInfo> documents = workspace.documents().list();
            if (output.json()) {
                out().println(JsonOutput.of(new ImportCommand.Imported(documents)));
            } else {
                Table table = new Table("ID", "TITLE", "LANG", "LENGTH", "SOURCE", "IMPORTED");
                documents.forEach(d -> table.row(d.id(), d.title(), d.language(), d.length(), d.source(),
                        d.importedAt()));
                table.print(out());
            }
        }
    }
}
