package org.factdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.service.AnnotationImportResult;
import org.factdesk.service.JsonOutput;
import org.factdesk.service.MergePlan;
import org.factdesk.service.MergePlan.Change;
import org.factdesk.service.MergeResult;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
                    + "is listed. A report with any problem is rejected whole.",
                    "A W3C Web Annotation file (as written by export --format w3c) is recognised and its annotations "
                    + "become claims on the project's articles, re-anchored where the text differs."})
    static final class ImportReport extends ProjectCommand {

        @Parameters(paramLabel = "REPORT", description = "The report file (.json).")
        Path report;

        @Mixin
        OutputFormatOption output;

        @Option(names = "--dry-run", description = {"Only preview the merge: new, updated, conflicting and unchanged "
                + "claims, and for each conflict the fields that differ and the side changed last. The project "
                + "is opened read-only and not changed."})
        boolean dryRun;

        @Override
        void run() throws ServiceException {
            if (dryRun) {
                preview();
                return;
            }
            withProjectCreatedIfMissing(workspace -> {
                if (workspace.reports().isAnnotationFile(report)) {
                    printAnnotations(workspace.reports().importAnnotations(report));
                    return;
                }
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

        private void printAnnotations(AnnotationImportResult result) {
            if (output.json()) {
                out().println(JsonOutput.of(result));
                return;
            }
            out().printf("Claims: %d added (%d re-anchored onto a changed text), %d already present.%n",
                    result.added(), result.reanchored(), result.alreadyPresent());
            if (!result.notPlaced().isEmpty()) {
                out().printf("%d annotations were not imported: their text is not in the article.%n",
                        result.notPlaced().size());
                Table table = new Table("ANNOTATION", "TEXT");
                result.notPlaced().forEach(n -> table.row(n.path(), n.exact()));
                table.print(out());
            }
        }

        private void preview() throws ServiceException {
            if (!java.nio.file.Files.exists(project)) {
                throw new ServiceException("No project " + project + ". A dry run previews a merge into an existing "
                        + "project; without --dry-run the project is created.");
            }
            try (Workspace workspace = Workspace.open(project, true, session())) {
                MergePlan plan = workspace.reports().planMerge(report);
                List<Conflict> conflicts = plan.conflicts().stream().map(c -> new Conflict(c.claimId(),
                        c.kind().id(), c.deletedHere(), c.newer().name().toLowerCase(Locale.ROOT),
                        c.differences())).toList();
                Preview preview = new Preview(true, plan.newDocuments().size(), plan.documentsPresent(),
                        plan.count(Change.NEW), plan.count(Change.UPDATED), plan.count(Change.CONFLICT),
                        plan.count(Change.UNCHANGED), conflicts);
                if (output.json()) {
                    out().println(JsonOutput.of(preview));
                    return;
                }
                out().printf("Dry run: nothing was changed.%nDocuments: %d new, %d already present.%n",
                        preview.documentsNew(), preview.documentsPresent());
                out().printf("Claims: %d new, %d updated, %d conflicting, %d unchanged.%n", preview.claimsNew(),
                        preview.claimsUpdated(), preview.claimsConflicting(), preview.claimsUnchanged());
                if (!conflicts.isEmpty()) {
                    Table table = new Table("CLAIM", "FIELD", "MINE", "THEIRS", "DEFAULT");
                    for (Conflict conflict : conflicts) {
                        for (MergePlan.FieldDifference field : conflict.fields()) {
                            table.row(conflict.claim(), field.field(), String.valueOf(field.mine()),
                                    String.valueOf(field.theirs()), conflict.newer());
                        }
                    }
                    table.print(out());
                }
            }
        }
    }

    /** The JSON of a merge preview ({@code report import --dry-run}). */
    record Preview(boolean dryRun, int documentsNew, int documentsPresent, int claimsNew, int claimsUpdated,
            int claimsConflicting, int claimsUnchanged, List<Conflict> conflicts) {
    }

    /** One conflict of a preview: the claim, what differs, and the side a merge would keep by default. */
    record Conflict(String claim, String kind, boolean deletedHere, String newer,
            List<MergePlan.FieldDifference> fields) {
    }
}
