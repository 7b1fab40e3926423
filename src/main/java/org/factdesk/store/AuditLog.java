package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factdesk.model.AuditEntry;

/**
 * The record of every change to the project, in order: it backs undo and redo across restarts and the report's
 * history. The before/after snapshots are opaque JSON written by the service; the store never parses them.
 */
public final class AuditLog {

    private static final String COLUMNS = "seq, action_id, at, author, action, entity, entity_id, before, after";

    private final Database database;

    AuditLog(Database database) {
        this.database = database;
    }

    /**
     * Records one change. The entry's own sequence is ignored: the database assigns the next one.
     *
     * @return the sequence number given to the entry
     */
    public long append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return database.write("record the change " + entry.action(), connection -> {
            try (PreparedStatement insert = prepareInsert(connection)) {
                bind(insert, entry);
                insert.executeUpdate();
            }
            return lastSequence(connection);
        });
    }

    /** Records several changes in order, in one transaction (or in the caller's). */
    public void appendAll(List<AuditEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        database.write("record the changes", connection -> {
            try (PreparedStatement insert = prepareInsert(connection)) {
                for (AuditEntry entry : entries) {
                    bind(insert, entry);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Up to {@code limit} entries after the given sequence number, oldest first (start with 0). */
    public List<AuditEntry> list(long afterSequence, int limit) {
        return database.read("read the history", connection -> select(connection,
                "WHERE seq > ? ORDER BY seq LIMIT ?", statement -> {
                    statement.setLong(1, afterSequence);
                    statement.setInt(2, limit);
                }));
    }

    /** Every entry of one user action, in order. */
    public List<AuditEntry> forAction(String actionId) {
        return database.read("read the history of an action", connection -> select(connection,
                "WHERE action_id = ? ORDER BY seq", statement -> statement.setString(1, actionId)));
    }

    /** The sequence number of the latest entry, or 0 when nothing was recorded. */
    public long lastSequence() {
        return database.read("read the history", AuditLog::lastSequence);
    }

    private static long lastSequence(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT max(seq) FROM audit");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static PreparedStatement prepareInsert(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO audit (action_id, at, author, action, entity, entity_id, "
                + "before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private static void bind(PreparedStatement insert, AuditEntry entry) throws SQLException {
        insert.setString(1, Objects.requireNonNull(entry.actionId(), "actionId"));
        insert.setString(2, Objects.requireNonNull(entry.at(), "at").toString());
        insert.setString(3, entry.author());
        insert.setString(4, Objects.requireNonNull(entry.action(), "action"));
        insert.setString(5, Objects.requireNonNull(entry.entity(), "entity"));
        insert.setString(6, entry.entityId());
        insert.setString(7, entry.before());
        insert.setString(8, entry.after());
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static List<AuditEntry> select(Connection connection, String where, Binder binder) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit " + where)) {
            binder.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong("seq");
                    entries.add(new AuditEntry(seq, rows.getString("action_id"),
                            Rows.instant(rows, "at", "history entry " + seq), rows.getString("author"),
                            rows.getString("action"), rows.getString("entity"), rows.getString("entity_id"),
                            rows.getString("before"), rows.getString("after")));
                }
            }
        }
        return entries;
    }
}
