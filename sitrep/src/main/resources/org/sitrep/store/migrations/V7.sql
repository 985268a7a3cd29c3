-- sitrep store, schema version 7: what a series counts, narrow. A series over a large store (events by day over ten
-- years, of a type, an actor with its units, a place or a circle) counted events by reading every matching row of
-- the events table, whose rows carry the event's JSON (about 2 KB): a million of them is seconds. event_facets keeps,
-- per dated event, only what a series filters on, in date order (a WITHOUT ROWID table keyed by the dates): the
-- type, the position, the search keys, the exact actor ids of every role (actor1, actor2, the associated actors;
-- one per line between newlines) and the gazetteer id of the place, both taken from the JSON. The store counts from
-- it per date span with GROUP BY (SqliteTallies). A row whose JSON does not parse has no ids. Kept up to date by
-- triggers, so every way an event is written, regraded, absorbed or removed keeps it right. Undated events are not in
-- it (the store reads those few from the events table).
CREATE TABLE event_facets (
    date_start     TEXT NOT NULL,
    date_end       TEXT NOT NULL,
    event_rowid    INTEGER NOT NULL,
    event_type     TEXT,
    sub_event_type TEXT,
    lat            REAL,
    lon            REAL,
    actor_ids      TEXT NOT NULL,
    actor_key      TEXT NOT NULL,
    place_id       TEXT,
    place_key      TEXT NOT NULL,
    PRIMARY KEY (date_start, date_end, event_rowid)
) WITHOUT ROWID;
INSERT INTO event_facets SELECT date_start, date_end, rowid, event_type, sub_event_type, lat, lon,
    coalesce((SELECT char(10) || group_concat(id, char(10)) || char(10) FROM (
        SELECT json_extract(value, '$.id') AS id FROM json_each(iif(json_valid(events.json), events.json, '{}'), '$.actor1')
        UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(events.json), events.json, '{}'), '$.actor2')
        UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(events.json), events.json, '{}'), '$.assoc_actor1')
        UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(events.json), events.json, '{}'), '$.assoc_actor2')) WHERE id IS NOT NULL),
        ''), actor_key, json_extract(iif(json_valid(json), json, '{}'), '$.location.gazetteer_id'),
        place_key
    FROM events WHERE date_start IS NOT NULL AND date_end IS NOT NULL;
CREATE TRIGGER events_facets_insert AFTER INSERT ON events
    WHEN NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL BEGIN
    INSERT INTO event_facets VALUES (NEW.date_start, NEW.date_end, NEW.rowid, NEW.event_type, NEW.sub_event_type,
        NEW.lat, NEW.lon, coalesce((SELECT char(10) || group_concat(id, char(10)) || char(10) FROM (
            SELECT json_extract(value, '$.id') AS id FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.actor1')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.actor2')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.assoc_actor1')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.assoc_actor2'))
            WHERE id IS NOT NULL), ''), NEW.actor_key, json_extract(iif(json_valid(NEW.json), NEW.json, '{}'), '$.location.gazetteer_id'),
        NEW.place_key); END;
CREATE TRIGGER events_facets_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_facets WHERE date_start = OLD.date_start AND date_end = OLD.date_end
        AND event_rowid = OLD.rowid; END;
CREATE TRIGGER events_facets_update AFTER UPDATE OF date_start, date_end, event_type, sub_event_type, lat, lon,
    actor_key, place_key, json ON events BEGIN
    -- (the statements of a trigger share lines: the migration runner splits at a semicolon that ends a line)
    DELETE FROM event_facets WHERE date_start = OLD.date_start AND date_end = OLD.date_end
        AND event_rowid = OLD.rowid; INSERT INTO event_facets SELECT NEW.date_start, NEW.date_end, NEW.rowid,
        NEW.event_type, NEW.sub_event_type, NEW.lat, NEW.lon, coalesce((SELECT char(10) || group_concat(id, char(10))
            || char(10) FROM (SELECT json_extract(value, '$.id') AS id FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.actor1')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.actor2')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.assoc_actor1')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.assoc_actor2'))
            WHERE id IS NOT NULL), ''), NEW.actor_key, json_extract(iif(json_valid(NEW.json), NEW.json, '{}'), '$.location.gazetteer_id'),
        NEW.place_key WHERE NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL; END;
-- the count observations of a series (a table of strikes per day): few among the reports, found without reading
-- the others
CREATE INDEX reports_counts ON reports (date_start, date_end) WHERE kind = 'count';
