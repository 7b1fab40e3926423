package org.factdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Language;
import org.factdesk.model.Verdict;
import org.factdesk.service.ExportFormat;
import org.factdesk.service.ReportService.ArticlePublication;
import org.factdesk.service.ReportService.Publisher;
import org.factdesk.service.Workspace;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.export.ExportChoice;
import org.factdesk.ui.export.ExportSetup;
import org.factdesk.ui.prefs.MemoryPreferences;
import org.factdesk.ui.prefs.Preference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export: the dialog starts where the user left off, the export runs, and the notice says what was left out. */
class ExportActionTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final MemoryPreferences preferences = new MemoryPreferences();
    private ProjectViewModel viewModel;
    private MainActions actions;

    @BeforeEach
    void openSampleWithTwoClaims() throws Exception {
        viewModel = SampleProjects.openViewModel(dir, dialogs);
        actions = new MainActions(viewModel, dialogs, preferences, viewModel.i18n());
        String text = viewModel.currentDocumentProperty().get().text();
        int half = text.indexOf("casi la mitad");
        viewModel.mark(ClaimKind.FIGURE, half, half + "casi la mitad".length());
        viewModel.update(viewModel.selectedClaimProperty().get().id(), c -> c.withVerdict(Verdict.MOSTLY_TRUE));
        int kim = text.indexOf("Kim Jong Un");
        viewModel.mark(ClaimKind.STATEMENT, kim, kim + "Kim Jong Un".length());
    }

    @AfterEach
    void close() {
        viewModel.close();
    }

    @Test
    void claimReviewReportsTheUnverifiedClaimLeftOutAndSavesTheOrganisation() throws Exception {
        Path out = dir.resolve("out").resolve("reviews.jsonld");
        Files.createDirectories(out.getParent());
        dialogs.exportToAnswer = new ExportChoice(ExportFormat.CLAIMREVIEW, out, false, Language.EN, "Verificado",
                "https://verificado.example", "https://noticias.example/kim", LocalDate.of(2023, 9, 11));

        actions.export(file -> { });

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notices).singleElement().asString()
                .isEqualTo("reviews.jsonld written: one claim. One unverified claim was left out of ClaimReview.");
        assertThat(Files.readString(out)).contains("\"alternateName\" : \"Mostly true\"",
                "\"url\" : \"https://noticias.example/kim\"", "\"datePublished\" : \"2023-09-11\"");
        assertThat(preferences.get(Preference.LAST_EXPORT_FORMAT)).isEqualTo("claimreview");
        assertThat(preferences.get(Preference.LAST_EXPORT_FOLDER)).isEqualTo(out.getParent().toString());
        viewModel.close();
        try (Workspace workspace = Workspace.open(dir.resolve("sample.factdesk"), true, SampleProjects.SESSION)) {
            assertThat(workspace.reports().publisher()).isEqualTo(new Publisher("Verificado",
                    "https://verificado.example"));
            String doc = workspace.documents().list().get(0).id();
            assertThat(workspace.reports().articlePublication(doc)).isEqualTo(new ArticlePublication(
                    "https://noticias.example/kim", LocalDate.of(2023, 9, 11)));
        }
    }

    @Test
    void theNextExportStartsFromTheLastFormatFolderAndOrganisation() throws Exception {
        Path out = dir.resolve("claims.csv");
        dialogs.exportToAnswer = new ExportChoice(ExportFormat.CSV, out, true, null, "Verificado", "", "", null);
        actions.export(file -> { });
        dialogs.exportToAnswer = null;

        actions.export(file -> { });

        ExportSetup second = dialogs.exportsAsked.get(1);
        assertThat(second.format()).isEqualTo(ExportFormat.CSV);
        assertThat(second.folder()).isEqualTo(dir);
        assertThat(second.baseName()).isEqualTo("sample");
        assertThat(dialogs.notices).singleElement().asString().isEqualTo("claims.csv written: 2 claims.");
        assertThat(Files.readAllBytes(out)[0]).isEqualTo((byte) 0xEF);
    }

    @Test
    void aFailedExportShowsOneClearError() {
        dialogs.exportToAnswer = new ExportChoice(ExportFormat.HTML, dir.resolve("missing").resolve("r.html"), false,
                null, "", "", "", null);

        actions.export(file -> { });

        assertThat(dialogs.notices).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("r.html");
    }
}
