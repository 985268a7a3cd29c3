-- sitrep store, schema version 6: an R*Tree of the events' days and positions, for events by box and time (the
-- map's and the API's query, and the analysis' events near a route or a place): SqliteEventBlocks reads it a
-- slice of days at a time, in date order, so the first page of a box costs the events of its first days, not of
-- every event in the box or the window. The tree's id is the event's rowid (a row is found again without an
-- index); days are epoch days. Only placed and dated events are in it: the others never match a box and a window.
-- Kept up to date by triggers, so every way an event is written, regraded, absorbed or removed keeps it right.
CREATE VIRTUAL TABLE event_blocks USING rtree(id, first_day, last_day, min_lat, max_lat, min_lon, max_lon,
    +event_id);
INSERT INTO event_blocks (id, first_day, last_day, min_lat, max_lat, min_lon, max_lon, event_id)
    SELECT rowid, julianday(date_start) - 2440587.5, julianday(date_end) - 2440587.5, lat, lat, lon, lon, id
    FROM events WHERE date_start IS NOT NULL AND date_end IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL;
CREATE TRIGGER events_block_insert AFTER INSERT ON events WHEN NEW.date_start IS NOT NULL
    AND NEW.date_end IS NOT NULL AND NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL BEGIN
    INSERT INTO event_blocks (id, first_day, last_day, min_lat, max_lat, min_lon, max_lon, event_id) VALUES
        (NEW.rowid, julianday(NEW.date_start) - 2440587.5, julianday(NEW.date_end) - 2440587.5, NEW.lat, NEW.lat,
        NEW.lon, NEW.lon, NEW.id); END;
CREATE TRIGGER events_block_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_blocks WHERE id = OLD.rowid; END;
CREATE TRIGGER events_block_update AFTER UPDATE OF id, date_start, date_end, lat, lon ON events BEGIN
    -- (the statements of a trigger share lines: the migration runner splits at a semicolon that ends a line)
    DELETE FROM event_blocks WHERE id = OLD.rowid; INSERT INTO event_blocks (id, first_day, last_day, min_lat,
        max_lat, min_lon, max_lon, event_id) SELECT NEW.rowid, julianday(NEW.date_start) - 2440587.5,
        julianday(NEW.date_end) - 2440587.5, NEW.lat, NEW.lat, NEW.lon, NEW.lon, NEW.id
        WHERE NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL AND NEW.lat IS NOT NULL
        AND NEW.lon IS NOT NULL; END;
