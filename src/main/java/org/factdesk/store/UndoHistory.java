package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The undo and redo stacks of a project, kept in the file so that they survive a restart. Each entry names one user
 * action of the {@link AuditLog}; the store never interprets the actions, the service undoes them.
 */
public final class UndoHistory {

    /** How many undoable actions are kept; older ones drop off the bottom of the stack. */
    public static final int LIMIT = 1_000;

    private final Database database;

    UndoHistory(Database database) {
        this.database = database;
    }

    /** An undoable action: its id in the audit log and its label (a stable id such as "claim.mark"). */
    public record Item(String actionId, String label) {
    }

    /** Records a new undoable action on top of the stack; whatever was undone can no longer be redone. */
    public void record(String actionId, String label) {
        database.write("record the action for undo", connection -> {
            execute(connection, "DELETE FROM history WHERE state = 'undone'");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO history (action_id, seq, label,"
                    + " state) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM history), ?, 'done')")) {
                insert.setString(1, actionId);
                insert.setString(2, label);
                insert.executeUpdate();
            }
            execute(connection, "DELETE FROM history WHERE seq <= (SELECT max(seq) FROM history) - " + LIMIT);
            return null;
        });
    }

    /** The action an undo would revert: the latest one done. */
    public Optional<Item> nextUndo() {
        return first("SELECT action_id, label FROM history WHERE state = 'done' ORDER BY seq DESC LIMIT 1");
    }

    /** The action a redo would repeat: the one undone last. */
    public Optional<Item> nextRedo() {
        return first("SELECT action_id, label FROM history WHERE state = 'undone' ORDER BY seq LIMIT 1");
    }

    /** Marks an action undone ({@code false}) or done again ({@code true}). */
    public void setDone(String actionId, boolean done) {
        database.write("update the undo history", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE history SET state = ? WHERE action_id = ?")) {
                update.setString(1, done ? "done" : "undone");
                update.setString(2, actionId);
                if (update.executeUpdate() != 1) {
                    throw new SQLException("No undoable action " + actionId);
                }
            }
            return null;
        });
    }

    private Optional<Item> first(String sql) {
        return database.read("read the undo history", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Item(rows.getString(1), rows.getString(2))) : Optional.empty();
            }
        });
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
