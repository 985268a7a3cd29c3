package org.sitrep.cli;

import org.sitrep.app.Sitrep;
import picocli.CommandLine.Option;

/** A subcommand's own --db (so "sitrep events --db f" works as well as "sitrep --db f events"). */
final class DbOption {
    static final String DESCRIPTION = "The store: a file (default: ./sitrep.db) or a PostgreSQL database, "
            + "postgresql://user@host:port/dbname (password from PGPASSWORD or ~/.pgpass, never here).";

    @Option(names = "--db", paramLabel = "FILE|URL", description = DESCRIPTION)
    String db;

    /** Opens an existing store: a missing one is an error, not a new empty store. */
    static Sitrep openExisting(String db) {
        return Sitrep.openExisting(db);
    }
}
