package org.factdesk.store;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Simulates a full disk for tests outside the store: caps how many pages the open project may grow by, with SQLite's
 * {@code max_page_count} on its one connection, which fails writes as a full disk does (SQLITE_FULL). Works
 * unprivileged, unlike a tiny tmpfs.
 */
public final class DiskLimits {

    private DiskLimits() {
    }

    /** Lets the open project grow by at most {@code pages} more pages. */
    public static void allowOnly(ProjectStore store, int pages) throws SQLException {
        int now = Connections.intPragma(store.database().connection(), "page_count");
        try (Statement statement = store.database().connection().createStatement()) {
            statement.execute("PRAGMA max_page_count = " + (now + pages));
        }
    }
}
