package org.factdesk.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.factdesk.model.Attribution;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;

/** The attribution and figure columns that claims and suggestions share. */
final class Details {

    /** The attribution columns, then the figure columns, in binding order. */
    static final String COLUMNS = "speaker, speaker_start, speaker_end, role, cue, direct, statement_id, "
            + "figure_value, figure_unit, figure_type, qualifier, period, normalized";
    static final int COUNT = 13;

    /** The 1-based JDBC index of a column in a select list such as "seq, id, " + COLUMNS. */
    static int indexOf(String selectList, String column) {
        List<String> names = Arrays.stream(selectList.split(",")).map(String::strip).toList();
        int index = names.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column + " is not in " + selectList);
        }
        return index + 1;
    }

    private Details() {
    }

    /** Binds the 13 columns from {@code first}; the absent record's columns are NULL. */
    static void bind(PreparedStatement statement, int first, Attribution attribution, Figure figure)
            throws SQLException {
        int i = first;
        Attribution a = attribution;
        statement.setString(i++, a == null ? null : a.speaker());
        Rows.setNullableInt(statement, i++, a == null ? null : a.speakerStart());
        Rows.setNullableInt(statement, i++, a == null ? null : a.speakerEnd());
        statement.setString(i++, a == null ? null : a.role());
        statement.setString(i++, a == null ? null : a.cue());
        if (a == null) {
            statement.setNull(i++, Types.INTEGER);
        } else {
            statement.setInt(i++, a.direct() ? 1 : 0);
        }
        statement.setString(i++, a == null ? null : a.statementId());
        Figure f = figure;
        BigDecimal value = f == null ? null : f.value();
        statement.setString(i++, value == null ? null : value.toString());
        statement.setString(i++, f == null ? null : f.unit());
        statement.setString(i++, f == null || f.type() == null ? null : f.type().id());
        statement.setString(i++, f == null || f.qualifier() == null ? null : f.qualifier().id());
        statement.setString(i++, f == null ? null : f.period());
        statement.setString(i, f == null ? null : f.normalized());
    }

    /** The attribution from the 7 columns that start at {@code first} (the speaker). */
    static Attribution attribution(ResultSet rows, int first) throws SQLException {
        return new Attribution(rows.getString(first), Rows.nullableInt(rows, first + 1),
                Rows.nullableInt(rows, first + 2), rows.getString(first + 3), rows.getString(first + 4),
                rows.getInt(first + 5) != 0, rows.getString(first + 6));
    }

    static BigDecimal decimal(String value, String owner) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new StoreException("The " + owner + " has an unreadable figure value '" + value + "'.", e);
        }
    }

    /** The figure from the 6 columns that follow the attribution's 7, which start at {@code first}. */
    static Figure figure(ResultSet rows, int first, String owner) throws SQLException {
        int at = first + 7;
        return new Figure(decimal(rows.getString(at), owner), rows.getString(at + 1),
                Rows.enumValue(rows.getString(at + 2), FigureType::fromId, "figure type", owner),
                Rows.enumValue(rows.getString(at + 3), Qualifier::fromId, "qualifier", owner),
                rows.getString(at + 4), rows.getString(at + 5));
    }
}
