-- sitrep store, schema version 4: an R*Tree of the reports' days and positions, for the linker's candidate
-- look-up (a time window and a box around a place): it reads the reports inside both instead of every report of a
-- latitude band or of the whole store. Days are epoch days; an unplaced report spans the globe (a placed look-up
-- wants it); an undated one is not in it (a dated look-up never wants it). Kept up to date by triggers, so every
-- way a report is written, moved or removed keeps it right.
CREATE VIRTUAL TABLE report_blocks USING rtree(id, first_day, last_day, min_lat, max_lat, min_lon, max_lon,
    +report_id);
INSERT INTO report_blocks (first_day, last_day, min_lat, max_lat, min_lon, max_lon, report_id)
    SELECT julianday(date_start) - 2440587.5, julianday(date_end) - 2440587.5, coalesce(lat, -90.0),
        coalesce(lat, 90.0), coalesce(lon, -180.0), coalesce(lon, 180.0), id
    FROM reports WHERE date_start IS NOT NULL AND date_end IS NOT NULL;
CREATE TRIGGER reports_block_insert AFTER INSERT ON reports
    WHEN NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL BEGIN
    INSERT INTO report_blocks (first_day, last_day, min_lat, max_lat, min_lon, max_lon, report_id) VALUES
        (julianday(NEW.date_start) - 2440587.5, julianday(NEW.date_end) - 2440587.5, coalesce(NEW.lat, -90.0),
        coalesce(NEW.lat, 90.0), coalesce(NEW.lon, -180.0), coalesce(NEW.lon, 180.0), NEW.id); END;
CREATE TRIGGER reports_block_delete AFTER DELETE ON reports BEGIN
    DELETE FROM report_blocks WHERE report_id = OLD.id; END;
CREATE TRIGGER reports_block_update AFTER UPDATE OF id, date_start, date_end, lat, lon ON reports BEGIN
    -- (the statements of a trigger share lines: the migration runner splits at a semicolon that ends a line)
    DELETE FROM report_blocks WHERE report_id = OLD.id; INSERT INTO report_blocks (first_day, last_day, min_lat,
        max_lat, min_lon, max_lon, report_id) SELECT julianday(NEW.date_start) - 2440587.5, julianday(NEW.date_end) - 2440587.5, coalesce(NEW.lat, -90.0),
        coalesce(NEW.lat, 90.0), coalesce(NEW.lon, -180.0), coalesce(NEW.lon, 180.0), NEW.id
        WHERE NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL; END;
