package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.service.ExportFormat;
import org.factdesk.service.Workspace;
import org.factdesk.ui.export.ExportChoice;
import org.factdesk.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state object on a real project file, with a synchronous runner and no toolkit. */
class ProjectViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ProjectViewModel viewModel;
    private String text;

    @BeforeEach
    void openSample() throws Exception {
        viewModel = SampleProjects.openViewModel(dir, dialogs);
        text = viewModel.currentDocumentProperty().get().text();
    }

    @AfterEach
    void close() {
        viewModel.close();
    }

    private Claim mark(ClaimKind kind, String phrase) {
        int start = text.indexOf(phrase);
        viewModel.mark(kind, start, start + phrase.length());
        return viewModel.selectedClaimProperty().get();
    }

    private List<Claim> claimsInTheFile() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("sample.factdesk"), true, SampleProjects.SESSION)) {
            return workspace.claims().list(null);
        }
    }

    @Test
    void openingAProjectShowsItsFirstArticle() {
        assertThat(viewModel.documents()).hasSize(1);
        assertThat(text).startsWith("Actualizado el 11 de septiembre");
        assertThat(viewModel.claims()).isEmpty();
        assertThat(viewModel.readOnlyProperty().get()).isFalse();
        assertThat(viewModel.editableBinding().get()).isTrue();
        assertThat(viewModel.pendingWritesProperty().get()).isZero();
    }

    @Test
    void aMarkIsSavedSelectedAndKeptInDocumentOrder() throws Exception {
        Claim figure = mark(ClaimKind.FIGURE, "casi la mitad");
        Claim statement = mark(ClaimKind.STATEMENT, "Hace cuatro años");
        assertThat(figure.target().exact()).isEqualTo("casi la mitad");
        assertThat(viewModel.selectedClaimProperty().get()).isEqualTo(statement);
        assertThat(viewModel.claims()).extracting(c -> c.target().exact())
                .containsExactly("Hace cuatro años", "casi la mitad");
        viewModel.close();
        assertThat(claimsInTheFile()).extracting(Claim::id).containsExactlyInAnyOrder(figure.id(), statement.id());
    }

    @Test
    void anEditReplacesTheClaimInPlaceAndFeedsTagCompletion() throws Exception {
        Claim claim = mark(ClaimKind.ATTRIBUTION, "Radio Free Asia");
        viewModel.update(claim.id(), c -> c.withVerdict(Verdict.MISLEADING).withTags(List.of("rusia"))
                .withAttribution(c.attribution().withSpeaker("Una persona familiarizada")));
        Claim edited = viewModel.claims().get(0);
        assertThat(edited.verdict()).isEqualTo(Verdict.MISLEADING);
        assertThat(viewModel.selectedClaimProperty().get()).isEqualTo(edited);
        assertThat(viewModel.knownTags()).containsExactly("rusia");
        assertThat(viewModel.knownSpeakers()).containsExactly("Una persona familiarizada");
        viewModel.close();
        assertThat(claimsInTheFile().get(0).verdict()).isEqualTo(Verdict.MISLEADING);
    }

    @Test
    void undoAndRedoWorkAcrossAReopen() throws Exception {
        Claim claim = mark(ClaimKind.FIGURE, "hasta el 30%");
        viewModel.update(claim.id(), c -> c.withVerdict(Verdict.FALSE));
        viewModel.delete(claim.id());
        assertThat(viewModel.claims()).isEmpty();
        assertThat(viewModel.historyProperty().get().undoLabel()).isEqualTo("claim.delete");

        Path file = dir.resolve("sample.factdesk");
        viewModel.close();
        viewModel.open(file);
        assertThat(viewModel.historyProperty().get().canUndo()).isTrue();

        viewModel.undo();
        assertThat(viewModel.claims()).singleElement().extracting(Claim::verdict).isEqualTo(Verdict.FALSE);
        viewModel.undo();
        assertThat(viewModel.claims()).singleElement().extracting(Claim::verdict).isEqualTo(Verdict.UNVERIFIED);
        viewModel.undo();
        assertThat(viewModel.claims()).isEmpty();
        assertThat(viewModel.historyProperty().get().canUndo()).isFalse();

        viewModel.redo();
        viewModel.redo();
        assertThat(viewModel.claims()).singleElement().extracting(Claim::verdict).isEqualTo(Verdict.FALSE);
        assertThat(viewModel.historyProperty().get().redoLabel()).isEqualTo("claim.delete");

        mark(ClaimKind.STATEMENT, "Hace cuatro años");
        assertThat(viewModel.historyProperty().get().canRedo()).as("a new change ends the redo stack").isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void importAndPasteAddArticlesAndShowThem() throws Exception {
        Path article = dir.resolve("english.txt");
        Files.writeString(article, "The minister said that 40% of the budget went to health.\n",
                StandardCharsets.UTF_8);
        viewModel.importFiles(List.of(article));
        assertThat(viewModel.documents()).hasSize(2);
        assertThat(viewModel.currentDocumentProperty().get().language().code()).isEqualTo("en");
        viewModel.importText("Nota pegada", "El ministro dijo que el 40 % del presupuesto fue a sanidad.");
        assertThat(viewModel.documents()).hasSize(3);
        assertThat(viewModel.currentDocumentProperty().get().title()).isEqualTo("Nota pegada");
        assertThat(dialogs.notices).hasSize(2);
    }

    @Test
    void aBadArticleShowsOneClearErrorAndChangesNothing() throws Exception {
        Path binary = dir.resolve("photo.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        viewModel.importFiles(List.of(binary));
        assertThat(dialogs.errors).singleElement().asString().contains("photo.png");
        assertThat(viewModel.documents()).hasSize(1);
    }

    @Test
    void exportWritesTheReportAndOffersToShowIt() throws Exception {
        mark(ClaimKind.FIGURE, "casi la mitad");
        Path out = dir.resolve("report.json");
        viewModel.export(new ExportChoice(ExportFormat.JSON, out, false, null, "", "", "", null), null, null,
                file -> { });
        assertThat(Files.readString(out)).contains("\"exact\":\"casi la mitad\"");
        assertThat(dialogs.notices).singleElement().asString().contains("report.json");
    }

    @Test
    void aProjectOfANewerFactdeskIsShownReadOnly() throws Exception {
        viewModel.close();
        Path file = dir.resolve("sample.factdesk");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 99");
        }
        viewModel.open(file);
        assertThat(viewModel.readOnlyProperty().get()).isTrue();
        assertThat(viewModel.readOnlyReasonProperty().get()).contains("newer Factdesk");
        assertThat(viewModel.editableBinding().get()).isFalse();
        int before = viewModel.claims().size();
        viewModel.mark(ClaimKind.STATEMENT, 0, 10);
        assertThat(viewModel.claims()).hasSize(before);
    }

    @Test
    void aFileThatIsNotAProjectGivesAClearErrorAndTheOpenProjectStays() throws Exception {
        Path notes = dir.resolve("notes.factdesk");
        Files.writeString(notes, "not a database");
        viewModel.open(notes);
        assertThat(dialogs.errors).singleElement().asString().contains("notes.factdesk");
        assertThat(viewModel.workspaceProperty().get().file()).isEqualTo(dir.resolve("sample.factdesk"));
        mark(ClaimKind.STATEMENT, "Hace cuatro años");
        assertThat(claimsInTheFile()).as("the sample is still open, and marks go into it").hasSize(1);
    }

    @Test
    void reopeningTheOpenProjectWorks() throws Exception {
        mark(ClaimKind.STATEMENT, "Hace cuatro años");
        viewModel.open(dir.resolve("sample.factdesk"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(viewModel.claims()).hasSize(1);
    }

    @Test
    void theLanguageOfTheWindowCanChange() {
        I18n i18n = new I18n(Locale.ENGLISH);
        var text = i18n.bind("status.saved");
        assertThat(text.get()).isEqualTo("All changes saved");
        i18n.localeProperty().set(Locale.forLanguageTag("es"));
        assertThat(text.get()).isEqualTo("Todos los cambios guardados");
        assertThat(new DirectTaskRunner().busyProperty().get()).isFalse();
    }
}
