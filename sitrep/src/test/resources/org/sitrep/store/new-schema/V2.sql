-- a test schema history: version 2 adds a column with a default for old rows
ALTER TABLE notes ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
CREATE INDEX notes_lang ON notes (lang);
