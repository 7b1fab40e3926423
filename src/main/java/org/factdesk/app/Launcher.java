package org.factdesk.app;

import javafx.application.Application;
import org.factdesk.cli.Cli;
import org.factdesk.service.Session;

/**
 * Entry point of the jar: with no arguments it opens the window, with arguments it runs the command line. A plain
 * class, since an Application subclass cannot be the main class on the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && args[0].equals(FactdeskApp.STARTUP_REPORT)) {
            Application.launch(FactdeskApp.class, args);
            return;
        }
        System.exit(Cli.runOnConsole(args, Session.ofSystemUser()));
    }
}
