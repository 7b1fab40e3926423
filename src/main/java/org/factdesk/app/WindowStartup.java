package org.factdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.factdesk.service.SampleProject;
import org.factdesk.service.Session;
import org.factdesk.service.Workspace;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.dialog.FxDialogService;
import org.factdesk.ui.main.MainWindow;
import org.factdesk.ui.main.WindowPlacement;
import org.factdesk.ui.prefs.Preference;
import org.factdesk.ui.prefs.Preferences;
import org.factdesk.ui.task.FxTaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the window with a placeholder at once, builds the main window in it after the first frame, and opens the
 * project (the one asked for, else the last one, else the sample) after the next: nothing slow happens before the
 * user sees the window.
 */
final class WindowStartup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WindowStartup.class);
    private static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};

    private final Stage stage;
    private final AppPaths paths;
    private final Preferences preferences;
    private final Session session;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final I18n i18n;
    private final FxDialogService dialogs;
    private final ProjectViewModel viewModel;
    private final Consumer<String> openUrl;

    private WindowStartup(Stage stage, AppPaths paths, Preferences preferences, Session session,
            Consumer<String> openUrl) {
        this.stage = stage;
        this.paths = paths;
        this.preferences = preferences;
        this.session = session;
        String language = preferences.get(Preference.LANGUAGE);
        i18n = new I18n(language.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(language));
        dialogs = new FxDialogService(stage, i18n);
        viewModel = new ProjectViewModel(runner, dialogs, i18n, session);
        this.openUrl = openUrl;
        // The first frame: a plain placeholder, so that the window is up before the real one is built.
        Label waiting = new Label(i18n.get("placeholder.opening"));
        waiting.setId("startup-placeholder");
        stage.setScene(new Scene(new StackPane(waiting), 1280, 800));
        stage.titleProperty().unbind(); // a stage used before (tests reuse one) may still have a main window's title
        stage.setTitle(i18n.get("app.title"));
        for (String size : ICON_SIZES) {
            var icon = WindowStartup.class.getResource("/org/factdesk/assets/icons/factdesk-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        WindowPlacement.restoreAndRemember(stage, preferences);
    }

    /**
     * Shows the window at once with a placeholder; after its first frame the main window is built in it, and after
     * that one's first frame {@code project} (or the last or sample project) opens in the background.
     */
    static WindowStartup show(Stage stage, AppPaths paths, Preferences preferences, Session session,
            Optional<Path> project, Consumer<String> openUrl) {
        WindowStartup startup = new WindowStartup(stage, paths, preferences, session, openUrl);
        startup.viewModel.expectProject();
        stage.show();
        startup.afterFirstFrame(() -> {
            new MainWindow(stage, startup.viewModel, startup.runner, startup.dialogs, preferences, startup.openUrl);
            startup.afterFirstFrame(() -> startup.openFirstProject(project));
        });
        return startup;
    }

    ProjectViewModel viewModel() {
        return viewModel;
    }

    I18n i18n() {
        return i18n;
    }

    FxDialogService dialogs() {
        return dialogs;
    }

    /** A request from a later start (a project double-clicked in the file manager): open it here, come to front. */
    void handle(SingleInstance.Request request) {
        request.project().ifPresent(this::open);
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    private void afterFirstFrame(Runnable action) {
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // runLater: this pulse still has to render the frame laid out just now.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** The project asked for, else the last one if it is still there, else the sample project (made on first run). */
    private void openFirstProject(Optional<Path> project) {
        if (project.isPresent()) {
            open(project.get());
            if (Files.isRegularFile(project.get())) {
                return;
            }
        }
        String last = preferences.get(Preference.LAST_PROJECT);
        if (!last.isBlank() && Files.exists(Path.of(last))) {
            viewModel.open(Path.of(last));
            return;
        }
        viewModel.openWith(i18n.get("task.sample"),
                () -> Workspace.open(SampleProject.ensure(paths.dataFolder(), session), false, session), null);
    }

    private void open(Path project) {
        if (!Files.isRegularFile(project)) {
            LOG.info("Asked to open {}, which is not there", project);
            dialogs.showError(i18n.get("error.title"), i18n.get("error.projectMissing", project));
            return;
        }
        viewModel.open(project);
    }

    @Override
    public void close() {
        viewModel.close();
        runner.close();
    }
}
