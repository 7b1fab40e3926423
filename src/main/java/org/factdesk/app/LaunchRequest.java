package org.factdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the arguments ask the window for: nothing ({@code factdesk}), project files (a double-click in the file
 * manager runs {@code factdesk P.factdesk}) and/or {@code --startup-report}. Anything else is the command line.
 */
record LaunchRequest(Optional<Path> project, boolean startupReport) {

    /** Prints how long the window and the project took to show, then quits: {@code factdesk --startup-report}. */
    static final String STARTUP_REPORT = "--startup-report";

    private static final String EXTENSION = ".factdesk";

    /** The window request these arguments make, or empty when they are a command for the command line. */
    static Optional<LaunchRequest> parse(List<String> args) {
        boolean report = false;
        List<Path> projects = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(STARTUP_REPORT)) {
                report = true;
            } else if (arg.startsWith("-psn_")) {
                continue; // the process serial number older macOS gives an app started from Finder
            } else if (!arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
                projects.add(Path.of(arg).toAbsolutePath().normalize());
            } else {
                return Optional.empty();
            }
        }
        // The window shows one project; of several files selected together, the first is opened.
        return Optional.of(new LaunchRequest(projects.stream().findFirst(), report));
    }
}
