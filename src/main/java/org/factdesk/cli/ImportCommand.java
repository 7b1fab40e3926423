package org.factdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Language;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.JsonOutput;
import org.factdesk.service.ServiceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factdesk import}: adds articles to a project (creating it if needed) and prints their ids. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles (.txt, .md, .html) into a project, creating the project file if it does "
                + "not exist. Prints the new documents' ids. If any file cannot be imported, none is."})
final class ImportCommand extends ProjectCommand {

    @Option(names = "--lang", paramLabel = "es|en", converter = ModelConverters.LanguageConverter.class,
            description = "The articles' language (default: detected from the text).")
    Language language;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files to import.")
    List<Path> files;

    @Mixin
    OutputFormatOption output;

    @Override
    void run() throws ServiceException {
        withProjectCreatedIfMissing(workspace -> {
            List<DocumentInfo> imported = workspace.documents().importFiles(files, language);
            if (output.json()) {
                out().println(JsonOutput.of(new Imported(imported)));
            } else {
                Table table = new Table("ID", "TITLE", "LANG", "LENGTH", "PARAGRAPHS", "STATUS");
                imported.forEach(d -> table.row(d.id(), d.title(), d.language(), d.length(), d.paragraphs(),
                        d.alreadyPresent() ? "already in the project" : "imported"));
                table.print(out());
            }
        });
    }

    /** The JSON result of an import. */
    record Imported(List<DocumentInfo> documents) {
    }
}
