-- sitrep store, schema version 1.
-- Each record is kept as the JSON the codec writes (org.sitrep.json), beside the columns the filters use.
-- No column holds a wall-clock time: ingesting the same inputs twice leaves identical content.

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    path         TEXT NOT NULL,
    outlet       TEXT,
    published    TEXT,
    -- how many reports and events were committed with the document, to check a file after a crash
    report_count INTEGER NOT NULL,
    event_count  INTEGER NOT NULL,
    json         TEXT NOT NULL
);

CREATE TABLE reports (
    id             TEXT PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES documents(id),
    ordinal        INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    event_id       TEXT,
    event_type     TEXT,
    sub_event_type TEXT,
    date_start     TEXT,
    date_end       TEXT,
    lat            REAL,
    lon            REAL,
    fatalities     INTEGER,
    -- lower-cased search keys, one entry per line
    actor_key      TEXT NOT NULL,
    place_key      TEXT NOT NULL,
    source_key     TEXT NOT NULL,
    json           TEXT NOT NULL,
    UNIQUE (document_id, ordinal)
);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    -- the document whose ingest last wrote the event
    document_id    TEXT NOT NULL REFERENCES documents(id),
    ordinal        INTEGER NOT NULL,
    event_type     TEXT,
    sub_event_type TEXT,
    date_start     TEXT,
    date_end       TEXT,
    lat            REAL,
    lon            REAL,
    fatalities     INTEGER,
    actor_key      TEXT NOT NULL,
    place_key      TEXT NOT NULL,
    source_key     TEXT NOT NULL,
    json           TEXT NOT NULL
);

CREATE INDEX reports_event ON reports (event_id);
CREATE INDEX reports_date ON reports (date_start, date_end);
CREATE INDEX reports_sub_type ON reports (sub_event_type);
CREATE INDEX reports_type ON reports (event_type);
CREATE INDEX reports_position ON reports (lat, lon);

CREATE INDEX events_document ON events (document_id, ordinal);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_sub_type ON events (sub_event_type);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_position ON events (lat, lon);
