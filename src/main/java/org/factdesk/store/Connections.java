package org.factdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens JDBC connections to project files with the pragmas DESIGN.md asks for. */
final class Connections {

    /** Factdesk's {@code PRAGMA application_id}: "FDK1" in ASCII. */
    static final int APPLICATION_ID = 0x46444B31;
    /** How long a write waits for another connection to finish before failing with SQLITE_BUSY. */
    static final int BUSY_TIMEOUT_MILLIS = 5000;
    /** The page size of new project files (files made with SQLite's default 4096 keep theirs). */
    static final int PAGE_SIZE = 16384;

    private Connections() {
    }

    /**
     * A connection that never creates the file. {@code immutable} opens a read-only file in a read-only folder,
     * where SQLite cannot create the WAL index it would otherwise need.
     */
    static Connection open(Path file, boolean readOnly, boolean immutable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setReadOnly(readOnly);
        String url = "jdbc:sqlite:" + file;
        if (immutable) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            url = "jdbc:sqlite:" + file.toUri() + "?immutable=1";
        }
        return config.createConnection(url);
    }

    /** A connection that creates the (empty) file if needed; only for {@link ProjectStore#create}. */
    static Connection create(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** Sets the pragmas every project connection uses; WAL only on a writable one (it is stored in the file). */
    static void configure(Connection connection, boolean readOnly) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            if (!readOnly) {
                statement.execute("PRAGMA journal_mode = WAL");
            }
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA cache_size = -32768");
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    static String textPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}
