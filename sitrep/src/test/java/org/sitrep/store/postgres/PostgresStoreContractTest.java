package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Counts;
import org.sitrep.store.Store;
import org.sitrep.store.StoreContract;
import org.sitrep.store.StoreException;

/** The PostgreSQL store against the store port's contract, plus what only a server database promises. */
class PostgresStoreContractTest extends StoreContract {
    @BeforeAll
    static void serverGiven() {
        PgTestServer.url();
    }

    @Override
    protected Store open(Path folder) {
        return PostgresStore.open(PgTestServer.freshDatabase());
    }

    @Test
    void open_again_sameSchemaNoSecondMigration() {
        String db = PgTestServer.freshDatabase();
        try (PostgresStore first = PostgresStore.open(db)) {
            assertEquals(2, first.schemaVersion());
            try (PostgresStore second = PostgresStore.openExisting(db)) {
                assertEquals(2, second.schemaVersion());
                assertEquals(new Counts(0, 0, 0), second.counts());
            }
        }
    }

    @Test
    void open_schema1Database_migratedTo2KeepingRecords() throws Exception {
        String db = PgTestServer.freshDatabase();
        try (PostgresStore old = PostgresStore.open(db, true, PgMigrations.load(PgMigrations.STANDARD).upTo(1))) {
            assertEquals(1, old.schemaVersion());
            old.commit(adding(document("d1", java.time.LocalDate.of(2016, 2, 2), null, null, null)));
        }
        try (PostgresStore store = PostgresStore.openExisting(db)) {
            assertEquals(2, store.schemaVersion());
            assertEquals(new Counts(1, 3, 2), store.counts());
            assertEquals(2, store.events(org.sitrep.model.Query.all().from(java.time.LocalDate.of(2016, 1, 1))
                    .bbox(36.9, 36.2, 37.2, 36.4)).size());
        }
    }

    @Test
    void openExisting_databaseWithoutAStore_refusedNotCreated() {
        String db = PgTestServer.freshDatabase();
        StoreException e = assertThrows(StoreException.class, () -> PostgresStore.openExisting(db));
        assertTrue(e.getMessage().contains("no sitrep store in this database"), e.getMessage());
    }
}
