-- Version 4: where and when each article was published, for ClaimReview's appearance. Kept beside the document
-- (whose row never changes) and optional: an article pasted or imported from a file may never get one.
CREATE TABLE document_publication (
    document_id  TEXT PRIMARY KEY NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    url          TEXT,
    published_on TEXT CHECK (published_on IS NULL OR published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
