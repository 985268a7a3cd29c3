package org.sitrep.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.StoreException;

/**
 * The numbered schema migrations ({@code V1.sql}, {@code V2.sql}, ... as resources) and the {@code schema_version}
 * table that says which have been applied. Each migration runs in its own transaction with its version bump; a
 * migration that rewrites rows from their JSON (version 10: {@link FactsBackfill}) runs its Java part after its script
 * in the same transaction.
 */
final class Migrations {
    static final String STANDARD = "/org/sitrep/store/migrations/";

    private final List<String> scripts;

    private Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** Loads V1.sql, V2.sql, ... from a resource folder, stopping at the first number that is missing. */
    static Migrations load(String folder) {
        List<String> scripts = new ArrayList<>();
        for (int v = 1; ; v++) {
            try (InputStream in = Migrations.class.getResourceAsStream(folder + "V" + v + ".sql")) {
                if (in == null) {
                    break;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration V" + v + " in " + folder, e);
            }
        }
        if (scripts.isEmpty()) {
            throw new IllegalStateException("no migrations in " + folder);
        }
        return new Migrations(scripts);
    }

    /** The first {@code version} migrations only: a file as an older sitrep left it (for tests of migration). */
    Migrations upTo(int version) {
        return new Migrations(scripts.subList(0, version));
    }

    int latest() {
        return scripts.size();
    }

    /** The version recorded in the file: 0 for a new, empty file. Refuses SQLite files that are not sitrep's. */
    static int currentVersion(Connection c, String file) throws SQLException {
        try (Statement s = c.createStatement()) {
            boolean hasVersionTable;
            int tables;
            try (ResultSet rs = s.executeQuery("SELECT count(*), "
                    + "sum(name = 'schema_version') FROM sqlite_master WHERE type = 'table'")) {
                rs.next();
                tables = rs.getInt(1);
                hasVersionTable = rs.getInt(2) > 0;
            }
            if (!hasVersionTable) {
                if (tables > 0) {
                    throw new StoreException(file + ": not a sitrep database (it has tables but no schema_version)");
                }
                return 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Brings the file up to the latest version, or refuses a file written by a newer sitrep. Each step reads the
     * version inside its own BEGIN IMMEDIATE transaction, so when several processes open a new file at once one
     * of them migrates it and the others, waiting on the lock, then find it already done.
     */
    void migrate(Connection c, String file) throws SQLException {
        while (true) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    int current = currentVersion(c, file);
                    if (current > latest()) {
                        throw new StoreException(file + ": the database has schema version " + current
                                + ", newer than this sitrep understands (up to " + latest() + "); use a newer sitrep");
                    }
                    if (current == latest()) {
                        s.execute("COMMIT");
                        return;
                    }
                    step(s, current + 1, file);
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    try {
                        s.execute("ROLLBACK");
                    } catch (SQLException ignored) {
                        // SQLite already rolled back; the first failure is what matters
                    }
                    throw e;
                }
            }
        }
    }

    /** Runs migration {@code v} and records it, inside the caller's transaction. */
    private void step(Statement s, int v, String file) throws SQLException {
        try {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            for (String sql : statements(scripts.get(v - 1))) {
                s.execute(sql);
            }
            if (v == FactsBackfill.VERSION) {
                FactsBackfill.fill(s.getConnection());
            }
            s.execute("DELETE FROM schema_version");
            s.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
        } catch (SQLException e) {
            if (BusyRetry.busy(e)) {
                throw e; // another process holds the file: the caller waits and tries again
            }
            throw new StoreException(file + ": migration to schema version " + v + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException(file + ": migration to schema version " + v + " failed: " + e.getMessage(), e);
        }
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String sql = cur.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
