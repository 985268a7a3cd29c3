-- sitrep store on PostgreSQL + PostGIS, schema version 1: the same records as the embedded store's versions 1-3
-- (documents with their syndication, fingerprints and original bytes; reports; graded events; aliases), with
-- places as PostGIS points (SRID 4326, GiST-indexed) and dates as dates.
-- Each record is kept as the JSON the codec writes (org.sitrep.json), beside the columns the filters use.
-- Ids compare byte by byte (COLLATE "C"), as in the embedded store, so both list records in the same order.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE documents (
    id              TEXT COLLATE "C" PRIMARY KEY,
    -- commit order (writers commit one at a time, see PostgresStore#exclusively)
    seq             BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    path            TEXT NOT NULL,
    outlet          TEXT,
    published       DATE,
    report_count    INTEGER NOT NULL,
    event_count     INTEGER NOT NULL,
    json            TEXT NOT NULL,
    original_outlet TEXT,
    duplicate_of    TEXT COLLATE "C",
    -- MinHash fingerprint of the body text (opaque bytes; see org.sitrep.link.assess)
    fingerprint     BYTEA
);

CREATE TABLE document_originals (
    document_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id),
    bytes       BYTEA NOT NULL
);

CREATE TABLE fingerprint_bands (
    band        INTEGER NOT NULL,
    hash        BIGINT NOT NULL,
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, hash, document_id)
);

CREATE TABLE reports (
    id             TEXT COLLATE "C" PRIMARY KEY,
    document_id    TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    ordinal        INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    event_id       TEXT COLLATE "C",
    event_type     TEXT,
    sub_event_type TEXT,
    date_start     DATE,
    date_end       DATE,
    place          geometry(Point, 4326),
    fatalities     INTEGER,
    -- lower-cased search keys, one entry per line (org.sitrep.store.SearchKeys)
    actor_key      TEXT NOT NULL,
    place_key      TEXT NOT NULL,
    source_key     TEXT NOT NULL,
    json           TEXT NOT NULL,
    UNIQUE (document_id, ordinal)
);

CREATE TABLE events (
    id                  TEXT COLLATE "C" PRIMARY KEY,
    -- the document whose ingest last wrote the event
    document_id         TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    ordinal             INTEGER NOT NULL,
    event_type          TEXT,
    sub_event_type      TEXT,
    date_start          DATE,
    date_end            DATE,
    place               geometry(Point, 4326),
    fatalities          INTEGER,
    actor_key           TEXT NOT NULL,
    place_key           TEXT NOT NULL,
    source_key          TEXT NOT NULL,
    json                TEXT NOT NULL,
    -- grades and dispute, for the filters (the full assessment is in json)
    reliability         TEXT,
    credibility         INTEGER,
    contested           BOOLEAN NOT NULL DEFAULT FALSE,
    independent_sources INTEGER NOT NULL DEFAULT 0
);

-- an event absorbed into another keeps answering to its old id
CREATE TABLE event_aliases (
    old_id   TEXT COLLATE "C" PRIMARY KEY,
    event_id TEXT COLLATE "C" NOT NULL
);

CREATE INDEX reports_event ON reports (event_id);
CREATE INDEX reports_date ON reports (date_start, date_end);
CREATE INDEX reports_sub_type ON reports (sub_event_type);
CREATE INDEX reports_type ON reports (event_type);
CREATE INDEX reports_place ON reports USING GIST (place);
-- place and time together, for --near with --from/--to (PgQueries#select): one index scan instead of two
CREATE INDEX reports_place_when ON reports USING GIST (place, daterange(date_start, date_end, '[]'));

CREATE INDEX events_document ON events (document_id, ordinal);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_sub_type ON events (sub_event_type);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_place ON events USING GIST (place);
CREATE INDEX events_place_when ON events USING GIST (place, daterange(date_start, date_end, '[]'));
CREATE INDEX events_grade ON events (credibility, reliability);
CREATE INDEX event_aliases_target ON event_aliases (event_id);
