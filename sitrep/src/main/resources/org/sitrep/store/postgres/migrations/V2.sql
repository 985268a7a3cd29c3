-- sitrep store on PostgreSQL, schema version 2: records in the order they are listed (date, then id), so a page
-- of a large window or box is an index walk that stops at the page's end instead of a sort of every match
-- (PgQueries#select reads dated and undated rows apart for it). The planner picks this walk or the (place, dates)
-- GiST index, whichever its statistics say reads less.
CREATE INDEX events_listed ON events (date_start, id);
CREATE INDEX reports_listed ON reports (date_start, id);
