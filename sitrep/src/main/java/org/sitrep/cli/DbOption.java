package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.app.Sitrep;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Option;

/** A subcommand's own --db (so "sitrep events --db f" works as well as "sitrep --db f events"). */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE", description = "The store file (default: ./sitrep.db).")
    Path db;

    /** Opens an existing store for reading: a missing file is an error, not a new empty store. */
    static Store openExisting(Path file) {
        return Sitrep.open(existing(file)).store();
    }

    /** The file, when it is a store to open: a missing file is an error, not a new empty store. */
    static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such store (run `sitrep ingest` first, or pass --db)");
        }
        return file;
    }
}
