package org.factdesk.store;

import java.nio.charset.StandardCharsets;
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
import java.util.function.Supplier;

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

    /**
     * A text column, read as its UTF-8 bytes: one JNI call and one copy, where the driver's {@code getString} makes a
     * direct buffer over SQLite's memory, copies it to an array and decodes that (a fifth of reading the claims).
     */
    static String string(ResultSet rows, int column) throws SQLException {
        byte[] utf8 = rows.getBytes(column);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
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
        return instant(string(rows, column), owner);
    }

    /**
     * Parses an instant as {@link Instant#toString()} writes it ("2026-11-24T10:14:03.123456Z"). That common shape
     * is read by hand because {@link Instant#parse} costs about a microsecond, a noticeable part of reading 100,000
     * claims; anything else goes to {@link Instant#parse}.
     */
    static Instant instant(String text, String owner) {
        return instant(text, () -> owner);
    }

    /** {@link #instant(String, String)} with the owner's name built only for the error message. */
    static Instant instant(String text, Supplier<String> owner) {
        if (text == null) {
            return null;
        }
        try {
            Instant fast = fastInstant(text);
            return fast != null ? fast : Instant.parse(text);
        } catch (java.time.DateTimeException e) {
            throw new StoreException("The " + owner.get() + " has an unreadable time '" + text + "'.", e);
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
        if (month < 1 || month > 12 || day < 1 || day > 28 || hour > 23 || minute > 59 || second > 59) {
            // Day 29 to 31 and anything out of range: let LocalDateTime check the calendar.
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400L + hour * 3600 + minute * 60 + second, nanos);
    }

    /** Days from 1970-01-01 to a valid date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
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
