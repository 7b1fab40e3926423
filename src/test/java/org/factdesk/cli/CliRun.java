package org.factdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.factdesk.service.Session;

/** Runs the real command line in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {

    static final Session SESSION = new Session("tester", Clock.fixed(Instant.parse("2026-11-25T09:30:00Z"),
            ZoneOffset.UTC));

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err), SESSION);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
