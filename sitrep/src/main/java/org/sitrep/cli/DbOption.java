package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Option;

/** A subcommand's own --db (so "sitrep events --db f" works as well as "sitrep --db f events"). */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE", description = "The store file (default: ./sitrep.db).")
    Path db;

    /** Opens an existing store: a missing file is an error, not a new empty store. */
    static Sitrep openExisting(Path file) {
        return Sitrep.openExisting(file);
    }
}
