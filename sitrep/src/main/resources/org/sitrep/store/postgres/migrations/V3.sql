-- sitrep store on PostgreSQL, schema version 3: the dates' range alone, GiST-indexed, for the rows that began
-- before a window and run into it (PgQueries#select asks for the rows whose dates contain the window's first day).
-- The (place, dates) index answers that too, but it is grouped by place first: without a box, or with a box as
-- wide as the country, it visits every place's branch (about 320 index pages over 1,000,000 events against 8-14
-- here), and more as a store's places multiply.
CREATE INDEX events_when ON events USING GIST (daterange(date_start, date_end, '[]'));
CREATE INDEX reports_when ON reports USING GIST (daterange(date_start, date_end, '[]'));
