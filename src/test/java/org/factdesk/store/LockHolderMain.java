package org.factdesk.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second Factdesk for {@link ProjectFileRejectionTest}: opens the project named in its argument, says "READY" on
 * standard output, and keeps the project open until its standard input closes.
 */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws ProjectOpenException, IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]))) {
            out.println("READY " + ProcessHandle.current().pid());
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
        out.println("CLOSED");
    }
}
