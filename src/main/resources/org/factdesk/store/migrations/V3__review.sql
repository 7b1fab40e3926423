-- Version 3: translation review. A translation may name the document it was translated from; the issues of its last
-- review are kept, so the claims panel and the report can flag the claims they touch ("translation risk") without
-- running the checks again; and an issue the user dismissed is remembered by document, check and span (a document's
-- text never changes, so the span stays valid) and never shown again.
CREATE TABLE translation_source (
    document_id        TEXT PRIMARY KEY NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    source_document_id TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE review_issue (
    document_id TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    check_id    TEXT NOT NULL,
    start_utf16 INTEGER NOT NULL,
    end_utf16   INTEGER NOT NULL,
    message     TEXT NOT NULL,
    suggestion  TEXT,
    severity    TEXT NOT NULL,
    PRIMARY KEY (document_id, start_utf16, end_utf16, check_id)
) WITHOUT ROWID;

CREATE TABLE dismissed_issue (
    document_id  TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    check_id     TEXT NOT NULL,
    start_utf16  INTEGER NOT NULL,
    end_utf16    INTEGER NOT NULL,
    author       TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (document_id, check_id, start_utf16, end_utf16)
) WITHOUT ROWID;
