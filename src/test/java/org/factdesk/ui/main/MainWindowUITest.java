package org.factdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.report.SchemaCheck;
import org.factdesk.service.Workspace;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.Screenshots;
import org.factdesk.ui.prefs.MemoryPreferences;
import org.factdesk.ui.task.FxTaskRunner;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless, on a real project file holding the sample article. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUITest {

    @TempDir
    static Path dir;

    private final WindowDialogs dialogs = new WindowDialogs();
    private FxTaskRunner runner;
    private ProjectViewModel viewModel;
    private MainWindow window;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(dir, "window");
        project = SampleProjects.create(folder);
        runner = new FxTaskRunner();
        I18n i18n = new I18n(Locale.ENGLISH);
        dialogs.attach(stage, i18n);
        viewModel = new ProjectViewModel(runner, dialogs, i18n, SampleProjects.SESSION);
        window = new MainWindow(stage, viewModel, runner, dialogs, new MemoryPreferences(), url -> { });
        stage.show();
        viewModel.open(project);
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowShowsTheProjectsArticleAndItsState(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.currentDocumentProperty().get() != null);
        ListView<?> documents = robot.lookup("#documents-list").queryAs(ListView.class);
        assertThat(documents.getItems()).hasSize(1);
        assertThat(robot.lookup("#status-saved").queryAs(Label.class).getText()).isEqualTo("All changes saved");
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText())
                .isEqualTo("0 statements · 0 attributions · 0 figures");
        Screenshots.save(window.scene(), "main-window");
    }

    private List<Claim> claimsInTheFile() throws Exception {
        try (Workspace workspace = Workspace.open(project, true, SampleProjects.SESSION)) {
            return workspace.claims().list(null);
        }
    }

    private ListCell<?> popupCell(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> text.equals(c.getText()) && c.isVisible() && c.getScene() != window.scene())
                .findFirst().orElseThrow(() -> new AssertionError("no popup entry " + text));
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        List<KeyCode> reversed = new java.util.ArrayList<>(List.of(keys));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
    }

    @Test
    void aFigureMarkedWithTheKeyboardIsSavedEditedUndoneFilteredAndClicked(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.currentDocumentProperty().get() != null);
        String text = viewModel.currentDocumentProperty().get().text();
        StyleClassedTextArea area = robot.lookup("#article-area").queryAs(StyleClassedTextArea.class);
        int start = text.indexOf("casi la mitad");
        // a sloppy selection ("asi la mita"): F snaps it to whole words
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start + 1, start + 12);
        });
        robot.type(KeyCode.F);
        waitUntil(() -> viewModel.claims().size() == 1);
        Claim figure = viewModel.claims().get(0);
        assertThat(figure.target().exact()).isEqualTo("casi la mitad");
        assertThat(figure.kind()).isEqualTo(ClaimKind.FIGURE);
        @SuppressWarnings("unchecked")
        ListView<Claim> panel = robot.lookup("#claims-list").queryAs(ListView.class);
        assertThat(panel.getItems()).containsExactly(figure);
        assertThat(claimsInTheFile()).extracting(c -> c.target().exact()).containsExactly("casi la mitad");
        waitUntil(() -> robot.lookup("#claim-verdict").query().isFocused());

        robot.clickOn("#claim-verdict");
        robot.clickOn(popupCell(robot, "Mostly true"));
        waitUntil(() -> viewModel.claims().get(0).verdict() == Verdict.MOSTLY_TRUE);
        Node note = robot.lookup("#claim-note").query();
        robot.interact(note::requestFocus);
        robot.clickOn(note).write("FAO, 2023: 47 %");
        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> viewModel.claims().get(0).note().equals("FAO, 2023: 47 %"));
        assertThat(claimsInTheFile().get(0).verdict()).isEqualTo(Verdict.MOSTLY_TRUE);
        Screenshots.save(window.scene(), "main-window-claim-edited");

        robot.interact(area::requestFocus);
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> viewModel.claims().get(0).note().isEmpty());
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> viewModel.claims().get(0).verdict() == Verdict.UNVERIFIED);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> viewModel.claims().get(0).verdict() == Verdict.MOSTLY_TRUE);
        assertThat(claimsInTheFile().get(0).verdict()).isEqualTo(Verdict.MOSTLY_TRUE);

        int other = text.indexOf("hasta el 30%");
        robot.interact(() -> viewModel.mark(ClaimKind.FIGURE, other, other + 12));
        waitUntil(() -> viewModel.claims().size() == 2);
        robot.clickOn("#claims-filter").write("mitad");
        waitUntil(() -> panel.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#claims-filter").queryAs(javafx.scene.control.TextField.class).clear());
        waitUntil(() -> panel.getItems().size() == 2);

        robot.interact(() -> area.showParagraphAtCenter(area.offsetToPosition(start,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        var bounds = new java.util.concurrent.atomic.AtomicReference<javafx.geometry.Bounds>();
        robot.interact(() -> bounds.set(area.getCharacterBoundsOnScreen(start + 2, start + 3).orElseThrow()));
        robot.clickOn(bounds.get().getCenterX(), bounds.get().getCenterY());
        waitUntil(() -> viewModel.selectedClaimProperty().get() != null
                && viewModel.selectedClaimProperty().get().id().equals(figure.id()));
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText())
                .isEqualTo("0 statements · 0 attributions · 2 figures");
        Screenshots.save(window.scene(), "main-window-two-figures");
    }

    @Test
    void theLanguageCanBeSwitchedFromTheViewMenu(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.currentDocumentProperty().get() != null);
        var menuBar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        var view = menuBar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
        var language = (javafx.scene.control.Menu) view.getItems().stream()
                .filter(i -> "menu-view-language".equals(i.getId())).findFirst().orElseThrow();
        var spanish = language.getItems().stream().filter(i -> "menu-language-es".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(spanish::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-saved").queryAs(Label.class).getText())
                .isEqualTo("Todos los cambios guardados");
        assertThat(robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0).getText())
                .isEqualTo("_Archivo");
        assertThat(robot.lookup("#documents-list .document-details").queryAs(Label.class).getText())
                .as("the articles list follows the language too").endsWith("caracteres");
        Screenshots.save(window.scene(), "main-window-es");
    }

    @Test
    void anArticleIsImportedFromTheFileMenu(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.currentDocumentProperty().get() != null);
        Path article = dir.resolve("minister.txt");
        Files.writeString(article, "The minister said that 40% of the budget went to health.\n",
                StandardCharsets.UTF_8);
        dialogs.filesToAnswer.add(article);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> viewModel.documents().size() == 2);
        assertThat(viewModel.currentDocumentProperty().get().title()).isEqualTo("minister");
    }

    @Test
    void theReportIsExportedAndValid(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.currentDocumentProperty().get() != null);
        String text = viewModel.currentDocumentProperty().get().text();
        int start = text.indexOf("casi la mitad");
        robot.interact(() -> viewModel.mark(org.factdesk.model.ClaimKind.FIGURE, start, start + 13));
        waitUntil(() -> viewModel.claims().size() == 1);
        Path out = dir.resolve("window-report.json");
        dialogs.exportToAnswer = new org.factdesk.ui.export.ExportChoice(org.factdesk.service.ExportFormat.JSON, out,
                false, null, "", "", "", null);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(out));
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertThat(SchemaCheck.problems(report)).isEmpty();
        assertThat(report.at("/documents/0/claims/0/target/exact").asText()).isEqualTo("casi la mitad");
    }

    @Test
    void aCorruptProjectShowsAClearErrorDialog(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.currentDocumentProperty().get() != null);
        Path corrupt = dir.resolve("corrupt.factdesk");
        byte[] bytes = Files.readAllBytes(project);
        Files.write(corrupt, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        dialogs.filesToAnswer.add(corrupt);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("corrupt.factdesk");
        assertThat(robot.lookup("#error-dialog").tryQuery()).isPresent();
        Screenshots.save(robot.lookup("#error-dialog").query().getScene(), "error-dialog");
    }
}
