package org.factdesk.app;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.factdesk.cli.Cli;
import org.factdesk.service.GrammarService;
import org.factdesk.service.Session;
import org.factdesk.ui.prefs.FilePreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window application. {@code start()} only builds and shows the window (see {@link WindowStartup}); the
 * project is opened in the background once the first frame is up.
 */
public final class FactdeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(FactdeskApp.class);

    // Handed over by the Launcher: Application.launch makes the instance itself.
    private static volatile LaunchRequest request = new LaunchRequest(Optional.empty(), false);
    private static volatile SingleInstance singleInstance;

    private WindowStartup window;
    private FilePreferences preferences;

    /** Opens the window for this request; {@code instance} (may be null) passes on later starts' requests. */
    static void launch(LaunchRequest launchRequest, SingleInstance instance) {
        request = launchRequest;
        singleInstance = instance;
        Application.launch(FactdeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.forThisUser();
        preferences = new FilePreferences(paths.preferencesFile());
        window = WindowStartup.show(stage, paths, preferences, Session.ofSystemUser(), request.project(),
                url -> getHostServices().showDocument(url));
        long windowShown = millisSinceJvmStart();
        installErrorHandler(window);
        SingleInstance instance = singleInstance;
        if (instance != null) {
            instance.onRequest(later -> Platform.runLater(() -> window.handle(later)));
        }
        if (request.startupReport()) {
            window.viewModel().currentDocumentProperty().addListener((obs, old, shown) -> {
                if (shown != null && old == null) {
                    // one more pulse, so that the article has been laid out and painted
                    Platform.runLater(() -> {
                        Cli.printStartupReport(windowShown, millisSinceJvmStart());
                        Platform.exit();
                    });
                }
            });
        }
        // LanguageTool takes seconds to load: warm it once the first article is on screen, so it delays nothing and
        // the first translation review does not wait for it.
        window.viewModel().currentDocumentProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                GrammarService.shared().warmUpInBackground();
            }
        });
    }

    private static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void installErrorHandler(WindowStartup window) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Unexpected error in {}", thread.getName(), error);
            Platform.runLater(() -> window.dialogs().showError(window.i18n().get("error.unexpected.title"),
                    window.i18n().get("error.unexpected", error.getClass().getSimpleName(),
                            String.valueOf(error.getMessage()))));
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        SingleInstance instance = singleInstance;
        if (instance != null) {
            instance.close();
        }
        if (preferences != null) {
            preferences.flush(); // the window's size and place, saved as it closed
        }
    }
}
