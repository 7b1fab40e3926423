package org.factdesk.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The claims panel and the claim editor, stacked as in the window, on the sample project with a few claims. */
@ExtendWith(ApplicationExtension.class)
class ClaimsPanelUITest {

    private static final String KIM = "Kim Jong Un hizo un viaje simbólico al sur";
    private static final String SHOIGU = "Sergei Shoigu, a Pyongyang en julio";
    private static final String SAID = "Una persona familiarizada con el asunto dijo a Radio Free Asia";
    private static final String HALF = "casi la mitad";
    private static final String PUTIN = "el presidente ruso Vladimir Putin";

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> opened = new ArrayList<>();
    private ProjectViewModel project;
    private ClaimsSidebar sidebar;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = SampleProjects.openViewModel(dir, dialogs);
        mark(ClaimKind.STATEMENT, KIM, Verdict.TRUE);
        mark(ClaimKind.STATEMENT, PUTIN, Verdict.MOSTLY_FALSE);
        Claim said = mark(ClaimKind.ATTRIBUTION, SAID, Verdict.UNVERIFIED);
        project.update(said.id(), c -> c.withAttribution(new org.factdesk.model.Attribution(
                "Una persona familiarizada con el asunto", null, null, "fuente anónima", "dijo", false, null)));
        mark(ClaimKind.STATEMENT, SHOIGU, Verdict.MISLEADING);
        Claim half = mark(ClaimKind.FIGURE, HALF, Verdict.MIXED);
        project.update(half.id(), c -> c.withTags(List.of("corea", "hambre")));
        project.selectedClaimProperty().set(null);

        sidebar = new ClaimsSidebar(project, project.i18n(), opened::add);
        scene = new Scene((Parent) sidebar.node(), 500, 800);
        scene.getStylesheets().addAll(
                Objects.requireNonNull(ProjectViewModel.class.getResource("app.css")).toExternalForm(),
                ClaimsSidebar.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private Claim mark(ClaimKind kind, String phrase, Verdict verdict) {
        String text = project.currentDocumentProperty().get().text();
        int start = text.indexOf(phrase);
        assertThat(start).as(phrase).isNotNegative();
        project.mark(kind, start, start + phrase.length());
        Claim claim = project.selectedClaimProperty().get();
        if (verdict != Verdict.UNVERIFIED) {
            project.update(claim.id(), c -> c.withVerdict(verdict));
        }
        return project.claim(claim.id()).orElseThrow();
    }

    private Claim claim(String phrase) {
        return project.claims().stream().filter(c -> c.target().exact().equals(phrase)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private ListView<Claim> list(FxRobot robot) {
        return robot.lookup("#claims-list").queryAs(ListView.class);
    }

    private List<String> listed(FxRobot robot) {
        return list(robot).getItems().stream().map(c -> c.target().exact()).toList();
    }

    private ClaimCell cell(FxRobot robot, String phrase) {
        return robot.lookup(".claim-cell").<ClaimCell>queryAll().stream()
                .filter(c -> c.getItem() != null && c.getItem().target().exact().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + phrase));
    }

    private void select(FxRobot robot, String phrase) {
        robot.clickOn(cell(robot, phrase));
        assertThat(project.selectedClaimProperty().get().target().exact()).isEqualTo(phrase);
    }

    /** Focuses an editor node first, so the editor scrolls it into sight, then clicks it. */
    private org.testfx.api.FxRobotInterface reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robotRun(node::requestFocus);
        return robot.clickOn(node);
    }

    private ListCell<?> popupCell(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> text.equals(c.getText()) && c.isVisible() && c.getScene() != scene).findFirst()
                .orElseThrow(() -> new AssertionError("no popup entry " + text));
    }

    @Test
    void showsEveryClaimWithItsKindVerdictAndParagraph(FxRobot robot) {
        assertThat(listed(robot)).containsExactly(KIM, PUTIN, SAID, SHOIGU, HALF);
        assertThat(robot.lookup("#claims-counts").queryAs(Label.class).getText()).isEqualTo("5 of 5 claims");
        assertThat(robot.lookup("#claims-count-statement").queryAs(Label.class).getText()).isEqualTo("3");
        ClaimCell kim = cell(robot, KIM);
        assertThat(kim.lookup(".verdict-badge")).isInstanceOfSatisfying(Label.class, badge -> {
            assertThat(badge.getText()).isEqualTo("True");
            assertThat(badge.getStyleClass()).contains("verdict-true");
        });
        assertThat(((Label) kim.lookup(".claim-paragraph")).getText()).isEqualTo("¶ 2");
        assertThat(kim.lookup(".claim-kind-icon").getStyleClass()).contains("kind-statement");
        assertThat(cell(robot, SAID).lookup(".claim-kind-icon").getStyleClass()).contains("kind-attribution");
        assertThat(robot.lookup("#claim-editor-hint").queryAs(Label.class).isVisible()).isTrue();
        Screenshots.save(scene, "claims-panel");
    }

    @Test
    void typingInTheFilterAndCheckingAKindNarrowTheList(FxRobot robot) {
        robot.clickOn("#claims-filter").write("PYONGYANG");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).containsExactly(SHOIGU);
        assertThat(robot.lookup("#claims-counts").queryAs(Label.class).getText()).isEqualTo("1 of 5 claims");

        robot.write(" nada");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).isEmpty();
        assertThat(robot.lookup(".claims-empty-text").queryAs(Label.class).getText())
                .isEqualTo("No claim matches the filter");
        Screenshots.save(scene, "claims-filter-no-match");
        robot.clickOn("#claims-clear-filter");
        assertThat(listed(robot)).hasSize(5);

        robot.clickOn("#claims-kind-filter");
        robot.clickOn(popupCell(robot, "Figure"));
        robot.clickOn(popupCell(robot, "Attribution"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).containsExactly(SAID, HALF);
        assertThat(robot.lookup("#claims-count-statement").queryAs(Label.class).getText()).isEqualTo("0");

        robot.clickOn("#claims-verdict-filter");
        robot.clickOn(popupCell(robot, "Mixed"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).containsExactly(HALF);

        robot.clickOn("#claims-tag-filter");
        robot.clickOn(popupCell(robot, "hambre"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).containsExactly(HALF);
        Screenshots.save(scene, "claims-filtered");
    }

    @Test
    void aVerdictChosenInTheEditorShowsInTheBadgeAndIsSaved(FxRobot robot) throws Exception {
        select(robot, SHOIGU);
        robot.clickOn("#claim-verdict");
        robot.clickOn(popupCell(robot, "Mostly false"));
        WaitForAsyncUtils.waitForFxEvents();

        Label badge = (Label) cell(robot, SHOIGU).lookup(".verdict-badge");
        assertThat(badge.getText()).isEqualTo("Mostly false");
        assertThat(badge.getStyleClass()).contains("verdict-mostly-false").doesNotContain("verdict-misleading");
        assertThat(savedClaim(SHOIGU).verdict()).isEqualTo(Verdict.MOSTLY_FALSE);
    }

    private Claim savedClaim(String phrase) throws Exception {
        Path file = project.workspaceProperty().get().file();
        String documentId = project.currentDocumentProperty().get().id();
        robotInteract(project::close);
        try (Workspace reopened = Workspace.open(file, true, SampleProjects.SESSION)) {
            return reopened.claims().list(documentId).stream().filter(c -> c.target().exact().equals(phrase))
                    .findFirst().orElseThrow();
        }
    }

    private static void robotInteract(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aNoteATagFromCompletionAndEvidenceAreSaved(FxRobot robot) throws Exception {
        select(robot, KIM);
        reveal(robot, "#claim-note").write("Fue en 2018, en Panmunjom.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claim(KIM).note()).isEqualTo("Fue en 2018, en Panmunjom.");

        reveal(robot, "#claim-tag-input").write("hamb");
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        robot.clickOn(popupCell(robot, "hambre"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claim(KIM).tags()).containsExactly("hambre");
        assertThat(robot.lookup("#claim-tag-input").queryAs(TextField.class).getText()).isEmpty();
        robot.write("cumbre").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claim(KIM).tags()).containsExactly("hambre", "cumbre");
        assertThat(robot.lookup(".claim-tag-chip").queryAll()).hasSize(2);

        reveal(robot, "#claim-evidence-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#claim-evidence-url").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("https://example.org/cumbre-2018").press(KeyCode.ENTER).release(KeyCode.ENTER);
        reveal(robot, "#claim-evidence-title").write("La cumbre de 2018").press(KeyCode.ENTER).release(KeyCode.ENTER);
        reveal(robot, "#claim-evidence-accessed").write("2023-09-12").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var evidence = claim(KIM).evidence();
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).url()).isEqualTo("https://example.org/cumbre-2018");
        assertThat(evidence.get(0).title()).isEqualTo("La cumbre de 2018");
        assertThat(evidence.get(0).accessed()).isEqualTo(LocalDate.of(2023, 9, 12));

        reveal(robot, "#claim-evidence-open");
        assertThat(opened).containsExactly("https://example.org/cumbre-2018");
        Screenshots.save(scene, "claims-editor-statement");

        Claim saved = savedClaim(KIM);
        assertThat(saved.note()).isEqualTo("Fue en 2018, en Panmunjom.");
        assertThat(saved.tags()).containsExactly("hambre", "cumbre");
        assertThat(saved.evidence()).hasSize(1);
    }

    @Test
    void theAttributionAndFigureEditorsShowTheirDetails(FxRobot robot) {
        select(robot, SAID);
        assertThat(robot.lookup("#claim-speaker").queryAs(TextField.class).getText())
                .isEqualTo("Una persona familiarizada con el asunto");
        assertThat(robot.lookup("#claim-figure").query().isVisible()).isFalse();
        reveal(robot, "#claim-statement");
        robot.clickOn(popupCell(robot, "“" + SHOIGU + "”"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claim(SAID).attribution().statementId()).isEqualTo(claim(SHOIGU).id());
        reveal(robot, "#claim-direct");
        assertThat(claim(SAID).attribution().direct()).isTrue();
        Screenshots.save(scene, "claims-editor-attribution");

        select(robot, HALF);
        assertThat(robot.lookup("#claim-attribution").query().isVisible()).isFalse();
        reveal(robot, "#claim-value").write("la mitad").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#claim-value-error").query().isVisible()).isTrue();
        // the mark came with Factdesk's reading of the figure; bad input leaves it as it was
        assertThat(claim(HALF).figure().value()).isEqualByComparingTo("0.5");
        Screenshots.save(scene, "claims-editor-figure-invalid");
                robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("0,5");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        reveal(robot, "#claim-unit").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("fraction").press(KeyCode.ENTER).release(KeyCode.ENTER);
        reveal(robot, "#claim-qualifier");
        robot.clickOn(popupCell(robot, "Nearly"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#claim-value-error").query().isVisible()).isFalse();
        assertThat(claim(HALF).figure().value()).isEqualByComparingTo("0.5");
        assertThat(claim(HALF).figure().unit()).isEqualTo("fraction");
        assertThat(claim(HALF).figure().qualifier()).isEqualTo(org.factdesk.model.Qualifier.NEARLY);
        Screenshots.save(scene, "claims-editor-figure");
    }

    @Test
    void deleteRemovesTheSelectedClaimAndUndoBringsItBack(FxRobot robot) {
        select(robot, PUTIN);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot)).doesNotContain(PUTIN).hasSize(4);
        assertThat(dialogs.errors).isEmpty();
        robotRun(project::undo);
        assertThat(listed(robot)).contains(PUTIN).hasSize(5);
    }

    private static void robotRun(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterInTheListMovesToTheEditorAndF8WalksTheClaims(FxRobot robot) {
        select(robot, KIM);
        robot.press(KeyCode.F8).release(KeyCode.F8);
        assertThat(project.selectedClaimProperty().get().target().exact()).isEqualTo(PUTIN);
        robot.press(KeyCode.SHIFT, KeyCode.F8).release(KeyCode.F8, KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT, KeyCode.F8).release(KeyCode.F8, KeyCode.SHIFT);
        assertThat(project.selectedClaimProperty().get().target().exact()).as("wraps").isEqualTo(HALF);
        assertThat(list(robot).getSelectionModel().getSelectedItem().target().exact()).isEqualTo(HALF);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup("#claim-verdict").queryAs(ComboBox.class).isFocused()).isTrue();
    }

    @Test
    void tabReachesEveryFieldOfTheEditor(FxRobot robot) {
        Set<String> attribution = tabThrough(robot, SAID);
        // Tab reaches the chosen radio button of direct/indirect; the arrow keys switch between them.
        assertThat(attribution).containsAnyOf("claim-direct", "claim-indirect");
        assertThat(attribution).contains("claim-verdict", "claim-speaker", "claim-role", "claim-cue",
                "claim-statement", "claim-note", "claim-tag-input", "claim-evidence-list", "claim-evidence-add");
        Set<String> figure = tabThrough(robot, HALF);
        assertThat(figure).contains("claim-verdict", "claim-value", "claim-unit", "claim-figure-type",
                "claim-qualifier", "claim-period", "claim-note", "claim-tag-input", "claim-evidence-add",
                "claims-filter", "claims-kind-filter", "claims-verdict-filter", "claims-tag-filter", "claims-list");
        // With a piece of evidence, its form is reachable too.
        reveal(robot, "#claim-evidence-add");
        Set<String> withEvidence = tabThrough(robot, HALF);
        assertThat(withEvidence).contains("claim-evidence-remove", "claim-evidence-url", "claim-evidence-title",
                "claim-evidence-accessed", "claim-evidence-archived", "claim-evidence-note");
    }

    /** Selects a claim, puts the focus in the editor and presses Tab until the focus comes round again. */
    private Set<String> tabThrough(FxRobot robot, String phrase) {
        robotRun(() -> project.selectedClaimProperty().set(claim(phrase)));
        robotRun(sidebar::focusEditor);
        Set<String> reached = new LinkedHashSet<>();
        for (int i = 0; i < 45; i++) {
            reached.add(focusedId());
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
        }
        return reached;
    }

    private String focusedId() {
        Node node = scene.getFocusOwner();
        while (node != null && node.getId() == null) {
            node = node.getParent();
        }
        return node == null ? "(none)" : node.getId();
    }

    @Test
    void anEmptyDocumentExplainsHowToMarkClaims(FxRobot robot) {
        robotRun(() -> List.copyOf(project.claims()).forEach(c -> project.delete(c.id())));
        assertThat(listed(robot)).isEmpty();
        assertThat(robot.lookup(".claims-empty-text").queryAs(Label.class).getText())
                .isEqualTo("No claims yet — select text and press S, A or F");
        assertThat(robot.lookup("#claims-clear-filter").query().isVisible()).isFalse();
        assertThat(robot.lookup("#claims-counts").queryAs(Label.class).getText()).isEqualTo("0 of 0 claims");
        Screenshots.save(scene, "claims-empty");
    }

    @Test
    void theTextsFollowALanguageSwitch(FxRobot robot) {
        select(robot, KIM);
        robotRun(() -> project.i18n().localeProperty().set(Locale.forLanguageTag("es")));
        assertThat(robot.lookup("#claims-counts").queryAs(Label.class).getText()).isEqualTo("5 de 5 afirmaciones");
        assertThat(((Label) cell(robot, KIM).lookup(".verdict-badge")).getText()).isEqualTo("Verdadero");
        assertThat(((Label) cell(robot, SAID).lookup(".verdict-badge")).getText()).isEqualTo("Sin verificar");
        assertThat(robot.lookup("#claims-filter").queryAs(TextField.class).getPromptText())
                .isEqualTo("Filtrar por cita, nota, etiqueta o hablante");
        assertThat(robot.lookup("#claim-note").queryAs(TextArea.class).getPromptText()).startsWith("Qué encontraste");
        assertThat(robot.from(robot.lookup("#claims-kind-filter").<Node>query())
                .lookup((javafx.scene.control.Labeled l) -> l.getText() != null && l.getText().startsWith("Tipos"))
                .tryQuery()).as("the kinds box is titled in Spanish").isPresent();
        assertThat(project.claims()).hasSize(5);
        assertThat(listed(robot)).as("relabelling the filter boxes changes no filter").hasSize(5);
        Screenshots.save(scene, "claims-spanish");
        robotRun(() -> project.i18n().localeProperty().set(Locale.ENGLISH));
    }

    @Test
    void aReadOnlyProjectCanBeReadButNotChanged(FxRobot robot) {
        Path file = project.workspaceProperty().get().file();
        robotRun(() -> project.openWith("read-only",
                () -> Workspace.open(file, true, SampleProjects.SESSION), null));
        assertThat(project.readOnlyProperty().get()).isTrue();
        select(robot, SAID);
        assertThat(robot.lookup("#claim-editor-read-only").query().isVisible()).isTrue();
        assertThat(robot.lookup("#claim-verdict").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#claim-speaker").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#claim-speaker").queryAs(TextField.class).getText())
                .isEqualTo("Una persona familiarizada con el asunto");
        robot.clickOn(cell(robot, SAID)).press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertThat(listed(robot)).contains(SAID);
        Screenshots.save(scene, "claims-read-only");
    }
}
