package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Factdesk never opens a socket: a child JVM runs the command line through importing, analysing, reviewing and
 * exporting under a guard that refuses and records every network operation (see {@link NoNetworkMain}), and, where
 * Linux allows it, inside an empty network namespace ({@code unshare -rn}) as well.
 */
class NoNetworkTest {

    @TempDir
    Path work;

    @Test
    void importingAnalysingReviewingAndExportingOpenNoSocket() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        if (emptyNetworkNamespaceWorks()) {
            command.addAll(List.of("unshare", "-rn"));
        }
        command.addAll(List.of(java, "-Djava.security.manager=allow", "-cp", System.getProperty("java.class.path"),
                NoNetworkMain.class.getName(), work.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("HOSTNAME"); // as when started from a desktop, where HOSTNAME is not exported
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(output).as(output).contains("guard catches java.net: yes", "guard catches java.nio: yes",
                "guard catches lookups: yes", "network attempts during the work: 0");
        assertThat(output).as(output).doesNotContain(": exit 1", ": exit 2");
        assertThat(child.exitValue()).as(output).isZero();
    }

    private static boolean emptyNetworkNamespaceWorks() {
        try {
            Process probe = new ProcessBuilder("unshare", "-rn", "true").redirectErrorStream(true).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException unavailable) {
            return false;
        }
    }
}
