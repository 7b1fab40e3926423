package org.factdesk.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.service.Workspace;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.Screenshots;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The article view on the sample project in a real (headless) stage: marking, clicking, find and keyboard. */
@ExtendWith(ApplicationExtension.class)
class ArticleViewUITest {

    @TempDir
    Path dir;

    private ProjectViewModel viewModel;
    private ArticleView view;
    private StyleClassedTextArea area;
    private Scene scene;
    private Button after;
    private String text;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        viewModel = SampleProjects.openViewModel(dir, new RecordingDialogService());
        view = new ArticleView(viewModel, viewModel.i18n());
        area = view.area();
        text = viewModel.currentDocumentProperty().get().text();
        after = new Button("after");
        after.setId("after-article");
        BorderPane window = new BorderPane(view.node());
        window.setBottom(after);
        scene = new Scene(window, 900, 700);
        scene.getStylesheets().add(Objects.requireNonNull(
                ProjectViewModel.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focusArticle();
    }

    private void select(FxRobot robot, int start, int end) {
        robot.interact(() -> {
            area.selectRange(start, end);
            area.showParagraphAtCenter(area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                    .getMajor());
            view.focusArticle();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> classesAt(int offset) {
        int line = area.offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int column = offset - area.getAbsolutePosition(line, 0);
        int at = 0;
        for (StyleSpan<Collection<String>> span : area.getStyleSpans(line)) {
            if (column < at + span.getLength()) {
                return new ArrayList<>(span.getStyle());
            }
            at += span.getLength();
        }
        return List.of();
    }

    private Claim claimWithExact(String exact) {
        return viewModel.claims().stream().filter(c -> c.target().exact().equals(exact)).findFirst().orElseThrow();
    }

    @Test
    void showsTheArticleAndMarksAFigureWithTheKeyboardIntoTheProjectFile(FxRobot robot) throws Exception {
        assertThat(area.getText()).isEqualTo(text);
        Screenshots.save(scene, "article-plain");

        int start = text.indexOf("casi la mitad");
        select(robot, start, start + "casi la mitad".length());
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();

        Claim figure = claimWithExact("casi la mitad");
        assertThat(figure.kind()).isEqualTo(ClaimKind.FIGURE);
        assertThat(viewModel.selectedClaimProperty().get()).isEqualTo(figure);
        assertThat(classesAt(start + 3)).contains("claim", "claim-figure", "selected");
        assertThat(classesAt(start - 2)).doesNotContain("claim-figure");

        Path file = viewModel.workspaceProperty().get().file();
        String documentId = viewModel.currentDocumentProperty().get().id();
        robot.interact(viewModel::close);
        try (Workspace reopened = Workspace.open(file, true, SampleProjects.SESSION)) {
            assertThat(reopened.claims().list(documentId)).anySatisfy(saved -> {
                assertThat(saved.kind()).isEqualTo(ClaimKind.FIGURE);
                assertThat(saved.target().exact()).isEqualTo("casi la mitad");
            });
        }
    }

    @Test
    void altMarksTheExactSelectionAndPlainKeysSnapToWords(FxRobot robot) {
        int start = text.indexOf("casi la mitad");
        select(robot, start + 1, start + 10);
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claimWithExact("asi la mi").kind()).isEqualTo(ClaimKind.STATEMENT);

        int kim = text.indexOf("Kim Jong Un");
        select(robot, kim + 1, kim + 6);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claimWithExact("Kim Jong").kind()).isEqualTo(ClaimKind.ATTRIBUTION);
        assertThat(area.getText()).as("the article stays read-only").isEqualTo(text);
    }

    @Test
    void clickingAHighlightSelectsTheInnermostClaim(FxRobot robot) {
        int start = text.indexOf("casi la mitad");
        int sentence = text.lastIndexOf('.', start) + 2;
        robot.interact(() -> {
            viewModel.mark(ClaimKind.STATEMENT, sentence, start + "casi la mitad".length());
            viewModel.mark(ClaimKind.FIGURE, start, start + "casi la mitad".length());
            viewModel.selectedClaimProperty().set(null);
            area.deselect();
        });
        select(robot, start, start);
        Claim figure = claimWithExact("casi la mitad");
        Claim statement = viewModel.claims().stream().filter(c -> c.kind() == ClaimKind.STATEMENT).findFirst()
                .orElseThrow();
        assertThat(classesAt(start + 2)).contains("claim-statement", "claim-figure", "overlap");

        robot.clickOn(centre(start + 5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.selectedClaimProperty().get()).isEqualTo(figure);

        robot.clickOn(centre(sentence + 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.selectedClaimProperty().get()).isEqualTo(statement);
        assertThat(classesAt(sentence + 2)).contains("selected");
    }

    private Point2D centre(int offset) {
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> bounds.set(area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = bounds.get();
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void findHighlightsAndCountsMatchesIgnoringCaseAndAccents(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#article-find-field").queryAs(javafx.scene.control.TextField.class).isFocused())
                .isTrue();
        robot.write("rusia");
        WaitForAsyncUtils.waitForFxEvents();
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        int expected = folded.split("rusia", -1).length - 1;
        assertThat(expected).isGreaterThan(2);
        assertThat(view.matches()).hasSize(expected);
        Label count = robot.lookup("#article-find-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("1 of " + expected);
        assertThat(classesAt(view.matches().get(0).start())).contains("find-match");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText().toLowerCase(Locale.ROOT)).isEqualTo("rusia");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.getText()).isEqualTo("2 of " + expected);
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.getText()).isEqualTo("1 of " + expected);
        Screenshots.save(scene, "article-find");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.isFocused()).isTrue();
        assertThat(view.matches()).isEmpty();
        assertThat(classesAt(text.toLowerCase(Locale.ROOT).indexOf("rusia"))).doesNotContain("find-match");
    }

    @Test
    void tabLeavesTheArticleAndArrowsMoveTheCaret(FxRobot robot) {
        robot.interact(() -> area.moveTo(0));
        robot.type(KeyCode.RIGHT, 3);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 4).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo(text.substring(3, 7));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(after.isFocused()).isTrue();
        assertThat(area.getText()).isEqualTo(text);
    }

    @Test
    void nextAndPreviousClaimFollowDocumentOrderAndShowOverlapsAndKinds(FxRobot robot) {
        int mitad = text.indexOf("casi la mitad");
        int sentence = text.lastIndexOf('.', mitad) + 2;
        int kim = text.indexOf("Kim Jong Un");
        int putin = text.indexOf("Vladimir Putin");
        int cuatro = text.indexOf("Hace cuatro años");
        int summit = text.indexOf("Los informes confirman");
        robot.interact(() -> {
            viewModel.mark(ClaimKind.FIGURE, cuatro + 5, cuatro + 16);
            viewModel.mark(ClaimKind.STATEMENT, cuatro, text.indexOf('.', cuatro));
            viewModel.mark(ClaimKind.ATTRIBUTION, kim, kim + "Kim Jong Un".length());
            viewModel.mark(ClaimKind.ATTRIBUTION, putin, putin + "Vladimir Putin".length());
            viewModel.mark(ClaimKind.STATEMENT, summit, text.indexOf('.', summit));
            viewModel.mark(ClaimKind.STATEMENT, sentence, mitad + 13);
            viewModel.mark(ClaimKind.FIGURE, mitad, mitad + 13);
            Claim statement = viewModel.claims().stream().filter(c -> c.target().start() == summit).findFirst()
                    .orElseThrow();
            viewModel.update(statement.id(), c -> c.withVerdict(Verdict.FALSE));
            viewModel.selectedClaimProperty().set(null);
            area.moveTo(0);
            area.showParagraphAtTop(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(classesAt(summit)).contains("claim-statement", "verdict-false");
        robot.interact(view::selectNextClaim);
        assertThat(viewModel.selectedClaimProperty().get().target().start()).isEqualTo(cuatro);
        robot.interact(view::selectNextClaim);
        assertThat(viewModel.selectedClaimProperty().get().target().start()).isEqualTo(cuatro + 5);
        robot.interact(view::selectNextClaim);
        assertThat(viewModel.selectedClaimProperty().get().target().start()).isEqualTo(kim);
        // Read the styles in the same FX pulse as the move: on a loaded machine the 700 ms flash may be over by the
        // time a later interaction runs.
        AtomicReference<List<String>> justSelected = new AtomicReference<>();
        robot.interact(() -> {
            view.selectPreviousClaim();
            justSelected.set(classesAt(cuatro + 6));
        });
        assertThat(viewModel.selectedClaimProperty().get().target().start()).isEqualTo(cuatro + 5);
        assertThat(justSelected.get()).contains("claim-statement", "claim-figure", "overlap", "selected", "flash");
        robot.sleep(900);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(classesAt(cuatro + 6)).as("the flash ends").doesNotContain("flash").contains("selected");
        robot.interact(() -> area.showParagraphAtTop(0));
        Screenshots.save(scene, "article-claims");
    }
}
