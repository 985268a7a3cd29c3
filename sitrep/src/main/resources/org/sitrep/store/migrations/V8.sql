-- sitrep store, schema version 8: the status observations ("the road was cut", "the town is under siege"), few
-- among the reports, found without reading the others. Route status and control read them by kind over a window
-- and its look-back; through the date index that walked every report from the store's first day to the window's
-- end, looking each one up in the reports table for its kind.
CREATE INDEX reports_status ON reports (date_start, date_end) WHERE kind = 'status';
