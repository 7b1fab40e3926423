package org.factdesk.app;

import org.factdesk.cli.Cli;
import org.factdesk.service.Session;

/** Entry point of the jar. A plain class, since an Application subclass cannot be the main class on the classpath. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // The window comes with the next milestone; until then `factdesk` with no arguments prints the help.
        System.exit(Cli.runOnConsole(args, Session.ofSystemUser()));
    }
}
