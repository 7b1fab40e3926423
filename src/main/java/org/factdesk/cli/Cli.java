package org.factdesk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs the command line: exit 0 on success, 1 on bad input (one line on standard error), 2 on a usage error.
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Runs one command on the console (UTF-8 output) and returns its exit code. */
    public static int runOnConsole(String[] args, Session session) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, out, err, session);
    }

    /** The line {@code factdesk --startup-report} prints: milliseconds from JVM start to window and article shown. */
    public static void printStartupReport(long windowShownMillis, long articleShownMillis) {
        System.out.println("startup: window shown " + windowShownMillis + " ms, article shown " + articleShownMillis
                + " ms after JVM start");
        System.out.flush();
    }

    /** Runs one command and returns its exit code; results go to {@code out}, problems to {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Session session) {
        CommandLine commandLine = new CommandLine(new FactdeskCommand(), new CommandFactory(session));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(false);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof ServiceException) {
                err.println("factdesk: " + exception.getMessage());
            } else {
                LOG.error("Command failed: {}", String.join(" ", args), exception);
                err.println("factdesk: unexpected error (" + exception.getClass().getSimpleName() + ": "
                        + exception.getMessage() + "). Please report it; nothing else was changed.");
            }
            err.flush();
            return 1;
        });
        int exit = commandLine.execute(args);
        out.flush();
        err.flush();
        return exit;
    }

    /** Gives every command the session (who and when) of this run. */
    private record CommandFactory(Session session) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            K command = CommandLine.defaultFactory().create(type);
            if (command instanceof ProjectCommand projectCommand) {
                projectCommand.session = session;
            }
            return command;
        }
    }
}
