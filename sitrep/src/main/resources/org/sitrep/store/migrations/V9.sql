-- sitrep store, schema version 9: the facets' actor ids and gazetteer id written by the store, not read back from
-- the JSON. Every event write (about seventeen per ingested conflict-dense document, most of them rewrites of events
-- whose JSON grows with their reports) made the facets' triggers parse the row's JSON five times (json_valid and one
-- json_each per role) for two values the writer already has; that was a tenth of a commit. The events table gets the
-- two values as columns, which the writer fills (actor_ids: the distinct ids of every role, one per line between
-- newlines, '' for none; place_id: the place's gazetteer id) and the triggers copy. A row whose actor_ids is NULL was
-- written before this version: its facets row is already right, and if it is ever written again without the columns
-- the triggers read its JSON as before. Nothing is rewritten, so the migration takes the same few milliseconds on a
-- file of any size (ADD COLUMN and the triggers change only the schema).
ALTER TABLE events ADD COLUMN actor_ids TEXT;
ALTER TABLE events ADD COLUMN place_id TEXT;
DROP TRIGGER events_facets_insert;
DROP TRIGGER events_facets_update;
CREATE TRIGGER events_facets_insert AFTER INSERT ON events
    WHEN NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL AND NEW.actor_ids IS NOT NULL BEGIN
    INSERT INTO event_facets VALUES (NEW.date_start, NEW.date_end, NEW.rowid, NEW.event_type, NEW.sub_event_type,
        NEW.lat, NEW.lon, NEW.actor_ids, NEW.actor_key, NEW.place_id, NEW.place_key); END;
CREATE TRIGGER events_facets_insert_json AFTER INSERT ON events
    WHEN NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL AND NEW.actor_ids IS NULL BEGIN
    INSERT INTO event_facets VALUES (NEW.date_start, NEW.date_end, NEW.rowid, NEW.event_type, NEW.sub_event_type,
        NEW.lat, NEW.lon, coalesce((SELECT char(10) || group_concat(id, char(10)) || char(10) FROM (
            SELECT json_extract(value, '$.id') AS id FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.actor1')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.actor2')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.assoc_actor1')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.assoc_actor2'))
            WHERE id IS NOT NULL), ''), NEW.actor_key, json_extract(iif(json_valid(NEW.json), NEW.json, '{}'), '$.location.gazetteer_id'),
        NEW.place_key); END;
CREATE TRIGGER events_facets_update AFTER UPDATE OF date_start, date_end, event_type, sub_event_type, lat, lon,
    actor_key, place_key, actor_ids, place_id ON events WHEN NEW.actor_ids IS NOT NULL
    AND (OLD.date_start IS NOT NEW.date_start OR OLD.date_end IS NOT NEW.date_end
        OR OLD.event_type IS NOT NEW.event_type OR OLD.sub_event_type IS NOT NEW.sub_event_type
        OR OLD.lat IS NOT NEW.lat OR OLD.lon IS NOT NEW.lon OR OLD.actor_key IS NOT NEW.actor_key
        OR OLD.place_key IS NOT NEW.place_key OR OLD.actor_ids IS NOT NEW.actor_ids
        OR OLD.place_id IS NOT NEW.place_id) BEGIN
    -- (the statements of a trigger share lines: the migration runner splits at a semicolon that ends a line)
    DELETE FROM event_facets WHERE date_start = OLD.date_start AND date_end = OLD.date_end
        AND event_rowid = OLD.rowid; INSERT INTO event_facets SELECT NEW.date_start, NEW.date_end, NEW.rowid,
        NEW.event_type, NEW.sub_event_type, NEW.lat, NEW.lon, NEW.actor_ids, NEW.actor_key, NEW.place_id,
        NEW.place_key WHERE NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL; END;
CREATE TRIGGER events_facets_update_json AFTER UPDATE OF date_start, date_end, event_type, sub_event_type, lat, lon,
    actor_key, place_key, json, actor_ids, place_id ON events WHEN NEW.actor_ids IS NULL BEGIN
    -- (at most one of the two update triggers runs for a row: each removes the old facets row and writes the new)
    DELETE FROM event_facets WHERE date_start = OLD.date_start AND date_end = OLD.date_end
        AND event_rowid = OLD.rowid; INSERT INTO event_facets SELECT NEW.date_start, NEW.date_end, NEW.rowid,
        NEW.event_type, NEW.sub_event_type, NEW.lat, NEW.lon, coalesce((SELECT char(10) || group_concat(id, char(10))
            || char(10) FROM (SELECT json_extract(value, '$.id') AS id FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.actor1')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.actor2')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.assoc_actor1')
            UNION SELECT json_extract(value, '$.id') FROM json_each(iif(json_valid(NEW.json), NEW.json, '{}'), '$.assoc_actor2'))
            WHERE id IS NOT NULL), ''), NEW.actor_key, json_extract(iif(json_valid(NEW.json), NEW.json, '{}'), '$.location.gazetteer_id'),
        NEW.place_key WHERE NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL; END;
-- An event rewritten with the same days and position (most rewrites: a new report joins it) kept its R*Tree entry
-- deleted and inserted again; now the entry is rewritten only when what it holds changed. Likewise the facets row
-- above is rewritten only when one of its values changed (the JSON is no longer one of them).
DROP TRIGGER events_block_update;
CREATE TRIGGER events_block_update AFTER UPDATE OF id, date_start, date_end, lat, lon ON events
    WHEN OLD.id IS NOT NEW.id OR OLD.date_start IS NOT NEW.date_start OR OLD.date_end IS NOT NEW.date_end
        OR OLD.lat IS NOT NEW.lat OR OLD.lon IS NOT NEW.lon BEGIN
    -- (the statements of a trigger share lines: the migration runner splits at a semicolon that ends a line)
    DELETE FROM event_blocks WHERE id = OLD.rowid; INSERT INTO event_blocks (id, first_day, last_day, min_lat,
        max_lat, min_lon, max_lon, event_id) SELECT NEW.rowid, julianday(NEW.date_start) - 2440587.5,
        julianday(NEW.date_end) - 2440587.5, NEW.lat, NEW.lat, NEW.lon, NEW.lon, NEW.id
        WHERE NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL AND NEW.lat IS NOT NULL
        AND NEW.lon IS NOT NULL; END;
