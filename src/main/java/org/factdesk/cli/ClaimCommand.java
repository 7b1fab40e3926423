package org.factdesk.cli;

import java.util.List;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk claim add|list|set|delete}: scripting of manual work on claims. */
@Command(name = "claim", mixinStandardHelpOptions = true, description = "Mark, list, edit and delete claims.",
        subcommands = {ClaimCommand.Add.class, ClaimCommand.ListClaims.class, ClaimCommand.Set.class,
            ClaimCommand.Delete.class})
final class ClaimCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Prints claims as JSON in the report's shape, or as a table. */
    static void print(ProjectCommand command, Workspace workspace, List<Claim> claims, boolean json, boolean single)
            throws ServiceException {
        if (json) {
            command.out().println(single ? workspace.json().claim(claims.get(0)) : workspace.json().claims(claims));
            return;
        }
        Table table = new Table("ID", "KIND", "VERDICT", "TEXT", "TAGS");
        claims.forEach(c -> table.row(c.id(), c.kind().id(), c.verdict().id(), "«" + c.target().exact() + "»",
                String.join(", ", c.tags())));
        table.print(command.out());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Mark a span of a document as a claim. Offsets count code points, end exclusive.")
    static final class Add extends ProjectCommand {

        @Option(names = "--doc", required = true, paramLabel = "ID", description = "The document (id or prefix).")
        String document;

        @Option(names = "--kind", required = true, paramLabel = "KIND",
                converter = ModelConverters.KindConverter.class,
                completionCandidates = ModelConverters.MarkableKinds.class,
                description = "One of: ${COMPLETION-CANDIDATES}.")
        ClaimKind kind;

        @Option(names = "--start", required = true, paramLabel = "N", description = "First code point of the span.")
        int start;

        @Option(names = "--end", required = true, paramLabel = "N", description = "Code point after the span.")
        int end;

        @Mixin
        ClaimEditOptions fields;

        @Mixin
        OutputFormatOption output;

        @Override
        void run() throws ServiceException {
            try (Workspace workspace = openProject()) {
                Claim claim = workspace.claims().markAtCodePoints(document, kind, start, end, fields.edit(kind));
                print(this, workspace, List.of(claim), output.json(), true);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List claims in document order.")
    static final class ListClaims extends ProjectCommand {

        @Option(names = "--doc", paramLabel = "ID", description = "Only this document's claims (id or prefix).")
        String document;

        @Option(names = "--kind", paramLabel = "KIND", converter = ModelConverters.KindConverter.class,
                description = "Only claims of this kind.")
        ClaimKind kind;

        @Option(names = "--verdict", paramLabel = "VERDICT", converter = ModelConverters.VerdictConverter.class,
                description = "Only claims with this verdict.")
        Verdict verdict;

        @Option(names = "--tag", paramLabel = "TAG", description = "Only claims with this tag.")
        String tag;

        @Mixin
        OutputFormatOption output;

        @Override
        void run() throws ServiceException {
            try (Workspace workspace = Workspace.open(project, true, session())) {
                List<Claim> claims = workspace.claims().list(document).stream()
                        .filter(c -> kind == null || c.kind() == kind)
                        .filter(c -> verdict == null || c.verdict() == verdict)
                        .filter(c -> tag == null || c.tags().contains(tag))
                        .toList();
                print(this, workspace, claims, output.json(), false);
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change a claim's verdict, note, tags…")
    static final class Set extends ProjectCommand {

        @Parameters(paramLabel = "CLAIM", description = "The claim (id or prefix).")
        String claimId;

        @Mixin
        ClaimEditOptions fields;

        @Mixin
        OutputFormatOption output;

        @Override
        void run() throws ServiceException {
            try (Workspace workspace = openProject()) {
                Claim current = workspace.claims().get(claimId);
                Claim claim = workspace.claims().update(current.id(), fields.edit(current.kind()));
                print(this, workspace, List.of(claim), output.json(), true);
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a claim (the project's history keeps it).")
    static final class Delete extends ProjectCommand {

        @Parameters(paramLabel = "CLAIM", description = "The claim (id or prefix).")
        String claimId;

        @Mixin
        OutputFormatOption output;

        @Override
        void run() throws ServiceException {
            try (Workspace workspace = openProject()) {
                Claim deleted = workspace.claims().delete(claimId);
                print(this, workspace, List.of(deleted), output.json(), true);
            }
        }
    }
}
