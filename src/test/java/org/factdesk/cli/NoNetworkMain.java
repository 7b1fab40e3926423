package org.factdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketPermission;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factdesk.service.Session;

/**
 * The child of {@link NoNetworkTest}: installs a JVM-wide guard that refuses, and records, every network operation
 * (connect, listen, accept, name resolution, for java.net and java.nio alike), proves it catches a deliberate
 * connection, then runs the real command line through a whole piece of work — import, analyse, review a translation,
 * mark and edit claims, export in every format, import the report and the annotations, preview a merge — and
 * prints what the guard saw. Exit 0 only if every command succeeded and nothing touched the network. Argument: a
 * work folder.
 */
public final class NoNetworkMain {

    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

    private NoNetworkMain() {
    }

    @SuppressWarnings("removal") // the security manager is the one JVM-wide hook on every socket and lookup in Java 17
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission) {
                    ATTEMPTS.add(permission.getName() + " " + permission.getActions() + " from "
                            + caller(new Throwable().getStackTrace()));
                    throw new SecurityException("Network access refused by the test guard: " + permission);
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }
        });
        System.out.println("guard catches java.net: " + caught(() -> new Socket("127.0.0.1", 9).close()));
        System.out.println("guard catches java.nio: " + caught(() -> SocketChannel.open(
                new InetSocketAddress("127.0.0.1", 9)).close()));
        System.out.println("guard catches lookups: " + caught(() -> java.net.InetAddress.getByName("example.org")));
        int deliberate = ATTEMPTS.size();
        ATTEMPTS.clear();

        Path article = Path.of("assets/kim-putin-summit-es.txt");
        Path page = work.resolve("page.html");
        Files.writeString(page, "<html><head><title>Cumbre</title></head><body><article><p>Según el ministro, casi "
                + "la mitad de la población estaba desnutrida.</p></article></body></html>", StandardCharsets.UTF_8);
        Path project = work.resolve("offline.factdesk");
        Path report = work.resolve("report.json");
        boolean ok = deliberate == 3;
        String out = run("import", "--project", project.toString(), "--format", "json", article.toString(),
                page.toString());
        ok &= out != null;
        String documentId = out == null ? "none" : out.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        ok &= run("documents", "--project", project.toString()) != null;
        ok &= run("analyze", article.toString(), "--format", "json") != null;
        ok &= run("qa", "src/test/resources/analysis/qa/slipped-es.txt", "--source",
                "src/test/resources/analysis/qa/source-en.txt") != null;
        String added = run("claim", "add", "--project", project.toString(), "--doc", documentId, "--kind", "figure",
                "--start", "0", "--end", "20", "--verdict", "mostly-true", "--evidence", "https://example.org/x",
                "--format", "json");
        ok &= added != null;
        String claimId = added == null ? "none"
                : added.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        ok &= run("claim", "set", "--project", project.toString(), claimId, "--note", "checked offline") != null;
        ok &= run("claim", "list", "--project", project.toString()) != null;
        ok &= run("export", "--project", project.toString(), "--format", "json", "--out", report.toString()) != null;
        ok &= run("export", "--project", project.toString(), "--format", "claimreview", "--organisation",
                "Verificado", "--organisation-url", "https://verificado.example", "--out",
                work.resolve("reviews.jsonld").toString()) != null;
        Path annotations = work.resolve("annotations.jsonld");
        ok &= run("export", "--project", project.toString(), "--format", "w3c", "--out", annotations.toString())
                != null;
        ok &= run("export", "--project", project.toString(), "--format", "csv", "--bom", "--out",
                work.resolve("claims.csv").toString()) != null;
        ok &= run("export", "--project", project.toString(), "--format", "html", "--out",
                work.resolve("report.html").toString()) != null;
        ok &= run("report", "import", "--project", project.toString(), annotations.toString()) != null;
        ok &= run("report", "import", "--dry-run", "--project", project.toString(), report.toString()) != null;
        ok &= run("report", "import", "--project", work.resolve("copy.factdesk").toString(), report.toString())
                != null;
        System.out.println("network attempts during the work: " + ATTEMPTS.size());
        ATTEMPTS.forEach(attempt -> System.out.println("  " + attempt));
        System.out.flush();
        System.exit(ok && ATTEMPTS.isEmpty() ? 0 : 1);
    }

    /** Runs one command; its output, or {@code null} (after printing why) when it failed. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err), Session.ofSystemUser());
        System.out.println("factdesk " + args[0] + (args.length > 1 && !args[1].startsWith("-") ? " " + args[1] : "")
                + ": exit " + exit);
        if (exit != 0) {
            System.out.println("  " + err.toString().strip());
            return null;
        }
        return out.toString();
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private static String caught(Attempt attempt) {
        try {
            attempt.run();
            return "NO (the connection went through)";
        } catch (SecurityException refused) {
            return "yes";
        } catch (Exception other) {
            return "NO (" + other + ")";
        }
    }

    private static String caller(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.factdesk.") && !frame.getClassName().contains("NoNetworkMain")) {
                return frame.toString();
            }
        }
        return stack.length > 3 ? stack[3].toString() : "?";
    }
}
