package org.factdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** Reading and binding the column conventions of the schema (nullable ints, ISO times, enum ids). */
final class Rows {

    private Rows() {
    }

    static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static Double nullableDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rows, String column, String owner) throws SQLException {
        String text = rows.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new StoreException("The " + owner + " has an unreadable time in " + column + ": '" + text + "'.", e);
        }
    }

    static LocalDate date(String text, String owner) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new StoreException("The " + owner + " has an unreadable date: '" + text + "'.", e);
        }
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /**
     * The enum constant for a stored id, or a clear failure: an unknown id means a newer Factdesk wrote the file.
     * {@code null} stays {@code null}.
     */
    static <E> E enumValue(String id, Function<String, Optional<E>> fromId, String what, String owner) {
        if (id == null) {
            return null;
        }
        return fromId.apply(id).orElseThrow(() -> new StoreException("The " + owner + " has an unknown " + what
                + " '" + id + "'; it was probably saved by a newer Factdesk."));
    }
}
