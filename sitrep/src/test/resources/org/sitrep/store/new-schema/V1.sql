-- a test schema history: version 1
CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL);
