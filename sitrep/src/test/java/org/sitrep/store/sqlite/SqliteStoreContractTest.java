package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Counts;
import org.sitrep.store.Store;
import org.sitrep.store.StoreContract;

/** The SQLite store against the store port's contract, plus what only a single-file store promises. */
class SqliteStoreContractTest extends StoreContract {
    @Override
    protected Store open(Path folder) {
        return SqliteStore.open(folder.resolve("contract.db"));
    }

    @Test
    void read_whileTheWriterIsBusy_doesNotWait() throws Exception {
        Store s = store();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            // commit() holds the store's lock for the whole write transaction; a reader must not need it
            synchronized (s) {
                Future<Counts> counted = reader.submit(s::counts);
                assertEquals(new Counts(0, 0, 0), counted.get(10, TimeUnit.SECONDS));
            }
        } finally {
            reader.shutdownNow();
        }
    }
}
