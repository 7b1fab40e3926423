package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts buffered rows with one {@code INSERT ... VALUES (...), (...), ...} statement per chunk of rows: SQLite steps
 * once per chunk instead of once per row, which is most of the driver's cost per row.
 */
final class MultiRowInsert implements AutoCloseable {

    private final Connection connection;
    private final String prefix;
    private final int columns;
    private final int chunk;
    private final List<Object[]> rows = new ArrayList<>();
    private PreparedStatement fullChunk;

    /** {@code prefix} is "INSERT INTO table (a, b, c) VALUES ". */
    MultiRowInsert(Connection connection, String prefix, int columns, int chunk) {
        this.connection = connection;
        this.prefix = prefix;
        this.columns = columns;
        this.chunk = chunk;
    }

    void add(Object... row) {
        if (row.length != columns) {
            throw new IllegalArgumentException("Expected " + columns + " values, got " + row.length);
        }
        rows.add(row);
    }

    boolean isFull() {
        return rows.size() >= chunk;
    }

    /** Inserts every buffered row. */
    void flush() throws SQLException {
        flush(true);
    }

    /** Inserts the buffered rows that fill whole chunks, keeping the rest, so no odd-sized statement is prepared. */
    void flushFullChunks() throws SQLException {
        flush(false);
    }

    private void flush(boolean all) throws SQLException {
        int done = 0;
        while (rows.size() - done >= chunk) {
            if (fullChunk == null) {
                fullChunk = connection.prepareStatement(sql(chunk));
            }
            execute(fullChunk, done, chunk);
            done += chunk;
        }
        if (all && done < rows.size()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(rows.size() - done))) {
                execute(rest, done, rows.size() - done);
            }
            done = rows.size();
        }
        rows.subList(0, done).clear();
    }

    private void execute(PreparedStatement insert, int from, int count) throws SQLException {
        int parameter = 1;
        for (int r = from; r < from + count; r++) {
            for (Object value : rows.get(r)) {
                insert.setObject(parameter++, value);
            }
        }
        insert.executeUpdate();
    }

    private String sql(int rowCount) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(prefix.length() + rowCount * (row.length() + 2)).append(prefix);
        for (int r = 0; r < rowCount; r++) {
            sql.append(r == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    @Override
    public void close() throws SQLException {
        if (fullChunk != null) {
            fullChunk.close();
        }
    }
}
