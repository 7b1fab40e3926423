package org.factdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Language;
import org.factdesk.service.ClaimPlacement;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.JsonOutput;
import org.factdesk.service.Monitor;
import org.factdesk.service.ServiceException;
import org.factdesk.service.VersionImport;
import org.factdesk.service.Workspace;
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

    @Option(names = "--as-version-of", paramLabel = "ID",
            description = {"Import the one FILE as a new version of this document (id or unique prefix): every claim "
                    + "of it is re-anchored onto the new text in one undoable step; claims that cannot be placed "
                    + "stay on the old version as orphans. Prints the new id and how many claims moved, changed "
                    + "text or were orphaned."})
    String asVersionOf;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files to import.")
    List<Path> files;

    @Mixin
    OutputFormatOption output;

    @Override
    void run() throws ServiceException {
        if (asVersionOf != null) {
            importVersion();
            return;
        }
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

    private void importVersion() throws ServiceException {
        if (files.size() != 1) {
            throw new ServiceException("--as-version-of takes exactly one FILE, the new version (" + files.size()
                    + " given). Nothing was imported.");
        }
        try (Workspace workspace = openProject()) {
            VersionImport result = workspace.versions().importAsNewVersion(files.get(0), asVersionOf, Monitor.NONE);
            List<String> orphans = result.claims().stream().filter(c -> c.status() == ClaimPlacement.Status.ORPHANED)
                    .map(ClaimPlacement::claimId).toList();
            if (output.json()) {
                out().println(JsonOutput.of(new ImportedVersion(result.document(), result.previousId(),
                        result.unchanged(), result.moved(), result.changed(), result.orphaned(), orphans)));
                return;
            }
            out().println(result.document().id());
            out().printf("New version of %s: %d claims unchanged, %d moved, %d changed text, %d orphaned.%n",
                    result.previousId(), result.unchanged(), result.moved(), result.changed(), result.orphaned());
            if (!orphans.isEmpty()) {
                out().println("Orphans (kept on the previous version until re-attached or deleted):");
                orphans.forEach(id -> out().println("  " + id));
            }
        }
    }

    /** The JSON result of an import as a new version. */
    record ImportedVersion(DocumentInfo document, String previousVersionId, int unchanged, int moved, int changed,
            int orphaned, List<String> orphans) {
    }

    /** The JSON result of an import. */
    record Imported(List<DocumentInfo> documents) {
    }
}
