package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Finds ids by their first characters, as an index range scan (no LIKE, whose wildcards ids could contain). */
final class IdPrefix {

    private IdPrefix() {
    }

    static List<String> find(Connection connection, String table, String prefix) throws SQLException {
        String from = prefix == null ? "" : prefix;
        String sql = "SELECT id FROM " + table + " WHERE id >= ? AND substr(id, 1, ?) = ?"
                + (from.isEmpty() ? "" : " AND id < ?") + " ORDER BY id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, from);
            select.setInt(2, from.codePointCount(0, from.length()));
            select.setString(3, from);
            if (!from.isEmpty()) {
                select.setString(4, from + Character.toString(Character.MAX_CODE_POINT));
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
