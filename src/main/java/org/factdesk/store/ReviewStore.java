package org.factdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.model.ReviewIssue;
import org.factdesk.model.Severity;

/**
 * Translation review in the project: which document a translation was made from, the issues of each document's last
 * review, and the issues the user dismissed (by document, check and span).
 */
public final class ReviewStore {

    private final Database database;

    ReviewStore(Database database) {
        this.database = database;
    }

    /** Records that a document is a translation of another one, replacing any earlier link; {@code null} unlinks. */
    public void setSource(String documentId, String sourceDocumentId) {
        database.write("link the translation " + Texts.shortId(documentId) + " to its source", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM translation_source WHERE document_id = ?")) {
                delete.setString(1, documentId);
                delete.executeUpdate();
            }
            if (sourceDocumentId != null) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO translation_source (document_id, source_document_id) VALUES (?, ?)")) {
                    insert.setString(1, documentId);
                    insert.setString(2, sourceDocumentId);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The document a translation was made from, if the user named one. */
    public Optional<String> source(String documentId) {
        return database.read("read the source of " + Texts.shortId(documentId), connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT source_document_id FROM translation_source WHERE document_id = ?")) {
                select.setString(1, documentId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Replaces the issues of a document's last review. */
    public void replaceIssues(String documentId, List<ReviewIssue> issues) {
        database.write("save the review of " + Texts.shortId(documentId), connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM review_issue WHERE document_id = ?")) {
                delete.setString(1, documentId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO review_issue "
                    + "(document_id, check_id, start_utf16, end_utf16, message, suggestion, severity) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (ReviewIssue issue : issues) {
                    insert.setString(1, documentId);
                    insert.setString(2, issue.check());
                    insert.setInt(3, issue.start());
                    insert.setInt(4, issue.end());
                    insert.setString(5, issue.message());
                    if (issue.suggestion() == null) {
                        insert.setNull(6, Types.VARCHAR);
                    } else {
                        insert.setString(6, issue.suggestion());
                    }
                    insert.setString(7, issue.severity().id());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The issues of a document's last review that the user has not dismissed, in document order. */
    public List<ReviewIssue> openIssues(String documentId) {
        return database.read("read the review of " + Texts.shortId(documentId), connection -> {
            List<ReviewIssue> issues = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT i.check_id, i.start_utf16, "
                    + "i.end_utf16, i.message, i.suggestion, i.severity FROM review_issue i WHERE i.document_id = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM dismissed_issue d WHERE d.document_id = i.document_id "
                    + "AND d.check_id = i.check_id AND d.start_utf16 = i.start_utf16 AND d.end_utf16 = i.end_utf16) "
                    + "ORDER BY i.start_utf16, i.end_utf16, i.check_id")) {
                select.setString(1, documentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        issues.add(issue(rows));
                    }
                }
            }
            return issues;
        });
    }

    private static ReviewIssue issue(ResultSet rows) throws SQLException {
        String check = rows.getString(1);
        String severityId = rows.getString(6);
        Severity severity = Severity.fromId(severityId).orElseThrow(() -> new StoreException(
                "Unknown severity \"" + severityId + "\" of a review issue (" + check + ")"));
        return new ReviewIssue(check, rows.getInt(2), rows.getInt(3), rows.getString(4), rows.getString(5),
                severity);
    }

    /** Remembers that the user dismissed an issue; dismissing it again changes nothing. */
    public void dismiss(String documentId, ReviewIssue.DismissalKey key, String author, Instant at) {
        database.write("dismiss the issue " + key.check() + " in " + Texts.shortId(documentId), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO dismissed_issue "
                    + "(document_id, check_id, start_utf16, end_utf16, author, dismissed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, documentId);
                insert.setString(2, key.check());
                insert.setInt(3, key.start());
                insert.setInt(4, key.end());
                insert.setString(5, author);
                insert.setString(6, at.toString());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The dismissed issues of a document. */
    public Set<ReviewIssue.DismissalKey> dismissed(String documentId) {
        return database.read("read the dismissed issues of " + Texts.shortId(documentId), connection -> {
            Set<ReviewIssue.DismissalKey> keys = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT check_id, start_utf16, end_utf16 FROM dismissed_issue WHERE document_id = ?")) {
                select.setString(1, documentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(new ReviewIssue.DismissalKey(rows.getString(1), rows.getInt(2), rows.getInt(3)));
                    }
                }
            }
            return keys;
        });
    }
}
