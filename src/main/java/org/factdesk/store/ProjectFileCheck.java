package org.factdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.factdesk.store.ProjectOpenException.Reason;
import org.sqlite.SQLiteErrorCode;

/**
 * Decides whether a file is a healthy Factdesk project before anything may write to it: reads the SQLite header
 * itself, then looks inside through a read-only connection (application id, schema version, quick check).
 */
final class ProjectFileCheck {

    /** The first 16 bytes of every SQLite 3 database. */
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The SQLite header is 100 bytes; a file shorter than that cannot be a whole database. */
    private static final int HEADER_LENGTH = 100;

    /** What the check found in a healthy project. */
    record Inspection(int schemaVersion, boolean folderNeedsImmutable) {
    }

    private ProjectFileCheck() {
    }

    static Inspection inspect(Path file) throws ProjectOpenException {
        checkHeader(file);
        return checkInside(file);
    }

    private static void checkHeader(Path file) throws ProjectOpenException {
        if (!Files.exists(file)) {
            Path folder = file.getParent();
            String where = folder != null && !Files.isDirectory(folder)
                    ? ": the folder " + folder + " does not exist." : ": the file does not exist.";
            throw new ProjectOpenException(Reason.NOT_FOUND, file, "Cannot open " + file + where
                    + " Check the name and the folder.");
        }
        if (Files.isDirectory(file)) {
            throw new ProjectOpenException(Reason.NOT_SQLITE, file, "Cannot open " + file
                    + ": it is a folder, not a Factdesk project file. Choose a .factdesk file.");
        }
        byte[] header = new byte[HEADER_LENGTH];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(header, 0, HEADER_LENGTH);
        } catch (IOException e) {
            throw new ProjectOpenException(Reason.UNREADABLE, file, "Cannot open " + file
                    + ": the file cannot be read (" + e.getMessage() + "). Check its permissions.", e);
        }
        if (length == 0) {
            throw new ProjectOpenException(Reason.NOT_SQLITE, file, "Cannot open " + file
                    + ": the file is empty, so it is not a Factdesk project. Choose a .factdesk file.");
        }
        int compared = Math.min(length, SQLITE_MAGIC.length);
        if (!Arrays.equals(header, 0, compared, SQLITE_MAGIC, 0, compared)) {
            throw new ProjectOpenException(Reason.NOT_SQLITE, file, "Cannot open " + file
                    + ": it is not a Factdesk project (not an SQLite database). Choose a .factdesk file.");
        }
        if (length < HEADER_LENGTH) {
            throw new ProjectOpenException(Reason.CORRUPT, file, "Cannot open " + file
                    + ": the project file is truncated (" + length + " bytes). It was left untouched;"
                    + " restore it from a backup.");
        }
    }

    private static Inspection checkInside(Path file) throws ProjectOpenException {
        boolean immutable = false;
        Connection opened;
        try {
            opened = Connections.open(file, true, false);
        } catch (SQLException e) {
            if (!SqliteErrors.is(e, SQLiteErrorCode.SQLITE_CANTOPEN) || file.getParent() == null
                    || Files.isWritable(file.getParent())) {
                throw openFailure(file, e);
            }
            // A WAL project in a read-only folder: SQLite cannot create its -shm file, and nobody can write here.
            try {
                opened = Connections.open(file, true, true);
                immutable = true;
            } catch (SQLException again) {
                throw openFailure(file, again);
            }
        }
        try (Connection connection = opened; Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 1000");
            int applicationId = Connections.intPragma(connection, "application_id");
            if (applicationId != Connections.APPLICATION_ID) {
                throw new ProjectOpenException(Reason.NOT_A_PROJECT, file, "Cannot open " + file
                        + ": it is an SQLite database but not a Factdesk project. It was left untouched;"
                        + " choose a .factdesk file.");
            }
            int version = Connections.intPragma(connection, "user_version");
            String check = Connections.textPragma(connection, "quick_check(1)");
            if (!"ok".equals(check)) {
                throw corrupt(file, check, null);
            }
            return new Inspection(version, immutable);
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
    }

    static ProjectOpenException openFailure(Path file, SQLException e) {
        int code = SqliteErrors.primaryCode(e);
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return corrupt(file, SqliteErrors.sqliteMessage(e), e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return foreignLock(file, e);
        }
        return new ProjectOpenException(Reason.UNREADABLE, file, "Cannot open " + file + ": "
                + SqliteErrors.explain(e) + ". Check the file and its permissions.", e);
    }

    static ProjectOpenException foreignLock(Path file, Throwable cause) {
        return new ProjectOpenException(Reason.LOCKED, file, "Cannot open " + file
                + ": another program (not Factdesk) is using it. Close that program, or open a copy.", cause);
    }

    private static ProjectOpenException corrupt(Path file, String detail, Throwable cause) {
        return new ProjectOpenException(Reason.CORRUPT, file, "Cannot open " + file
                + ": the project file is damaged or truncated (" + firstLine(detail) + "). It was left untouched;"
                + " restore it from a backup.", cause);
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }
}
