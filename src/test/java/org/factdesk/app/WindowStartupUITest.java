package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.Screenshots;
import org.factdesk.ui.prefs.MemoryPreferences;
import org.factdesk.ui.prefs.Preference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the app starts it: a placeholder first, then the main window, then the project in it. */
@ExtendWith(ApplicationExtension.class)
class WindowStartupUITest {

    @TempDir
    static Path dir;

    private final MemoryPreferences preferences = new MemoryPreferences();
    private WindowStartup startup;
    private Path project;
    private boolean placeholderShownFirst;
    private boolean projectOpenWhenShown;

    @Start
    void start(Stage stage) throws Exception {
        project = SampleProjects.create(Files.createTempDirectory(dir, "startup"));
        AppPaths paths = new AppPaths(dir.resolve("data"), dir.resolve("config"));
        preferences.put(Preference.LANGUAGE, "en");
        startup = WindowStartup.show(stage, paths, preferences, SampleProjects.SESSION, Optional.of(project), url -> {
        });
        // What the user sees in the first frame, before anything has been read from disk.
        placeholderShownFirst = stage.getScene().lookup("#startup-placeholder").isVisible()
                && stage.getScene().lookup("#main-window") == null;
        projectOpenWhenShown = startup.viewModel().workspaceProperty().get() != null;
        Screenshots.save(stage.getScene(), "startup-placeholder");
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(startup::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theWindowShowsAPlaceholderFirstThenTheProjectAskedFor(FxRobot robot) throws Exception {
        assertThat(placeholderShownFirst).isTrue();
        assertThat(projectOpenWhenShown).isFalse();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> startup.viewModel().currentDocumentProperty().get()
                != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#startup-placeholder").tryQuery()).isEmpty();
        Node placeholder = robot.lookup("#project-placeholder").query();
        assertThat(placeholder.isVisible()).isFalse();
        assertThat(startup.viewModel().workspaceProperty().get().file()).isEqualTo(project.toAbsolutePath()
                .normalize());
        assertThat(preferences.get(Preference.RECENT_PROJECTS)).first().isEqualTo(project.toAbsolutePath()
                .normalize().toString());
        Screenshots.save(placeholder.getScene(), "startup-project-shown");
    }

    @Test
    void aProjectHandedOverByALaterStartOpensInThisWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> startup.viewModel().currentDocumentProperty().get()
                != null);
        Path other = SampleProjects.create(Files.createTempDirectory(dir, "other"));

        robot.interact(() -> startup.handle(new SingleInstance.Request(Optional.of(other))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var open = startup.viewModel().workspaceProperty().get();
            return open != null && open.file().equals(other.toAbsolutePath().normalize());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(((Stage) robot.lookup("#main-window").query().getScene().getWindow()).getTitle())
                .contains(other.getFileName().toString());
    }

    @Test
    void aMissingProjectFromTheFileManagerIsExplainedNotOpened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> startup.viewModel().currentDocumentProperty().get()
                != null);

        robot.interact(() -> startup.handle(new SingleInstance.Request(Optional.of(dir.resolve("Gone.factdesk")))));
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup(".dialog-pane .content").queryAs(Label.class);
        assertThat(message.getText()).contains("Gone.factdesk").contains("is not there");
        assertThat(startup.viewModel().workspaceProperty().get().file()).isEqualTo(project.toAbsolutePath()
                .normalize());
        robot.interact(() -> ((Stage) message.getScene().getWindow()).close());
    }
}
