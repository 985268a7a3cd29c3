package org.sitrep.store.postgres;

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
 * The PostgreSQL schema's numbered migrations ({@code V1.sql}, ... as resources) and the {@code schema_version}
 * table that says which are applied. Migrating runs in one transaction under an advisory lock, so two sitrep
 * processes opening a new database at once do not both create it.
 */
final class PgMigrations {
    static final String STANDARD = "/org/sitrep/store/postgres/migrations/";
    /** Advisory lock key held while migrating (any constant, distinct from {@link PostgresStore#WRITER_LOCK}). */
    static final long MIGRATION_LOCK = 0x5173_7265_704d_4967L;

    private final List<String> scripts;

    private PgMigrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    static PgMigrations load(String folder) {
        List<String> scripts = new ArrayList<>();
        for (int v = 1; ; v++) {
            try (InputStream in = PgMigrations.class.getResourceAsStream(folder + "V" + v + ".sql")) {
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
        return new PgMigrations(scripts);
    }

    /** The first {@code version} migrations only: a database as an older sitrep left it (for tests of migration). */
    PgMigrations upTo(int version) {
        return new PgMigrations(scripts.subList(0, version));
    }

    int latest() {
        return scripts.size();
    }

    /** The version the database holds: 0 when it has no sitrep tables. Refuses a database that is not sitrep's. */
    static int currentVersion(Connection c, String db) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL, "
                     + "to_regclass('documents') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                if (rs.getBoolean(2)) {
                    throw new StoreException(db + ": not a sitrep database (it has a documents table but no "
                            + "schema_version)");
                }
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Brings the database up to the latest version, or refuses one written by a newer sitrep. */
    void migrate(Connection c, String db) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            int current = currentVersion(c, db);
            if (current > latest()) {
                throw new StoreException(db + ": the database has schema version " + current
                        + ", newer than this sitrep understands (up to " + latest() + "); use a newer sitrep");
            }
            if (current < latest()) {
                requirePostgis(c, db);
            }
            for (int v = current + 1; v <= latest(); v++) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                for (String sql : statements(scripts.get(v - 1))) {
                    s.execute(sql);
                }
                s.execute("DELETE FROM schema_version");
                s.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(db + ": migration to schema version " + latest() + " failed: "
                    + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** A clear word when the server lacks PostGIS, rather than the failure of the first geometry column. */
    private static void requirePostgis(Connection c, String db) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'), "
                        + "EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis')")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new StoreException(db + ": the server has no PostGIS; install it (Debian: apt-get install "
                        + "postgresql-15-postgis-3, for the server's major version)");
            }
            if (!rs.getBoolean(2)) {
                try (Statement create = c.createStatement()) {
                    create.execute("SAVEPOINT postgis");
                    create.execute("CREATE EXTENSION IF NOT EXISTS postgis");
                    create.execute("RELEASE SAVEPOINT postgis");
                } catch (SQLException e) {
                    throw new StoreException(db + ": cannot enable PostGIS in this database (" + e.getMessage()
                            + "); ask its owner to run CREATE EXTENSION postgis", e);
                }
            }
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
