package org.factdesk.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;

/**
 * The baseline for the store: the sqlite3 command-line tool inserting the same claims (ids, spans, exact text and
 * context, verdicts, notes, tags, evidence) in one transaction with the project's pragmas, reopening the file to
 * count them, and dumping them with {@code -json}. Times are NaN when sqlite3 is not installed.
 */
final class SqliteBaseline {

    /** Milliseconds of the sqlite3 tool: insert, reopen + count, -json dump. */
    record Times(double insertMs, double reopenMs, double dumpMs) {
    }

    private SqliteBaseline() {
    }

    static Times measure(Path work, List<Claim> claims) throws IOException, InterruptedException {
        Path script = work.resolve("baseline.sql");
        Path database = work.resolve("baseline.db");
        Files.deleteIfExists(database);
        try (Writer out = Files.newBufferedWriter(script, StandardCharsets.UTF_8)) {
            out.write("PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;\n");
            out.write("CREATE TABLE claim(id TEXT PRIMARY KEY, document_id TEXT NOT NULL, kind TEXT NOT NULL, "
                    + "start INTEGER NOT NULL, end INTEGER NOT NULL, exact TEXT NOT NULL, prefix TEXT, suffix TEXT, "
                    + "verdict TEXT, note TEXT, author TEXT, created_at TEXT, updated_at TEXT, origin TEXT);\n");
            out.write("CREATE TABLE claim_tag(claim_id TEXT REFERENCES claim(id), position INTEGER, tag TEXT, "
                    + "PRIMARY KEY(claim_id, position));\n");
            out.write("CREATE TABLE evidence(claim_id TEXT REFERENCES claim(id), position INTEGER, url TEXT, "
                    + "title TEXT, PRIMARY KEY(claim_id, position));\n");
            out.write("CREATE INDEX claim_by_document ON claim(document_id, start);\nBEGIN;\n");
            for (Claim c : claims) {
                out.write("INSERT INTO claim VALUES(" + q(c.id()) + "," + q(c.documentId()) + "," + q(c.kind().id())
                        + "," + c.target().start() + "," + c.target().end() + "," + q(c.target().exact()) + ","
                        + q(c.target().prefix()) + "," + q(c.target().suffix()) + "," + q(c.verdict().id()) + ","
                        + q(c.note()) + "," + q(c.author()) + "," + q(c.createdAt().toString()) + ","
                        + q(c.updatedAt().toString()) + "," + q(c.origin().id()) + ");\n");
                for (int i = 0; i < c.tags().size(); i++) {
                    out.write("INSERT INTO claim_tag VALUES(" + q(c.id()) + "," + i + "," + q(c.tags().get(i)) + ");\n");
                }
                for (int i = 0; i < c.evidence().size(); i++) {
                    Evidence e = c.evidence().get(i);
                    out.write("INSERT INTO evidence VALUES(" + q(c.id()) + "," + i + "," + q(e.url()) + ","
                            + q(e.title()) + ");\n");
                }
            }
            out.write("COMMIT;\n");
        }
        long t0 = System.nanoTime();
        if (!run(new ProcessBuilder("sqlite3", database.toString()).redirectInput(script.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD))) {
            return new Times(Double.NaN, Double.NaN, Double.NaN);
        }
        double insertMs = millis(t0);
        long t1 = System.nanoTime();
        run(new ProcessBuilder("sqlite3", database.toString(), "SELECT count(*) FROM claim")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD));
        double reopenMs = millis(t1);
        long t2 = System.nanoTime();
        run(new ProcessBuilder("sqlite3", "-json", database.toString(),
                "SELECT * FROM claim ORDER BY document_id, start; SELECT * FROM claim_tag; SELECT * FROM evidence;")
                .redirectOutput(work.resolve("baseline.json").toFile()));
        return new Times(insertMs, reopenMs, millis(t2));
    }

    private static boolean run(ProcessBuilder command) throws InterruptedException {
        Process process;
        try {
            process = command.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException notInstalled) {
            return false;
        }
        return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static String q(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
