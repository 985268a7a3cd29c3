-- sitrep store, schema version 2: events link reports across documents, carry grades, and documents
-- remember whom they copy (syndication).

-- the outlet a page says it republishes, and an earlier stored document with near-identical text
ALTER TABLE documents ADD COLUMN original_outlet TEXT;
ALTER TABLE documents ADD COLUMN duplicate_of TEXT;
-- MinHash fingerprint of the body text (opaque bytes; see org.sitrep.link.assess)
ALTER TABLE documents ADD COLUMN fingerprint BLOB;

-- LSH bands of the fingerprints, so a near-duplicate is found without scanning every document
CREATE TABLE fingerprint_bands (
    band        INTEGER NOT NULL,
    hash        INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, hash, document_id)
) WITHOUT ROWID;

-- grades and dispute, for the filters (the full assessment is in events.json)
ALTER TABLE events ADD COLUMN reliability TEXT;
ALTER TABLE events ADD COLUMN credibility INTEGER;
ALTER TABLE events ADD COLUMN contested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN independent_sources INTEGER NOT NULL DEFAULT 0;

-- an event absorbed into another keeps answering to its old id
CREATE TABLE event_aliases (
    old_id   TEXT PRIMARY KEY,
    event_id TEXT NOT NULL
);

CREATE INDEX event_aliases_target ON event_aliases (event_id);
CREATE INDEX events_grade ON events (credibility, reliability);
