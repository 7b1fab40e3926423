package org.factdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

    static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static Double nullableDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rows, String column, String owner) throws SQLException {
        return instant(rows.getString(column), owner);
    }

    static Instant instant(ResultSet rows, int column, String owner) throws SQLException {
        return instant(rows.getString(column), owner);
    }

    /**
     * Parses an instant as {@link Instant#toString()} writes it ("2026-11-24T10:14:03.123456Z"). That common shape
     * is read by hand because {@link Instant#parse} costs about a microsecond, a noticeable part of reading 100,000
     * claims; anything else goes to {@link Instant#parse}.
     */
    static Instant instant(String text, String owner) {
        if (text == null) {
            return null;
        }
        try {
            Instant fast = fastInstant(text);
            return fast != null ? fast : Instant.parse(text);
        } catch (java.time.DateTimeException e) {
            throw new StoreException("The " + owner + " has an unreadable time '" + text + "'.", e);
        }
    }

    /** yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z, or null for any other shape. */
    private static Instant fastInstant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            if (text.charAt(19) != '.' || length == 21) {
                return null;
            }
            int digits = length - 21;
            int fraction = digits(text, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
