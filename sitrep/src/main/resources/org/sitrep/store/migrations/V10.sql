-- sitrep store, schema version 10: each event's facts (what an analysis weighs: type, first side, place, days, first
-- report, sources) kept beside its record in a compact binary form (org.sitrep.json.EventFactsBytes). A year of a
-- busy road is some eighty thousand events per answer, and reading their facts from the JSON records, even token by
-- token, was most of the answer's time. The writer fills the column on every event write; the migration fills it for
-- the rows already stored (FactsBackfill, run after this script in the same transaction: about a minute for a
-- million events). A reader takes the facts where a row has them and the record where it has none.
ALTER TABLE events ADD COLUMN facts BLOB;
