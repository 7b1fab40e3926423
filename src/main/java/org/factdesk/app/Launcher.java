package org.factdesk.app;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.factdesk.cli.Cli;
import org.factdesk.service.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the jar and of the installed launcher: with no arguments or project files it opens the window (or
 * hands the project to the Factdesk already running), with anything else it runs the command line. A plain class,
 * since an Application subclass cannot be the main class on the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<LaunchRequest> window = LaunchRequest.parse(Arrays.asList(args));
        if (window.isEmpty()) {
            System.exit(Cli.runOnConsole(args, Session.ofSystemUser()));
            return;
        }
        LaunchRequest request = window.get();
        SingleInstance instance = null;
        // A start-up measurement always gets its own, fresh window.
        if (!request.startupReport()) {
            try {
                Optional<SingleInstance> claimed = SingleInstance.claimOrForward(AppPaths.forThisUser()
                        .instanceSocket(), new SingleInstance.Request(request.project()));
                if (claimed.isEmpty()) {
                    return; // the running Factdesk has it now
                }
                instance = claimed.get();
            } catch (IOException | UnsupportedOperationException e) {
                // Without the socket this is simply a second window; the project lock still keeps one writer.
                Logger log = LoggerFactory.getLogger(Launcher.class);
                log.warn("Could not reach or start the single-instance socket; opening a separate window", e);
            }
        }
        FactdeskApp.launch(request, instance);
    }
}
