package org.factdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Where and when each article was published (schema version 4), as the user set it. */
public final class Publications {

    /** A document's published web address and date; either may be {@code null}. */
    public record Entry(String url, LocalDate date) {
    }

    private final Database database;

    Publications(Database database) {
        this.database = database;
    }

    /** The publication of a document, if one was set. */
    public Optional<Entry> find(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return database.read("read the publication of document " + documentId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT url, published_on FROM document_publication WHERE document_id = ?")) {
                select.setString(1, documentId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<Entry>empty();
                    }
                    String date = rows.getString(2);
                    return Optional.of(new Entry(rows.getString(1), date == null ? null : LocalDate.parse(date)));
                }
            }
        });
    }

    /** Sets a document's publication, replacing the one set before; both parts {@code null} removes it. */
    public void put(String documentId, Entry entry) {
        Objects.requireNonNull(documentId, "documentId");
        database.write("save the publication of document " + documentId, connection -> {
            if (entry.url() == null && entry.date() == null) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM document_publication WHERE document_id = ?")) {
                    delete.setString(1, documentId);
                    delete.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO document_publication (document_id, url, published_on) VALUES (?, ?, ?) "
                            + "ON CONFLICT (document_id) DO UPDATE SET url = excluded.url, "
                            + "published_on = excluded.published_on")) {
                upsert.setString(1, documentId);
                upsert.setString(2, entry.url());
                upsert.setString(3, entry.date() == null ? null : entry.date().toString());
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
