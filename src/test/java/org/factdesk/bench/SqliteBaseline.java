package org.factdesk.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The baseline for the store: the sqlite3 command-line tool inserting the same number of claim-like rows in one
 * transaction and dumping them with {@code -json}. NaN when sqlite3 is not installed.
 */
final class SqliteBaseline {

    private SqliteBaseline() {
    }

    static double insertAndDump(Path work, int rows, String text) throws IOException, InterruptedException {
        Path script = work.resolve("baseline.sql");
        Path database = work.resolve("baseline.db");
        try (Writer out = Files.newBufferedWriter(script, StandardCharsets.UTF_8)) {
            out.write("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;\n");
            out.write("CREATE TABLE claim(id TEXT PRIMARY KEY, document_id TEXT, kind TEXT, start INTEGER, "
                    + "end INTEGER, exact TEXT, prefix TEXT, suffix TEXT, verdict TEXT, note TEXT);\n");
            out.write("CREATE TABLE claim_tag(claim_id TEXT, position INTEGER, tag TEXT);\nBEGIN;\n");
            for (int i = 0; i < rows; i++) {
                int start = wholeCharacter(text, (int) ((long) i * (text.length() - 100) / rows));
                int end = wholeCharacter(text, start + 20);
                String exact = text.substring(start, end).replace("'", "''");
                out.write("INSERT INTO claim VALUES('c" + i + "','d','statement'," + start + "," + end
                        + ",'" + exact + "','','','unverified','');\n");
                out.write("INSERT INTO claim_tag VALUES('c" + i + "',0,'tag-" + (i % 20) + "');\n");
            }
            out.write("COMMIT;\n");
        }
        long t0 = System.nanoTime();
        Process insert;
        try {
            insert = new ProcessBuilder("sqlite3", database.toString()).redirectInput(script.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return Double.NaN;
        }
        if (!insert.waitFor(5, TimeUnit.MINUTES) || insert.exitValue() != 0) {
            return Double.NaN;
        }
        Process dump = new ProcessBuilder("sqlite3", "-json", database.toString(), "SELECT * FROM claim")
                .redirectOutput(work.resolve("baseline.json").toFile()).redirectErrorStream(false).start();
        if (!dump.waitFor(5, TimeUnit.MINUTES) || dump.exitValue() != 0) {
            return Double.NaN;
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Moves an offset off the middle of a surrogate pair, so that no row holds half an emoji. */
    private static int wholeCharacter(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset + 1
                : offset;
    }
}
