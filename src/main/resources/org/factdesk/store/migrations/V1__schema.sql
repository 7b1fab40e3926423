-- Factdesk project schema, version 1.
--
-- Conventions (every table):
--   * Offsets (*_utf16 columns, paragraph spans) are UTF-16 char indexes into document.text, end exclusive, exactly
--     as Java's String counts them. They become Unicode code points only at the program's edges (CLI, report JSON).
--   * Times are ISO-8601 UTC text as written by java.time.Instant.toString() ("2026-11-24T10:14:03.123Z"); dates
--     are ISO-8601 local dates ("2026-11-24").
--   * Enums are stored by their stable id() strings ("statement", "mostly-true", "at-least"), never by ordinal.
--   * Decimal values are the text of a java.math.BigDecimal (toString), so 1722217 and 0.5 come back exactly.
--   * Ids are random UUID strings.
-- This file is split into statements on ';' by the store itself: keep one statement per ';' and no triggers.

-- Key/value settings of the project: name, createdAt, organisation...
CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- An imported article. Its text never changes; a new version is a new row naming the old one.
-- paragraphs: a compact BLOB of big-endian 32-bit ints, three per paragraph (index, start, end in UTF-16 chars),
-- because a 5 MB article has some 20,000 paragraphs and they are always read together with the text.
CREATE TABLE document (
    id                  TEXT PRIMARY KEY NOT NULL,
    title               TEXT NOT NULL,
    language            TEXT NOT NULL,
    source              TEXT NOT NULL,
    sha256              TEXT NOT NULL,
    text                TEXT NOT NULL,
    length_utf16        INTEGER NOT NULL,
    paragraphs          BLOB NOT NULL,
    imported_at         TEXT NOT NULL,
    previous_version_id TEXT REFERENCES document (id) ON DELETE SET NULL
);
CREATE INDEX document_sha256 ON document (sha256);
CREATE INDEX document_previous_version ON document (previous_version_id);

-- A claim on a span of a document. Kind-specific columns are NULL for other kinds; has_details says whether the
-- kind's details record (attribution, figure or issue) is present at all.
-- id is the claim's identity everywhere outside this file. seq is internal: tags and evidence hang on it, because
-- children keyed by an increasing integer are appended to their B-trees, where keys by random UUID land anywhere
-- (with 100,000 claims that made inserting the tags as slow as inserting the claims).
CREATE TABLE claim (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    document_id     TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    start_utf16     INTEGER NOT NULL,
    end_utf16       INTEGER NOT NULL,
    exact           TEXT NOT NULL,
    prefix          TEXT NOT NULL,
    suffix          TEXT NOT NULL,
    verdict         TEXT NOT NULL,
    note            TEXT NOT NULL,
    author          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    origin          TEXT NOT NULL,
    has_details     INTEGER NOT NULL,
    -- attribution
    speaker         TEXT,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    role            TEXT,
    cue             TEXT,
    direct          INTEGER,
    statement_id    TEXT,
    -- figure
    figure_value    TEXT,
    figure_unit     TEXT,
    figure_type     TEXT,
    qualifier       TEXT,
    period          TEXT,
    normalized      TEXT,
    -- translation issue
    check_id        TEXT,
    message         TEXT,
    suggestion      TEXT,
    severity        TEXT
);
-- Document order; id last so that streaming claims, tags and evidence share one order (see ClaimStore.forEach).
CREATE INDEX claim_document_span ON claim (document_id, start_utf16, end_utf16, id);

CREATE TABLE claim_tag (
    claim_seq INTEGER NOT NULL REFERENCES claim (seq) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    tag       TEXT NOT NULL,
    PRIMARY KEY (claim_seq, position)
) WITHOUT ROWID;

CREATE TABLE evidence (
    claim_seq    INTEGER NOT NULL REFERENCES claim (seq) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    url          TEXT NOT NULL,
    title        TEXT,
    accessed     TEXT,
    archived_url TEXT,
    note         TEXT,
    PRIMARY KEY (claim_seq, position)
) WITHOUT ROWID;

-- A claim proposed by the analyser. The unique span index remembers every span ever proposed, so a rejected one is
-- never proposed again. claim_id names the claim made on acceptance (no foreign key: undo may remove and restore it).
CREATE TABLE suggestion (
    id            TEXT PRIMARY KEY NOT NULL,
    document_id   TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    start_utf16   INTEGER NOT NULL,
    end_utf16     INTEGER NOT NULL,
    exact         TEXT NOT NULL,
    prefix        TEXT NOT NULL,
    suffix        TEXT NOT NULL,
    state         TEXT NOT NULL,
    claim_id      TEXT,
    score         REAL,
    has_details   INTEGER NOT NULL, -- bits: 1 = attribution columns present, 2 = figure columns present
    -- attribution
    speaker       TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    role          TEXT,
    cue           TEXT,
    direct        INTEGER,
    statement_id  TEXT,
    -- figure
    figure_value  TEXT,
    figure_unit   TEXT,
    figure_type   TEXT,
    qualifier     TEXT,
    period        TEXT,
    normalized    TEXT
);
CREATE UNIQUE INDEX suggestion_span ON suggestion (document_id, kind, start_utf16, end_utf16);

-- Every change, in order. before/after are JSON snapshots written by the service; the store never parses them.
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    action_id TEXT NOT NULL,
    at        TEXT NOT NULL,
    author    TEXT,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    before    TEXT,
    after     TEXT
);
CREATE INDEX audit_action ON audit (action_id);
