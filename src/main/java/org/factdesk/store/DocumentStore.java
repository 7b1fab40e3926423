package org.factdesk.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.model.Document;
import org.factdesk.model.Language;
import org.factdesk.model.Paragraph;

/** The documents of a project: imported articles with their text and paragraphs. */
public final class DocumentStore {

    private static final String COLUMNS =
            "id, title, language, source, sha256, text, paragraphs, imported_at, previous_version_id";

    /** The JDBC index of the text in {@link #COLUMNS}. */
    private static final int TEXT = Details.indexOf(COLUMNS, "text");

    private final Database database;

    DocumentStore(Database database) {
        this.database = database;
    }

    /** Saves a new document. Fails if a document with its id exists. */
    public void insert(Document document) {
        Objects.requireNonNull(document, "document");
        database.write("save document " + Texts.shortId(document.id()), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO document (" + COLUMNS
                    + ", length_utf16) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, document.id());
                insert.setString(2, document.title());
                insert.setString(3, document.language().code());
                insert.setString(4, document.source());
                insert.setString(5, document.sha256());
                insert.setString(6, document.text());
                insert.setBytes(7, encode(document.paragraphs()));
                insert.setString(8, Rows.text(document.importedAt()));
                insert.setString(9, document.previousVersionId());
                insert.setInt(10, document.text().length());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The document with this id, with its text and paragraphs. */
    public Optional<Document> find(String id) {
        return database.read("read document " + Texts.shortId(id),
                connection -> findOne(connection, "WHERE id = ?", id));
    }

    /** A document imported from exactly these bytes (their hex SHA-256), the earliest if there are several. */
    public Optional<Document> findBySha256(String sha256) {
        return database.read("look up a document by its checksum",
                connection -> findOne(connection, "WHERE sha256 = ? ORDER BY imported_at, id LIMIT 1", sha256));
    }

    /** Every document, without its text, in import order. */
    public List<DocumentSummary> list() {
        return database.read("list the documents", connection -> {
            List<DocumentSummary> list = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, title, language, source, sha256, length_utf16, imported_at, previous_version_id, "
                            + "(SELECT count(*) FROM claim c WHERE c.document_id = d.id) AS claim_count, "
                            // SQLite's length() of text counts characters, i.e. code points, without the text
                            // ever crossing into Java; a paragraph is 12 bytes of the blob
                            + "length(text) AS code_points, length(paragraphs) / 12 AS paragraph_count "
                            + "FROM document d ORDER BY imported_at, id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString("id");
                    String owner = "document " + Texts.shortId(id);
                    list.add(new DocumentSummary(id, rows.getString("title"), language(rows, owner),
                            rows.getString("source"), rows.getString("sha256"), rows.getInt("length_utf16"),
                            Rows.instant(rows, "imported_at", owner), rows.getString("previous_version_id"),
                            rows.getInt("claim_count"), rows.getInt("code_points"), rows.getInt("paragraph_count")));
                }
            }
            return list;
        });
    }

    /** The ids of the documents whose id starts with the prefix, in order (a unique one identifies a document). */
    public List<String> idsStartingWith(String prefix) {
        return database.read("look up documents by id", connection -> IdPrefix.find(connection, "document", prefix));
    }

    /** Deletes a document with its claims and suggestions; returns whether it existed. */
    public boolean delete(String id) {
        return database.write("delete document " + Texts.shortId(id), connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM document WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static Optional<Document> findOne(Connection connection, String where, String value)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM document " + where)) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String id = rows.getString("id");
                String owner = "document " + Texts.shortId(id);
                return Optional.of(new Document(id, rows.getString("title"), language(rows, owner),
                        rows.getString("source"), rows.getString("sha256"), Rows.string(rows, TEXT),
                        decode(rows.getBytes("paragraphs"), owner), Rows.instant(rows, "imported_at", owner),
                        rows.getString("previous_version_id")));
            }
        }
    }

    private static Language language(ResultSet rows, String owner) throws SQLException {
        return Rows.enumValue(rows.getString("language"), Language::fromCode, "language", owner);
    }

    /** Three big-endian ints per paragraph: index, start, end (UTF-16). */
    static byte[] encode(List<Paragraph> paragraphs) {
        ByteBuffer buffer = ByteBuffer.allocate(paragraphs.size() * 3 * Integer.BYTES);
        for (Paragraph paragraph : paragraphs) {
            buffer.putInt(paragraph.index()).putInt(paragraph.start()).putInt(paragraph.end());
        }
        return buffer.array();
    }

    static List<Paragraph> decode(byte[] bytes, String owner) {
        if (bytes == null || bytes.length % (3 * Integer.BYTES) != 0) {
            throw new StoreException("The paragraphs of " + owner + " are damaged in the project file.");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        List<Paragraph> paragraphs = new ArrayList<>(bytes.length / (3 * Integer.BYTES));
        while (buffer.hasRemaining()) {
            paragraphs.add(new Paragraph(buffer.getInt(), buffer.getInt(), buffer.getInt()));
        }
        return paragraphs;
    }
}
