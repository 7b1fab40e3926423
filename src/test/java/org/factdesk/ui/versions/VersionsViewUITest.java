package org.factdesk.ui.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.ClaimKind;
import org.factdesk.service.ClaimPlacement;
import org.factdesk.service.ClaimPlacement.Status;
import org.factdesk.service.Monitor;
import org.factdesk.service.VersionImport;
import org.factdesk.service.Workspace;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.Screenshots;
import org.factdesk.ui.task.DirectTaskRunner;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The versions view on the sample article and an edited version of it: diff, claims on both sides, orphans. */
@ExtendWith(ApplicationExtension.class)
class VersionsViewUITest {

    @TempDir
    static Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ProjectViewModel viewModel;
    private VersionsView view;
    private VersionImport imported;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(dir, "versions");
        Path project = SampleProjects.create(folder);
        try (Workspace workspace = Workspace.open(project, false, SampleProjects.SESSION)) {
            String doc = workspace.documents().list().get(0).id();
            String text = workspace.documents().get(doc).text();
            for (String phrase : List.of("casi la mitad de la población", "Sergei Shoigu", "Radio Free Asia",
                    "Hace cuatro años, el líder norcoreano")) {
                int start = text.indexOf(phrase);
                workspace.claims().mark(doc, ClaimKind.STATEMENT, start, start + phrase.length());
            }
            int shoigu = text.indexOf("Sergei Shoigu");
            String edited = text.substring(0, text.lastIndexOf('\n', shoigu) + 1)
                    + text.substring(text.indexOf('\n', shoigu) + 1) + "\nUn párrafo nuevo al final, con otra cita.";
            Path v2 = folder.resolve("v2.txt");
            Files.writeString(v2, edited.replace("Hace cuatro años", "Hace cinco años")
                    .replace("Radio Free Asia", "una radio"));
            imported = workspace.versions().importAsNewVersion(v2, doc, Monitor.NONE);
        }
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new ProjectViewModel(new DirectTaskRunner(), dialogs, i18n, SampleProjects.SESSION);
        viewModel.open(project);
        viewModel.selectDocument(imported.document().id());
        // the window's look, as the app sets it
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("owner"), 300, 100));
        stage.show();
        view = new VersionsView(new VersionsViewModel(viewModel, new DirectTaskRunner(), dialogs,
                imported.document().id()), i18n, stage);
        view.show();
    }

    @SuppressWarnings("unchecked")
    private ListView<ClaimPlacement> list(FxRobot robot) {
        return robot.lookup("#versions-claims").queryAs(ListView.class);
    }

    @Test
    void theTwoVersionsShowTheirDifferencesAndEachClaimOnBothSides(FxRobot robot) {
        assertThat(imported.orphaned()).isEqualTo(2);
        assertThat(imported.changed()).isEqualTo(1);
        ListView<ClaimPlacement> list = list(robot);
        assertThat(list.getItems()).extracting(ClaimPlacement::status)
                .containsExactlyInAnyOrder(Status.CHANGED, Status.MOVED, Status.ORPHANED, Status.ORPHANED);
        StyleClassedTextArea previous = robot.lookup("#versions-previous").queryAs(StyleClassedTextArea.class);
        StyleClassedTextArea current = robot.lookup("#versions-current").queryAs(StyleClassedTextArea.class);
        int cuatro = previous.getText().indexOf("cuatro");
        assertThat(previous.getStyleAtPosition(cuatro + 1)).contains("diff-deleted");
        assertThat(current.getStyleAtPosition(current.getText().indexOf("cinco") + 1)).contains("diff-inserted");

        ClaimPlacement moved = list.getItems().stream().filter(p -> p.status() == Status.MOVED).findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(moved));
        assertThat(previous.getStyleAtPosition(moved.before().start() + 1)).contains("claim-shown");
        assertThat(current.getStyleAtPosition(moved.after().start() + 1)).contains("claim-shown");
        assertThat(robot.lookup("#versions-drop").queryButton().isDisabled()).isTrue();
        Screenshots.save(view.stage().getScene(), "versions-view");
    }

    @Test
    void anOrphanIsReattachedFromTheKeyboardAnotherDroppedAndUndoBringsItBack(FxRobot robot) {
        ListView<ClaimPlacement> list = list(robot);
        StyleClassedTextArea current = robot.lookup("#versions-current").queryAs(StyleClassedTextArea.class);
        ClaimPlacement orphan = list.getItems().stream()
                .filter(p -> p.status() == Status.ORPHANED && p.before().exact().equals("Radio Free Asia"))
                .findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(orphan));
        assertThat(current.getStyleAtPosition(1)).doesNotContain("claim-shown");
        int at = current.getText().indexOf("una radio");
        robot.interact(() -> current.selectRange(at, at + "una radio".length()));
        robot.interact(list::requestFocus);

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getItems()).filteredOn(p -> p.claimId().equals(orphan.claimId())).singleElement()
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(Status.NEW);
                    assertThat(p.after().exact()).isEqualTo("una radio");
                });
        assertThat(dialogs.errors).isEmpty();
        Screenshots.save(view.stage().getScene(), "versions-view-reattached");

        ClaimPlacement other = list.getItems().stream().filter(p -> p.status() == Status.ORPHANED).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            list.getSelectionModel().select(other);
            list.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(ClaimPlacement::claimId).doesNotContain(other.claimId());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).filteredOn(p -> p.claimId().equals(other.claimId()))
                .extracting(ClaimPlacement::status).containsExactly(Status.ORPHANED);
    }
}
