-- sitrep store, schema version 5: the reports' position index also holds each report's event, so the linker's
-- candidate look-up for an undated report (the events of every report near its place, or unplaced) reads that index
-- alone instead of every such row of the reports table, whose rows carry the report's JSON. Same leading columns,
-- so every query that used the index still does.
DROP INDEX reports_position;
CREATE INDEX reports_position ON reports (lat, lon, event_id);
