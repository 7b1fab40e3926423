package org.factdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Origin;
import org.factdesk.model.Suggestion;
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

/** Suggestions in the real window on the sample article: dashed in the article, decided from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class SuggestionsUITest {

    @TempDir
    static Path dir;

    private final WindowDialogs dialogs = new WindowDialogs();
    private FxTaskRunner runner;
    private ProjectViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(dir, "window");
        Path project = SampleProjects.create(folder);
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

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.getAsBoolean() && !runner.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        List<KeyCode> reversed = new java.util.ArrayList<>(List.of(keys));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
    }

    private static Collection<String> styleAt(StyleClassedTextArea area, int offset) {
        return area.getStyleAtPosition(offset + 1);
    }

    private long pending(ClaimKind kind) {
        return viewModel.suggestions().stream().filter(s -> s.kind() == kind).count();
    }

    @Test
    void suggestionsAreDashedAcceptedUndoneRejectedForGoodAndAcceptedWholesale(FxRobot robot) throws Exception {
        waitUntil(() -> !viewModel.suggestions().isEmpty());
        StyleClassedTextArea area = robot.lookup("#article-area").queryAs(StyleClassedTextArea.class);
        Suggestion firstFigure = viewModel.suggestions().stream().filter(s -> s.kind() == ClaimKind.FIGURE)
                .findFirst().orElseThrow();
        assertThat(styleAt(area, firstFigure.target().start())).contains("suggestion", "suggestion-figure");

        // Ctrl+4 shows the suggestions and selects the first: the first figure, marked selected in the article
        press(robot, KeyCode.SHORTCUT, KeyCode.DIGIT4);
        waitUntil(() -> viewModel.selectedSuggestionProperty().get() != null);
        assertThat(viewModel.selectedSuggestionProperty().get()).isEqualTo(firstFigure);
        assertThat(styleAt(area, firstFigure.target().start())).contains("selected");
        Screenshots.save(window.scene(), "suggestions-panel");

        // Enter accepts: a claim with origin "suggested", shown in the claims list; the next suggestion is selected
        robot.type(KeyCode.ENTER);
        waitUntil(() -> viewModel.claims().size() == 1);
        Claim accepted = viewModel.claims().get(0);
        assertThat(accepted.origin()).isEqualTo(Origin.SUGGESTED);
        assertThat(accepted.target()).isEqualTo(firstFigure.target());
        assertThat(robot.lookup("#claims-list").queryAs(ListView.class).getItems()).containsExactly(accepted);
        assertThat(viewModel.suggestions()).doesNotContain(firstFigure);
        assertThat(viewModel.selectedSuggestionProperty().get()).isNotNull().isNotEqualTo(firstFigure);
        assertThat(styleAt(area, firstFigure.target().start())).contains("claim-figure")
                .doesNotContain("suggestion-figure");

        // Ctrl+Z brings the suggestion back and removes the claim
        press(robot, KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> viewModel.claims().isEmpty() && viewModel.suggestions().contains(firstFigure));
        assertThat(styleAt(area, firstFigure.target().start())).contains("suggestion-figure");

        // Backspace rejects; analysing again (F7) does not bring it back
        Suggestion statement = viewModel.suggestions().stream().filter(s -> s.kind() == ClaimKind.STATEMENT)
                .findFirst().orElseThrow();
        robot.interact(() -> viewModel.selectedSuggestionProperty().set(statement));
        press(robot, KeyCode.SHORTCUT, KeyCode.DIGIT4);
        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> !viewModel.suggestions().contains(statement));
        int left = viewModel.suggestions().size();
        robot.type(KeyCode.F7);
        waitUntil(() -> dialogs.notices.contains("No new suggestions"));
        assertThat(viewModel.suggestions()).hasSize(left).doesNotContain(statement);

        // "Accept all" on the figures' header accepts every figure in one step
        long figures = pending(ClaimKind.FIGURE);
        robot.interact(() -> viewModel.selectedSuggestionProperty().set(viewModel.suggestions().stream()
                .filter(s -> s.kind() == ClaimKind.FIGURE).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#suggestions-accept-all-figure").queryAs(Button.class).fire());
        waitUntil(() -> pending(ClaimKind.FIGURE) == 0);
        assertThat(viewModel.claims()).hasSize((int) figures).allMatch(c -> c.origin() == Origin.SUGGESTED);
        press(robot, KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> viewModel.claims().isEmpty());
        assertThat(pending(ClaimKind.FIGURE)).isEqualTo(figures);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theArticleShowsDashedSuggestionsBesideClaims(FxRobot robot) throws Exception {
        waitUntil(() -> !viewModel.suggestions().isEmpty());
        Suggestion attribution = viewModel.suggestions().stream().filter(s -> s.kind() == ClaimKind.ATTRIBUTION)
                .findFirst().orElseThrow();
        robot.interact(() -> viewModel.accept(attribution.id()));
        waitUntil(() -> viewModel.claims().size() == 1);
        StyleClassedTextArea area = robot.lookup("#article-area").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> area.showParagraphAtTop(area.offsetToPosition(attribution.target().start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(window.scene(), "suggestions-article");
        press(robot, KeyCode.SHORTCUT, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#speakers-list").queryAs(ListView.class).getItems()).isNotEmpty();
        Screenshots.save(window.scene(), "speakers-panel");

        robot.interact(() -> window.switchLanguage(Locale.forLanguageTag("es")));
        press(robot, KeyCode.SHORTCUT, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tab-suggestions").tryQuery()).isPresent(); // the tab's header carries its id
        assertThat(((javafx.scene.control.TabPane) robot.lookup("#sidebar-tabs").query()).getTabs().get(1).getText())
                .startsWith("Sugerencias");
        Screenshots.save(window.scene(), "suggestions-panel-es");
    }
}
