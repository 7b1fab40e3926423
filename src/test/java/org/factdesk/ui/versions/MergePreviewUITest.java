package org.factdesk.ui.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.service.MergePlan;
import org.factdesk.service.MergePlan.Change;
import org.factdesk.service.MergePlan.ClaimChange;
import org.factdesk.service.Session;
import org.factdesk.service.Workspace;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.Screenshots;
import org.factdesk.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The merge preview of a colleague's report on a diverged copy: counts, a conflict field by field, a choice. */
@ExtendWith(ApplicationExtension.class)
class MergePreviewUITest {

    @TempDir
    static Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ProjectViewModel viewModel;
    private MergePreviewView view;
    private String conflicting;

    private static Session at(String who, String instant) {
        return new Session(who, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(dir, "merge");
        Path mine = SampleProjects.create(folder);
        String doc;
        try (Workspace ana = Workspace.open(mine, false, at("ana", "2026-11-20T10:00:00Z"))) {
            doc = ana.documents().list().get(0).id();
            String text = ana.documents().get(doc).text();
            for (String words : List.of("casi la mitad", "Vladimir Putin", "Sergei Shoigu")) {
                int start = text.indexOf(words);
                ana.claims().mark(doc, ClaimKind.STATEMENT, start, start + words.length());
            }
            ana.reports().exportJson(folder.resolve("base.json"));
            conflicting = ana.claims().list(doc).get(0).id();
        }
        try (Workspace ben = Workspace.create(folder.resolve("ben.factdesk"), at("ben", "2026-11-21T10:00:00Z"))) {
            ben.reports().importReport(folder.resolve("base.json"));
        }
        try (Workspace ana = Workspace.open(mine, false, at("ana", "2026-11-22T10:00:00Z"))) {
            ana.claims().update(conflicting, c -> c.withVerdict(Verdict.TRUE).withNote("Ana: FAO 2023"));
        }
        try (Workspace ben = Workspace.open(folder.resolve("ben.factdesk"), false, at("ben", "2026-11-23T10:00:00Z"))) {
            ben.claims().update(conflicting, c -> c.withVerdict(Verdict.FALSE).withTags(List.of("hambre", "onu")));
            String text = ben.documents().get(doc).text();
            int start = text.indexOf("Vladivostok");
            ben.claims().mark(doc, ClaimKind.STATEMENT, start, start + "Vladivostok".length());
            ben.reports().exportJson(folder.resolve("ben.json"));
        }
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new ProjectViewModel(new DirectTaskRunner(), dialogs, i18n, SampleProjects.SESSION);
        viewModel.open(mine);
        MergePlan[] plan = new MergePlan[1];
        viewModel.planMerge(folder.resolve("ben.json"), p -> plan[0] = p);
        // the window's look, as the app sets it
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        stage.setScene(new javafx.scene.Scene(new Label("owner"), 300, 100));
        stage.show();
        view = new MergePreviewView(new MergePreviewViewModel(viewModel, plan[0]), i18n, stage);
        view.show();
    }

    @Test
    void thePreviewCountsTheChangesShowsAConflictFieldByFieldAndAppliesTheChoice(FxRobot robot) {
        assertThat(robot.lookup("#merge-summary").queryAs(Label.class).getText())
                .startsWith("1 new · 0 updated · 1 conflicting · 2 unchanged claims");
        @SuppressWarnings("unchecked")
        ListView<ClaimChange> list = robot.lookup("#merge-changes").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem().change()).isEqualTo(Change.CONFLICT);
        GridPane fields = robot.lookup("#merge-fields").queryAs(GridPane.class);
        assertThat(fields.getChildren()).extracting(n -> ((Label) n).getText())
                .contains("Verdict", "true", "false", "Note", "Ana: FAO 2023", "Tags", "hambre, onu");
        RadioButton theirs = robot.lookup("#merge-theirs").queryAs(RadioButton.class);
        assertThat(theirs.isSelected()).as("the newer side by default").isTrue();
        Screenshots.save(view.stage().getScene(), "merge-preview");

        robot.clickOn("#merge-mine");
        robot.clickOn("#merge-apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notices).anySatisfy(n -> assertThat(n).contains("Claims added: 1", "kept as they were: 1"));
        assertThat(viewModel.claims()).hasSize(4);
        assertThat(viewModel.claim(conflicting).orElseThrow().verdict()).isEqualTo(Verdict.TRUE);
        assertThat(viewModel.historyProperty().get().undoLabel()).isEqualTo("report.merge");

        robot.interact(viewModel::undo);
        assertThat(viewModel.claims()).hasSize(3);
    }
}
