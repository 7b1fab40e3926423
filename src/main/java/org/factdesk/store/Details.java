package org.factdesk.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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

    static Attribution attribution(ResultSet rows) throws SQLException {
        return new Attribution(rows.getString("speaker"), Rows.nullableInt(rows, "speaker_start"),
                Rows.nullableInt(rows, "speaker_end"), rows.getString("role"), rows.getString("cue"),
                rows.getInt("direct") != 0, rows.getString("statement_id"));
    }

    static Figure figure(ResultSet rows, String owner) throws SQLException {
        String value = rows.getString("figure_value");
        BigDecimal decimal;
        try {
            decimal = value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new StoreException("The " + owner + " has an unreadable figure value '" + value + "'.", e);
        }
        return new Figure(decimal, rows.getString("figure_unit"),
                Rows.enumValue(rows.getString("figure_type"), FigureType::fromId, "figure type", owner),
                Rows.enumValue(rows.getString("qualifier"), Qualifier::fromId, "qualifier", owner),
                rows.getString("period"), rows.getString("normalized"));
    }
}
