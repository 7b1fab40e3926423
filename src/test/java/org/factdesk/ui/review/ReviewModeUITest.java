package org.factdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.ReviewIssue;
import org.factdesk.service.Workspace;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.Screenshots;
import org.factdesk.ui.main.MainWindow;
import org.factdesk.ui.prefs.MemoryPreferences;
import org.factdesk.ui.task.FxTaskRunner;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Review translation" mode in the real window, headless: on the first paragraphs of the sample article beside
 * an English original, and on the whole sample article alone.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewModeUITest {

    private static final Path SOURCE = Path.of("src", "test", "resources", "review",
            "kim-putin-summit-en-excerpt.txt");

    @TempDir
    static Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private FxTaskRunner runner;
    private ProjectViewModel viewModel;
    private MainWindow window;
    private static Path project;
    private static String translationId;
    private static String sourceId;
    private static String sampleId;

    /** One project for both tests, made off the FX thread: the excerpt, its English original, the whole sample. */
    @BeforeAll
    static void createProject() throws Exception {
        Path folder = Files.createTempDirectory(dir, "review");
        project = folder.resolve("review.factdesk");
        Path excerpt = folder.resolve("kim-putin-summit-es-excerpt.txt");
        List<String> lines = Files.readAllLines(SampleProjects.SAMPLE, StandardCharsets.UTF_8);
        Files.writeString(excerpt, String.join("\n", lines.subList(0, 7)) + "\n", StandardCharsets.UTF_8);
        try (Workspace workspace = Workspace.create(project, SampleProjects.SESSION)) {
            translationId = workspace.documents().importFiles(List.of(excerpt), null).get(0).id();
            sourceId = workspace.documents().importFiles(List.of(SOURCE), null).get(0).id();
            sampleId = workspace.documents().importFiles(List.of(SampleProjects.SAMPLE), null).get(0).id();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        runner = new FxTaskRunner();
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new ProjectViewModel(runner, dialogs, i18n, SampleProjects.SESSION);
        window = new MainWindow(stage, viewModel, runner, dialogs, new MemoryPreferences(), url -> { });
        stage.show();
        viewModel.open(project);
    }

    /** Closes the project (both tests open the same file, which one window at a time may write). */
    @AfterEach
    void stop(FxRobot robot) throws TimeoutException {
        robot.interact(viewModel::close);
        waitUntil(30, () -> viewModel.workspaceProperty().get() == null);
        runner.close();
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        List<KeyCode> reversed = new java.util.ArrayList<>(List.of(keys));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
    }

    private void show(String documentId) throws TimeoutException {
        waitUntil(60, () -> viewModel.currentDocumentProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> viewModel.selectDocument(documentId));
        waitUntil(10, () -> viewModel.currentDocumentProperty().get() != null
                && viewModel.currentDocumentProperty().get().id().equals(documentId));
    }

    @Test
    void translationBesideItsSourceListsIssuesThatBecomeClaimsOrAreDismissed(FxRobot robot) throws Exception {
        show(translationId);
        press(robot, KeyCode.SHORTCUT, KeyCode.R);
        waitUntil(10, () -> robot.lookup("#review-view").tryQuery().isPresent());
        // our checks only, for speed; LanguageTool has its own tests
        CheckBox languageTool = robot.lookup("#review-languagetool").queryAs(CheckBox.class);
        robot.interact(() -> languageTool.setSelected(false));
        waitUntil(60, () -> robot.lookup("#review-run").query().isDisabled() == false
                && treeItems(robot) > 0);

        @SuppressWarnings("unchecked")
        ComboBox<ReviewView.SourceChoice> source = robot.lookup("#review-source").queryAs(ComboBox.class);
        robot.interact(() -> source.setValue(source.getItems().stream().filter(c -> sourceId.equals(c.id()))
                .findFirst().orElseThrow()));
        waitUntil(60, () -> robot.lookup("#review-source-area").tryQuery()
                .map(n -> !((StyleClassedTextArea) n).getText().isEmpty()).orElse(false)
                && !robot.lookup("#review-run").query().isDisabled());
        StyleClassedTextArea sourceArea = robot.lookup("#review-source-area").queryAs(StyleClassedTextArea.class);
        assertThat(sourceArea.getText()).startsWith("Updated 2:42 PM ET");
        assertThat(sourceArea.isVisible()).isTrue();
        List<ReviewIssue> issues = currentIssues(robot);
        assertThat(issues).extracting(ReviewIssue::check).contains("repeated-word");
        Screenshots.save(window.scene(), "review-with-source");

        // keyboard: the list has the focus; pick the repeated word, keep it as a claim with C
        ReviewIssue repeated = issues.stream().filter(i -> i.check().equals("repeated-word")).findFirst()
                .orElseThrow();
        TreeView<?> tree = robot.lookup("#review-issues").queryAs(TreeView.class);
        robot.interact(() -> {
            tree.requestFocus();
            selectIssue(tree, repeated);
        });
        StyleClassedTextArea target = robot.lookup("#review-target-area").queryAs(StyleClassedTextArea.class);
        assertThat(target.getSelectedText()).isEqualToIgnoringCase(target.getText().substring(repeated.start(),
                repeated.end()));
        robot.type(KeyCode.C);
        waitUntil(10, () -> viewModel.claims().stream().anyMatch(c -> c.kind() == ClaimKind.TRANSLATION_ISSUE));
        assertThat(viewModel.claims()).anySatisfy(c -> assertThat(c.issue().check()).isEqualTo("repeated-word"));

        // Delete dismisses it: gone from the list, and still gone after reviewing again
        int before = currentIssues(robot).size();
        robot.interact(() -> {
            tree.requestFocus();
            selectIssue(tree, repeated);
        });
        robot.type(KeyCode.DELETE);
        waitUntil(10, () -> currentIssues(robot).size() == before - 1);
        robot.clickOn("#review-run");
        waitUntil(60, () -> !robot.lookup("#review-run").query().isDisabled());
        assertThat(currentIssues(robot)).doesNotContain(repeated).hasSize(before - 1);
        Screenshots.save(window.scene(), "review-with-source-after-dismiss");

        press(robot, KeyCode.ESCAPE);
        waitUntil(10, () -> robot.lookup("#review-view").tryQuery().isEmpty());
        assertThat(robot.lookup("#article-area").tryQuery()).isPresent();
    }

    @Test
    void sampleArticleAloneShowsItsIssuesWithLanguageTool(FxRobot robot) throws Exception {
        show(sampleId);
        press(robot, KeyCode.SHORTCUT, KeyCode.R);
        waitUntil(10, () -> robot.lookup("#review-view").tryQuery().isPresent());
        waitUntil(180, () -> !robot.lookup("#review-run").query().isDisabled() && treeItems(robot) > 0);

        assertThat(robot.lookup("#review-source-pane").tryQuery()).isEmpty();
        List<ReviewIssue> issues = currentIssues(robot);
        assertThat(issues).extracting(ReviewIssue::check).contains("repeated-word", "name-variant", "contraction")
                .anySatisfy(check -> assertThat(check).startsWith("languagetool:"));
        Screenshots.save(window.scene(), "review-sample-alone");
        press(robot, KeyCode.ESCAPE);
        waitUntil(10, () -> robot.lookup("#review-view").tryQuery().isEmpty());
        // the claims panel flags nothing yet: no claims; the review's issues are kept for the panel
        assertThat(viewModel.reviewIssuesProperty().get()).hasSize(issues.size());
    }

    private static int treeItems(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#review-issues").queryAs(TreeView.class);
        return tree.getRoot() == null ? 0 : tree.getRoot().getChildren().size();
    }

    private static List<ReviewIssue> currentIssues(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#review-issues").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(item -> (ReviewIssue) item.getValue()).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void selectIssue(TreeView tree, ReviewIssue issue) {
        for (Object group : tree.getRoot().getChildren()) {
            for (Object item : ((javafx.scene.control.TreeItem) group).getChildren()) {
                if (((javafx.scene.control.TreeItem) item).getValue().equals(issue)) {
                    tree.getSelectionModel().select(item);
                    return;
                }
            }
        }
        throw new AssertionError("no issue " + issue + " in the list");
    }
}
