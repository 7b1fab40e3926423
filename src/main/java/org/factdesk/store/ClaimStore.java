package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Origin;
import org.factdesk.model.Severity;
import org.factdesk.model.Target;
import org.factdesk.model.TranslationIssue;
import org.factdesk.model.Verdict;

/** The claims of a project, with their tags and evidence, in document order. */
public final class ClaimStore {

    /** Every claim column but id, in binding order; id is bound last. */
    private static final String COLUMNS = "document_id, kind, start_utf16, end_utf16, exact, prefix, suffix, "
            + "verdict, note, author, created_at, updated_at, origin, has_details, " + Details.COLUMNS
            + ", check_id, message, suggestion, severity";
    private static final int COLUMN_COUNT = 14 + Details.COUNT + 4;
    private static final String INSERT = "INSERT INTO claim (" + COLUMNS + ", id) VALUES ("
            + "?, ".repeat(COLUMN_COUNT) + "?)";
    private static final String UPDATE = "UPDATE claim SET (" + COLUMNS + ") = ("
            + "?, ".repeat(COLUMN_COUNT - 1) + "?) WHERE id = ?";
    private static final String INSERT_TAG = "INSERT INTO claim_tag (claim_id, position, tag) VALUES (?, ?, ?)";
    private static final String INSERT_EVIDENCE = "INSERT INTO evidence (claim_id, position, url, title, accessed, "
            + "archived_url, note) VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** Document order; the same in the three merged cursors of {@link #forEach}, hence the id as tie-breaker. */
    private static final String ORDER = " ORDER BY c.start_utf16, c.end_utf16, c.id";
    private static final int BATCH = 1000;

    private final Database database;

    ClaimStore(Database database) {
        this.database = database;
    }

    /** Saves a new claim with its tags and evidence. Fails if its document is missing or its id is taken. */
    public void insert(Claim claim) {
        Objects.requireNonNull(claim, "claim");
        database.write("save claim " + Texts.shortId(claim.id()), connection -> {
            try (Inserter inserter = new Inserter(connection)) {
                inserter.add(claim);
            }
            return null;
        });
    }

    /**
     * Saves many new claims in one transaction (or in the caller's), with batched prepared statements. Either all
     * are saved or none.
     */
    public void insertAll(Iterable<Claim> claims) {
        Objects.requireNonNull(claims, "claims");
        database.write("save the claims", connection -> {
            try (Inserter inserter = new Inserter(connection)) {
                for (Claim claim : claims) {
                    inserter.add(claim);
                }
            }
            return null;
        });
    }

    /** Replaces every field of a stored claim, including its tags and evidence. Fails if it is not stored. */
    public void update(Claim claim) {
        Objects.requireNonNull(claim, "claim");
        String what = "update claim " + Texts.shortId(claim.id());
        database.write(what, connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                bind(update, claim);
                if (update.executeUpdate() == 0) {
                    throw new StoreException("Unable to " + what + " in " + database.file()
                            + ": it is not in the project (it may have been deleted).");
                }
            }
            deleteChildren(connection, claim.id());
            try (Inserter inserter = new Inserter(connection)) {
                inserter.addChildren(claim);
            }
            return null;
        });
    }

    /** Deletes a claim with its tags and evidence; returns whether it existed. */
    public boolean delete(String id) {
        return database.write("delete claim " + Texts.shortId(id), connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM claim WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** The claim with this id. */
    public Optional<Claim> find(String id) {
        return database.read("read claim " + Texts.shortId(id), connection -> {
            List<Claim> found = new ArrayList<>(1);
            stream(connection, "c.id = ?", id, found::add);
            return found.isEmpty() ? Optional.<Claim>empty() : Optional.of(found.get(0));
        });
    }

    /** The claims of a document in document order (start, end, then id). */
    public List<Claim> listByDocument(String documentId) {
        List<Claim> claims = new ArrayList<>();
        forEach(documentId, claims::add);
        return claims;
    }

    /**
     * Hands each claim of a document to the sink in document order (start, end, then id), reading as it goes: memory
     * does not grow with the number of claims. Claims, tags and evidence are three cursors in the same order, merged.
     * The sink must not change the project.
     */
    public void forEach(String documentId, Consumer<Claim> sink) {
        Objects.requireNonNull(sink, "sink");
        database.read("read the claims of document " + Texts.shortId(documentId), connection -> {
            stream(connection, "c.document_id = ?", documentId, sink);
            return null;
        });
    }

    /** How many claims there are of each kind (every kind present, zero if none), in a document or in all. */
    public Map<ClaimKind, Integer> countByKind(String documentIdOrNullForAll) {
        return database.read("count the claims", connection -> {
            Map<ClaimKind, Integer> counts = new EnumMap<>(ClaimKind.class);
            for (ClaimKind kind : ClaimKind.values()) {
                counts.put(kind, 0);
            }
            String sql = "SELECT kind, count(*) FROM claim"
                    + (documentIdOrNullForAll == null ? "" : " WHERE document_id = ?") + " GROUP BY kind";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (documentIdOrNullForAll != null) {
                    select.setString(1, documentIdOrNullForAll);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ClaimKind kind = Rows.enumValue(rows.getString(1), ClaimKind::fromId, "claim kind",
                                "project");
                        counts.put(kind, rows.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    /** How many claims the project holds. */
    public int count() {
        return database.read("count the claims", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM claim");
                    ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /** Every tag used on a claim, once, sorted. */
    public List<String> distinctTags() {
        return database.read("list the tags", connection -> {
            List<String> tags = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT tag FROM claim_tag ORDER BY tag");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
            return tags;
        });
    }

    /** The ids of the claims whose id starts with the prefix, in order (a unique one identifies a claim). */
    public List<String> idsStartingWith(String prefix) {
        return database.read("look up claims by id", connection -> IdPrefix.find(connection, "claim", prefix));
    }

    private static void deleteChildren(Connection connection, String claimId) throws SQLException {
        for (String table : new String[] {"claim_tag", "evidence"}) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE claim_id = ?")) {
                delete.setString(1, claimId);
                delete.executeUpdate();
            }
        }
    }

    /** Binds every column, id last, as INSERT and UPDATE expect. */
    private static void bind(PreparedStatement statement, Claim claim) throws SQLException {
        Target target = claim.target();
        int i = 1;
        statement.setString(i++, claim.documentId());
        statement.setString(i++, claim.kind().id());
        statement.setInt(i++, target.start());
        statement.setInt(i++, target.end());
        statement.setString(i++, target.exact());
        statement.setString(i++, target.prefix());
        statement.setString(i++, target.suffix());
        statement.setString(i++, claim.verdict().id());
        statement.setString(i++, claim.note());
        statement.setString(i++, claim.author());
        statement.setString(i++, Rows.text(claim.createdAt()));
        statement.setString(i++, Rows.text(claim.updatedAt()));
        statement.setString(i++, claim.origin().id());
        boolean hasDetails = claim.attribution() != null || claim.figure() != null || claim.issue() != null;
        statement.setInt(i++, hasDetails ? 1 : 0);
        Details.bind(statement, i, claim.attribution(), claim.figure());
        i += Details.COUNT;
        TranslationIssue issue = claim.issue();
        statement.setString(i++, issue == null ? null : issue.check());
        statement.setString(i++, issue == null ? null : issue.message());
        statement.setString(i++, issue == null ? null : issue.suggestion());
        statement.setString(i++, issue == null || issue.severity() == null ? null : issue.severity().id());
        statement.setString(i, claim.id());
    }

    /** Reads claims matching the condition in document order, merging the tag and evidence cursors. */
    private static void stream(Connection connection, String condition, String value, Consumer<Claim> sink)
            throws SQLException {
        String from = " FROM claim c JOIN %s x ON x.claim_id = c.id WHERE " + condition + ORDER + ", x.position";
        try (PreparedStatement claims = connection.prepareStatement(
                "SELECT c.id, " + COLUMNS + " FROM claim c WHERE " + condition + ORDER);
                PreparedStatement tags = connection.prepareStatement(
                        "SELECT x.claim_id, x.tag" + String.format(from, "claim_tag"));
                PreparedStatement evidence = connection.prepareStatement(
                        "SELECT x.claim_id, x.url, x.title, x.accessed, x.archived_url, x.note"
                                + String.format(from, "evidence"))) {
            claims.setString(1, value);
            tags.setString(1, value);
            evidence.setString(1, value);
            try (ResultSet claimRows = claims.executeQuery();
                    ResultSet tagRows = tags.executeQuery();
                    ResultSet evidenceRows = evidence.executeQuery()) {
                boolean moreTags = tagRows.next();
                boolean moreEvidence = evidenceRows.next();
                while (claimRows.next()) {
                    String id = claimRows.getString("id");
                    List<String> claimTags = new ArrayList<>();
                    while (moreTags && id.equals(tagRows.getString(1))) {
                        claimTags.add(tagRows.getString(2));
                        moreTags = tagRows.next();
                    }
                    List<Evidence> claimEvidence = new ArrayList<>();
                    while (moreEvidence && id.equals(evidenceRows.getString(1))) {
                        claimEvidence.add(new Evidence(evidenceRows.getString(2), evidenceRows.getString(3),
                                Rows.date(evidenceRows.getString(4), "evidence of claim " + Texts.shortId(id)),
                                evidenceRows.getString(5), evidenceRows.getString(6)));
                        moreEvidence = evidenceRows.next();
                    }
                    sink.accept(claim(claimRows, id, claimTags, claimEvidence));
                }
            }
        }
    }

    private static Claim claim(ResultSet rows, String id, List<String> tags, List<Evidence> evidence)
            throws SQLException {
        String owner = "claim " + Texts.shortId(id);
        ClaimKind kind = Rows.enumValue(rows.getString("kind"), ClaimKind::fromId, "kind", owner);
        boolean hasDetails = rows.getInt("has_details") != 0;
        Target target = new Target(rows.getInt("start_utf16"), rows.getInt("end_utf16"), rows.getString("exact"),
                rows.getString("prefix"), rows.getString("suffix"));
        return new Claim(id, rows.getString("document_id"), kind, target,
                Rows.enumValue(rows.getString("verdict"), Verdict::fromId, "verdict", owner),
                rows.getString("note"), tags, evidence, rows.getString("author"),
                Rows.instant(rows, "created_at", owner), Rows.instant(rows, "updated_at", owner),
                Rows.enumValue(rows.getString("origin"), Origin::fromId, "origin", owner),
                hasDetails && kind == ClaimKind.ATTRIBUTION ? Details.attribution(rows) : null,
                hasDetails && kind == ClaimKind.FIGURE ? Details.figure(rows, owner) : null,
                hasDetails && kind == ClaimKind.TRANSLATION_ISSUE
                        ? new TranslationIssue(rows.getString("check_id"), rows.getString("message"),
                                rows.getString("suggestion"),
                                Rows.enumValue(rows.getString("severity"), Severity::fromId, "severity", owner))
                        : null);
    }

    /** Reused prepared statements that add claims, tags and evidence in batches. */
    private static final class Inserter implements AutoCloseable {

        private final PreparedStatement claims;
        private final PreparedStatement tags;
        private final PreparedStatement evidence;
        private int pending;

        Inserter(Connection connection) throws SQLException {
            claims = connection.prepareStatement(INSERT);
            tags = connection.prepareStatement(INSERT_TAG);
            evidence = connection.prepareStatement(INSERT_EVIDENCE);
        }

        void add(Claim claim) throws SQLException {
            bind(claims, claim);
            claims.addBatch();
            pending++;
            addChildren(claim);
        }

        void addChildren(Claim claim) throws SQLException {
            int position = 0;
            for (String tag : claim.tags()) {
                tags.setString(1, claim.id());
                tags.setInt(2, position++);
                tags.setString(3, tag);
                tags.addBatch();
                pending++;
            }
            position = 0;
            for (Evidence item : claim.evidence()) {
                evidence.setString(1, claim.id());
                evidence.setInt(2, position++);
                evidence.setString(3, item.url());
                evidence.setString(4, item.title());
                evidence.setString(5, item.accessed() == null ? null : item.accessed().toString());
                evidence.setString(6, item.archivedUrl());
                evidence.setString(7, item.note());
                evidence.addBatch();
                pending++;
            }
            if (pending >= BATCH) {
                flush();
            }
        }

        /** Claims first: their tags and evidence refer to them. */
        void flush() throws SQLException {
            claims.executeBatch();
            tags.executeBatch();
            evidence.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                try (claims; tags; evidence) {
                    // closes all three even if one fails
                }
            }
        }
    }
}
