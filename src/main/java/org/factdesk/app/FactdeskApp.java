package org.factdesk.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.factdesk.cli.Cli;
import org.factdesk.service.SampleProject;
import org.factdesk.service.GrammarService;
import org.factdesk.service.Session;
import org.factdesk.service.Workspace;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.dialog.FxDialogService;
import org.factdesk.ui.main.MainWindow;
import org.factdesk.ui.prefs.FilePreferences;
import org.factdesk.ui.prefs.Preference;
import org.factdesk.ui.prefs.Preferences;
import org.factdesk.ui.task.FxTaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window application. {@code start()} only builds and shows the window; the project (the last one, or the
 * sample on the first run) is opened in the background once the window is up.
 */
public final class FactdeskApp extends Application {

    /** Prints how long the window and the project took to show, then quits: {@code factdesk --startup-report}. */
    static final String STARTUP_REPORT = "--startup-report";

    private static final Logger LOG = LoggerFactory.getLogger(FactdeskApp.class);
    private static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};

    private FxTaskRunner runner;
    private ProjectViewModel viewModel;

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.forThisUser();
        Preferences preferences = new FilePreferences(paths.preferencesFile());
        String language = preferences.get(Preference.LANGUAGE);
        I18n i18n = new I18n(language.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(language));
        Session session = Session.ofSystemUser();
        runner = new FxTaskRunner();
        FxDialogService dialogs = new FxDialogService(stage, i18n);
        installErrorHandler(dialogs, i18n);
        viewModel = new ProjectViewModel(runner, dialogs, i18n, session);
        new MainWindow(stage, viewModel, runner, dialogs, preferences, url -> getHostServices().showDocument(url));
        for (String size : ICON_SIZES) {
            var icon = FactdeskApp.class.getResource("/org/factdesk/assets/icons/factdesk-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        long windowShown = millisSinceJvmStart();
        if (getParameters().getRaw().contains(STARTUP_REPORT)) {
            viewModel.currentDocumentProperty().addListener((obs, old, shown) -> {
                if (shown != null && old == null) {
                    // one more pulse, so that the article has been laid out and painted
                    Platform.runLater(() -> {
                        Cli.printStartupReport(windowShown, millisSinceJvmStart());
                        Platform.exit();
                    });
                }
            });
        }
        Platform.runLater(() -> openFirstProject(preferences, paths, session, i18n));
        // LanguageTool takes seconds to load: warm it once the first article is on screen, so it delays nothing and
        // the first translation review does not wait for it.
        viewModel.currentDocumentProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                GrammarService.shared().warmUpInBackground();
            }
        });
    }

    private static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The last project, if it is still there; otherwise the sample project, made on the first run. */
    private void openFirstProject(Preferences preferences, AppPaths paths, Session session, I18n i18n) {
        String last = preferences.get(Preference.LAST_PROJECT);
        if (!last.isBlank() && Files.exists(Path.of(last))) {
            viewModel.open(Path.of(last));
            return;
        }
        viewModel.openWith(i18n.get("task.sample"),
                () -> Workspace.open(SampleProject.ensure(paths.dataFolder(), session), false, session), null);
    }

    private static void installErrorHandler(FxDialogService dialogs, I18n i18n) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Unexpected error in {}", thread.getName(), error);
            Platform.runLater(() -> dialogs.showError(i18n.get("error.unexpected.title"),
                    i18n.get("error.unexpected", error.getClass().getSimpleName(), String.valueOf(error.getMessage()))));
        });
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
