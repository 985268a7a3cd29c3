-- sitrep store, schema version 3: each document's original bytes, so a newer engine can process it again
-- (sitrep reprocess). Documents stored before version 3 have no row here.
CREATE TABLE document_originals (
    document_id TEXT PRIMARY KEY REFERENCES documents(id),
    bytes       BLOB NOT NULL
);
