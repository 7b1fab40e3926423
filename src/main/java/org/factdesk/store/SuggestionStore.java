package org.factdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Suggestion;
import org.factdesk.model.SuggestionState;
import org.factdesk.model.Target;

/**
 * The analyser's suggestions. Every span ever suggested for a document and kind is kept, accepted or rejected, so a
 * rejected span is never proposed again.
 */
public final class SuggestionStore {

    private static final String COLUMNS = "document_id, kind, start_utf16, end_utf16, exact, prefix, suffix, state, "
            + "claim_id, score, has_details, " + Details.COLUMNS;
    private static final int COLUMN_COUNT = 11 + Details.COUNT;
    /** The JDBC index of the first details column in {@link #listByDocument}'s select list. */
    private static final int DETAILS = Details.indexOf("id, " + COLUMNS, "speaker");
    /** Bits of the has_details column: which details records the suggestion carries. */
    private static final int ATTRIBUTION = 1;
    private static final int FIGURE = 2;

    private final Database database;

    SuggestionStore(Database database) {
        this.database = database;
    }

    /**
     * Saves the suggestions whose span (document, kind, start, end) is new, in one transaction, and skips the others
     * (pending, accepted or rejected alike).
     *
     * @return how many were new
     */
    public int insertAll(Iterable<Suggestion> suggestions) {
        Objects.requireNonNull(suggestions, "suggestions");
        return database.write("save the suggestions", connection -> {
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO suggestion ("
                    + COLUMNS + ", id) VALUES (" + "?, ".repeat(COLUMN_COUNT) + "?)")) {
                for (Suggestion suggestion : suggestions) {
                    bind(insert, suggestion);
                    added += insert.executeUpdate();
                }
            }
            return added;
        });
    }

    /** The suggestions on a document in document order, only those in the given state, or all for {@code null}. */
    public List<Suggestion> listByDocument(String documentId, SuggestionState stateOrNullForAll) {
        return database.read("read the suggestions of document " + Texts.shortId(documentId), connection -> {
            List<Suggestion> list = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, " + COLUMNS
                    + " FROM suggestion WHERE document_id = ?" + (stateOrNullForAll == null ? "" : " AND state = ?")
                    + " ORDER BY start_utf16, end_utf16, kind, id")) {
                select.setString(1, documentId);
                if (stateOrNullForAll != null) {
                    select.setString(2, stateOrNullForAll.id());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        list.add(suggestion(rows));
                    }
                }
            }
            return list;
        });
    }

    /** The suggestion with this id, if the project has it. */
    public java.util.Optional<Suggestion> find(String id) {
        return database.read("read suggestion " + Texts.shortId(id), connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, " + COLUMNS
                    + " FROM suggestion WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? java.util.Optional.of(suggestion(rows)) : java.util.Optional.empty();
                }
            }
        });
    }

    /** Whether the document was ever analysed: it has suggestions in any state. */
    public boolean hasAny(String documentId) {
        return database.read("look up the suggestions of document " + Texts.shortId(documentId), connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM suggestion WHERE document_id = ? LIMIT 1")) {
                select.setString(1, documentId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Records that a suggestion was accepted (as the claim {@code claimId}), rejected, or is pending again. */
    public void setState(String id, SuggestionState state, String claimId) {
        Objects.requireNonNull(state, "state");
        String what = "mark suggestion " + Texts.shortId(id) + " as " + state.id();
        database.write(what, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE suggestion SET state = ?, claim_id = ? WHERE id = ?")) {
                update.setString(1, state.id());
                update.setString(2, claimId);
                update.setString(3, id);
                if (update.executeUpdate() == 0) {
                    throw new StoreException("Unable to " + what + " in " + database.file()
                            + ": it is not in the project.");
                }
            }
            return null;
        });
    }

    /** Whether this exact span of this kind was rejected on the document. */
    public boolean isRejected(String documentId, ClaimKind kind, int start, int end) {
        return database.read("look up a rejected suggestion", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM suggestion "
                    + "WHERE document_id = ? AND kind = ? AND start_utf16 = ? AND end_utf16 = ? AND state = ?")) {
                select.setString(1, documentId);
                select.setString(2, kind.id());
                select.setInt(3, start);
                select.setInt(4, end);
                select.setString(5, SuggestionState.REJECTED.id());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private static void bind(PreparedStatement statement, Suggestion suggestion) throws SQLException {
        Target target = suggestion.target();
        int i = 1;
        statement.setString(i++, suggestion.documentId());
        statement.setString(i++, suggestion.kind().id());
        statement.setInt(i++, target.start());
        statement.setInt(i++, target.end());
        statement.setString(i++, target.exact());
        statement.setString(i++, target.prefix());
        statement.setString(i++, target.suffix());
        statement.setString(i++, suggestion.state().id());
        statement.setString(i++, suggestion.claimId());
        if (suggestion.score() == null) {
            statement.setNull(i++, Types.REAL);
        } else {
            statement.setDouble(i++, suggestion.score());
        }
        statement.setInt(i++, (suggestion.attribution() != null ? ATTRIBUTION : 0)
                | (suggestion.figure() != null ? FIGURE : 0));
        Details.bind(statement, i, suggestion.attribution(), suggestion.figure());
        i += Details.COUNT;
        statement.setString(i, suggestion.id());
    }

    private static Suggestion suggestion(ResultSet rows) throws SQLException {
        String id = rows.getString("id");
        String owner = "suggestion " + Texts.shortId(id);
        int details = rows.getInt("has_details");
        Target target = new Target(rows.getInt("start_utf16"), rows.getInt("end_utf16"), rows.getString("exact"),
                rows.getString("prefix"), rows.getString("suffix"));
        return new Suggestion(id, rows.getString("document_id"),
                Rows.enumValue(rows.getString("kind"), ClaimKind::fromId, "kind", owner), target,
                (details & ATTRIBUTION) != 0 ? Details.attribution(rows, DETAILS) : null,
                (details & FIGURE) != 0 ? Details.figure(rows, DETAILS, owner) : null,
                Rows.nullableDouble(rows, "score"),
                Rows.enumValue(rows.getString("state"), SuggestionState::fromId, "state", owner),
                rows.getString("claim_id"));
    }
}
