package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Counts;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.store.RandomRecords;
import org.sitrep.store.Store;
import org.sitrep.store.StoreContract;
import org.sitrep.store.StoreException;

/** The PostgreSQL store against the store port's contract, plus what only a server database promises. */
class PostgresStoreContractTest extends StoreContract {
    @BeforeAll
    static void serverGiven() {
        PgTestServer.url();
    }

    private String db;

    @Override
    protected Store open(Path folder) {
        db = PgTestServer.freshDatabase();
        return PostgresStore.open(db);
    }

    /** With the planner's statistics, pages in a box begin with a slice sized by the rows per day, not one day. */
    @Test
    void queries_windowAndBox_afterAnalyze_sameAsFiltered() throws Exception {
        commitRandom(29, 300);
        sql(db, "ANALYZE");
        assertWindowsAndBoxesAsFiltered();
    }

    @Test
    void open_schema2Database_migratedTo3_rangeIndexesMade_sameAnswers() throws Exception {
        String old = PgTestServer.freshDatabase();
        Query window = Query.all().from(RandomRecords.FIRST.plusDays(40)).to(RandomRecords.FIRST.plusDays(70));
        List<Query> queries = List.of(window, window.bbox(36.8, 35.5, 37.6, 36.4).limit(5), Query.all().limit(9));
        List<List<Event>> before = new ArrayList<>();
        try (PostgresStore store = PostgresStore.open(old, true, PgMigrations.load(PgMigrations.STANDARD).upTo(2))) {
            RandomRecords records = new RandomRecords(31, RandomRecords.places("test:aleppo", "test:khanasser"));
            for (int i = 0; i < 60; i++) {
                store.commit(records.next());
            }
            assertEquals(2, store.schemaVersion());
            for (Query q : queries) {
                before.add(store.events(q));
            }
        }
        assertEquals(List.of(), sql(old, "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_when'"
                + " AND indexname NOT LIKE '%place%'"));
        try (PostgresStore store = PostgresStore.openExisting(old)) {
            assertEquals(3, store.schemaVersion());
            for (int i = 0; i < queries.size(); i++) {
                assertEquals(before.get(i), store.events(queries.get(i)), queries.get(i).toString());
            }
            assertTrue(before.get(0).stream().anyMatch(e -> e.date().start().isBefore(window.from())),
                    "the window holds an event that began before it");
        }
        assertEquals(List.of("events_when", "reports_when"), sql(old, "SELECT indexname FROM pg_indexes "
                + "WHERE indexname LIKE '%_when' AND indexname NOT LIKE '%place%' ORDER BY indexname"));
    }

    /** Runs a statement on a test database; the first column of what it returns. */
    private static List<String> sql(String address, String statement) throws Exception {
        PgUrl url = PgUrl.parse(address);
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url.jdbc(), url.properties());
             Statement s = c.createStatement()) {
            if (s.execute(statement)) {
                try (ResultSet rs = s.getResultSet()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void open_again_sameSchemaNoSecondMigration() {
        String db = PgTestServer.freshDatabase();
        try (PostgresStore first = PostgresStore.open(db)) {
            assertEquals(3, first.schemaVersion());
            try (PostgresStore second = PostgresStore.openExisting(db)) {
                assertEquals(3, second.schemaVersion());
                assertEquals(new Counts(0, 0, 0), second.counts());
            }
        }
    }

    @Test
    void open_schema1Database_migratedToLatestKeepingRecords() throws Exception {
        String db = PgTestServer.freshDatabase();
        try (PostgresStore old = PostgresStore.open(db, true, PgMigrations.load(PgMigrations.STANDARD).upTo(1))) {
            assertEquals(1, old.schemaVersion());
            old.commit(adding(document("d1", java.time.LocalDate.of(2016, 2, 2), null, null, null)));
        }
        try (PostgresStore store = PostgresStore.openExisting(db)) {
            assertEquals(3, store.schemaVersion());
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
