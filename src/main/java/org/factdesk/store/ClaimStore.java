package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.Origin;
import org.factdesk.model.Severity;
import org.factdesk.model.Target;
import org.factdesk.model.TranslationIssue;
import org.factdesk.model.Verdict;

/** The claims of a project, with their tags and evidence, in document order. */
public final class ClaimStore {

    /** Every claim column but the id and the internal seq (see the schema), in the order of {@link #values}. */
    private static final String COLUMNS = "document_id, kind, start_utf16, end_utf16, exact, prefix, suffix, "
            + "verdict, note, author, created_at, updated_at, origin, has_details, " + Details.COLUMNS
            + ", check_id, message, suggestion, severity";
    private static final int COLUMN_COUNT = 14 + Details.COUNT + 4;
    /** What {@link #stream} selects, and the JDBC indexes of its columns (read by index: by name costs more). */
    private static final String SELECTED = "seq, id, " + COLUMNS;
    private static final int DOCUMENT_ID = Details.indexOf(SELECTED, "document_id");
    private static final int KIND = Details.indexOf(SELECTED, "kind");
    /** start_utf16, end_utf16, exact, prefix, suffix. */
    private static final int START = Details.indexOf(SELECTED, "start_utf16");
    /** verdict, note, author, created_at, updated_at, origin. */
    private static final int VERDICT = Details.indexOf(SELECTED, "verdict");
    private static final int HAS_DETAILS = Details.indexOf(SELECTED, "has_details");
    private static final int DETAILS = Details.indexOf(SELECTED, "speaker");
    /** check_id, message, suggestion, severity. */
    private static final int ISSUE = Details.indexOf(SELECTED, "check_id");
    private static final String UPDATE = "UPDATE claim SET (id, " + COLUMNS + ") = ("
            + "?, ".repeat(COLUMN_COUNT) + "?) WHERE seq = ?";
    /** Document order; the same in the three merged cursors of {@link #forEach}, hence the id as tie-breaker. */
    private static final String ORDER = " ORDER BY c.start_utf16, c.end_utf16, c.id";

    /** The enums by stored id: their {@code fromId} scan a copy of {@code values()}, once per claim read. */
    private static final Map<String, ClaimKind> KINDS = byId(ClaimKind.values(), ClaimKind::id);
    private static final Map<String, Verdict> VERDICTS = byId(Verdict.values(), Verdict::id);
    private static final Map<String, Origin> ORIGINS = byId(Origin.values(), Origin::id);

    private final Database database;

    private static <E> Map<String, E> byId(E[] values, Function<E, String> id) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(id.apply(value), value);
        }
        return Map.copyOf(map);
    }

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
     * Saves many new claims in one transaction (or in the caller's), with multi-row INSERT statements of a few dozen
     * claims each. Either all are saved or none.
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
            long seq = seqOf(connection, claim.id());
            if (seq < 0) {
                throw new StoreException("Unable to " + what + " in " + database.file()
                        + ": it is not in the project (it may have been deleted).");
            }
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                Object[] values = values(claim, seq);
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.executeUpdate();
            }
            deleteChildren(connection, seq);
            try (Inserter inserter = new Inserter(connection)) {
                inserter.addChildren(claim, seq);
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
            stream(connection, "c.id = ?", id, null, found::add);
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
            stream(connection, "c.document_id = ?", documentId, documentId, sink);
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

    /** The internal sequence number of a claim, or -1. */
    private static long seqOf(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq FROM claim WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    private static void deleteChildren(Connection connection, long seq) throws SQLException {
        for (String table : new String[] {"claim_tag", "evidence"}) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE claim_seq = ?")) {
                delete.setLong(1, seq);
                delete.executeUpdate();
            }
        }
    }

    /** The id, every column value in the order of {@link #COLUMNS}, then the seq, as INSERT and UPDATE expect. */
    private static Object[] values(Claim claim, long seq) {
        Target target = claim.target();
        Attribution a = claim.attribution();
        Figure f = claim.figure();
        TranslationIssue issue = claim.issue();
        boolean hasDetails = a != null || f != null || issue != null;
        return new Object[] {
            claim.id(), claim.documentId(), claim.kind().id(), target.start(), target.end(), target.exact(),
            target.prefix(), target.suffix(), claim.verdict().id(), claim.note(), claim.author(),
            Rows.text(claim.createdAt()), Rows.text(claim.updatedAt()), claim.origin().id(), hasDetails ? 1 : 0,
            a == null ? null : a.speaker(), a == null ? null : a.speakerStart(), a == null ? null : a.speakerEnd(),
            a == null ? null : a.role(), a == null ? null : a.cue(), a == null ? null : (a.direct() ? 1 : 0),
            a == null ? null : a.statementId(),
            f == null || f.value() == null ? null : f.value().toString(), f == null ? null : f.unit(),
            f == null || f.type() == null ? null : f.type().id(),
            f == null || f.qualifier() == null ? null : f.qualifier().id(), f == null ? null : f.period(),
            f == null ? null : f.normalized(),
            issue == null ? null : issue.check(), issue == null ? null : issue.message(),
            issue == null ? null : issue.suggestion(),
            issue == null || issue.severity() == null ? null : issue.severity().id(),
            seq};
    }

    /**
     * Reads claims matching the condition in document order, merging the tag and evidence cursors. {@code documentId}
     * is the document of every claim read, when the condition says so, and then not read for each claim.
     */
    private static void stream(Connection connection, String condition, String value, String documentId,
            Consumer<Claim> sink) throws SQLException {
        String from = " FROM claim c JOIN %s x ON x.claim_seq = c.seq WHERE " + condition + ORDER + ", x.position";
        try (PreparedStatement claims = connection.prepareStatement(
                "SELECT " + SELECTED + " FROM claim c WHERE " + condition + ORDER);
                PreparedStatement tags = connection.prepareStatement(
                        "SELECT x.claim_seq, x.tag" + String.format(from, "claim_tag"));
                PreparedStatement evidence = connection.prepareStatement(
                        "SELECT x.claim_seq, x.url, x.title, x.accessed, x.archived_url, x.note"
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
                    long seq = claimRows.getLong(1);
                    String id = Rows.string(claimRows, 2);
                    List<String> claimTags = List.of();
                    while (moreTags && seq == tagRows.getLong(1)) {
                        if (claimTags.isEmpty()) {
                            claimTags = new ArrayList<>(2);
                        }
                        claimTags.add(Rows.string(tagRows, 2));
                        moreTags = tagRows.next();
                    }
                    List<Evidence> claimEvidence = List.of();
                    while (moreEvidence && seq == evidenceRows.getLong(1)) {
                        if (claimEvidence.isEmpty()) {
                            claimEvidence = new ArrayList<>(2);
                        }
                        claimEvidence.add(new Evidence(Rows.string(evidenceRows, 2), Rows.string(evidenceRows, 3),
                                Rows.date(Rows.string(evidenceRows, 4), "evidence of claim " + Texts.shortId(id)),
                                Rows.string(evidenceRows, 5), Rows.string(evidenceRows, 6)));
                        moreEvidence = evidenceRows.next();
                    }
                    sink.accept(claim(claimRows, id, documentId, claimTags, claimEvidence));
                }
            }
        }
    }

    private static Claim claim(ResultSet rows, String id, String documentId, List<String> tags,
            List<Evidence> evidence) throws SQLException {
        ClaimKind kind = KINDS.get(Rows.string(rows, KIND));
        Verdict verdict = VERDICTS.get(Rows.string(rows, VERDICT));
        Origin origin = ORIGINS.get(Rows.string(rows, VERDICT + 5));
        if (kind == null || verdict == null || origin == null) {
            // The message names the first unknown id; the owner text is only built on this path.
            String owner = "claim " + Texts.shortId(id);
            Rows.enumValue(Rows.string(rows, KIND), ClaimKind::fromId, "kind", owner);
            Rows.enumValue(Rows.string(rows, VERDICT), Verdict::fromId, "verdict", owner);
            Rows.enumValue(Rows.string(rows, VERDICT + 5), Origin::fromId, "origin", owner);
        }
        Target target = new Target(rows.getInt(START), rows.getInt(START + 1), Rows.string(rows, START + 2),
                Rows.string(rows, START + 3), Rows.string(rows, START + 4));
        String note = Rows.string(rows, VERDICT + 1);
        String author = Rows.string(rows, VERDICT + 2);
        Instant createdAt = Rows.instant(Rows.string(rows, VERDICT + 3), () -> "claim " + Texts.shortId(id));
        Instant updatedAt = Rows.instant(Rows.string(rows, VERDICT + 4), () -> "claim " + Texts.shortId(id));
        // The details columns are NULL unless has_details says otherwise: not read (one JNI call each) when absent.
        boolean hasDetails = rows.getInt(HAS_DETAILS) != 0;
        String owner = hasDetails ? "claim " + Texts.shortId(id) : null;
        return new Claim(id, documentId != null ? documentId : Rows.string(rows, DOCUMENT_ID), kind, target,
                verdict, note, tags, evidence, author, createdAt, updatedAt, origin,
                hasDetails && kind == ClaimKind.ATTRIBUTION ? Details.attribution(rows, DETAILS) : null,
                hasDetails && kind == ClaimKind.FIGURE ? Details.figure(rows, DETAILS, owner) : null,
                hasDetails && kind == ClaimKind.TRANSLATION_ISSUE
                        ? new TranslationIssue(rows.getString(ISSUE), rows.getString(ISSUE + 1),
                                rows.getString(ISSUE + 2),
                                Rows.enumValue(rows.getString(ISSUE + 3), Severity::fromId, "severity", owner))
                        : null);
    }

    /** Buffers claims, tags and evidence and inserts them a chunk of rows per statement, claims first. */
    private static final class Inserter implements AutoCloseable {

        private final MultiRowInsert claims;
        private final MultiRowInsert tags;
        private final MultiRowInsert evidence;

        /** The next free seq; safe because the write transaction keeps everybody else out. */
        private long nextSeq;

        Inserter(Connection connection) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM claim");
                    ResultSet rows = select.executeQuery()) {
                nextSeq = (rows.next() ? rows.getLong(1) : 0) + 1;
            }
            claims = new MultiRowInsert(connection, "INSERT INTO claim (id, " + COLUMNS + ", seq) VALUES ",
                    COLUMN_COUNT + 2, 64);
            tags = new MultiRowInsert(connection, "INSERT INTO claim_tag (claim_seq, position, tag) VALUES ", 3, 256);
            evidence = new MultiRowInsert(connection, "INSERT INTO evidence (claim_seq, position, url, title, "
                    + "accessed, archived_url, note) VALUES ", 7, 128);
        }

        void add(Claim claim) throws SQLException {
            long seq = nextSeq++;
            claims.add(values(claim, seq));
            addChildren(claim, seq);
        }

        void addChildren(Claim claim, long seq) throws SQLException {
            int position = 0;
            for (String tag : claim.tags()) {
                tags.add(seq, position++, tag);
            }
            position = 0;
            for (Evidence item : claim.evidence()) {
                evidence.add(seq, position++, item.url(), item.title(),
                        item.accessed() == null ? null : item.accessed().toString(), item.archivedUrl(),
                        item.note());
            }
            if (claims.isFull()) {
                // Every claim buffered so far is now in the table, so their tags and evidence can follow.
                claims.flush();
                tags.flushFullChunks();
                evidence.flushFullChunks();
            }
        }

        /** Claims first: their tags and evidence refer to them. */
        void flush() throws SQLException {
            claims.flush();
            tags.flush();
            evidence.flush();
        }

        @Override
        public void close() throws SQLException {
            try (claims; tags; evidence) {
                flush();
            }
        }
    }
}
