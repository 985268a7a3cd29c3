package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.EventTally;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.RandomRecords;
import org.sitrep.store.Tallies;

/**
 * A file written before schema 7 gets its events' facets when opened (the migration reads the actor ids and the
 * gazetteer id from each event's JSON, as the triggers do for new writes): the store's counts then equal what
 * streaming the events counts.
 */
class EventFacetsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void fileOfSchema6_opened_countsFromTheFacetsAsStreamed() {
        Path db = dir.resolve("v6.db");
        RandomRecords records = new RandomRecords(5, RandomRecords.places("test:aleppo", "test:khanasser"));
        try (SqliteStore old = SqliteStore.open(db, Migrations.load(Migrations.STANDARD).upTo(6))) {
            List<ChangeSet> sets = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                sets.add(records.next());
            }
            old.commitAll(sets);
        }
        try (SqliteStore store = SqliteStore.open(db)) {
            assertEquals(7, store.schemaVersion());
            Query window = Query.all().from(RandomRecords.FIRST.plusDays(20)).to(RandomRecords.FIRST.plusDays(90));
            for (Query q : List.of(Query.all(), window, window.type("Battles"), window.near(new Near(36.2, 37.1, 40)),
                    Query.all().place("aleppo"))) {
                for (EventTally t : List.of(EventTally.of(q), EventTally.of(q).actorIds(Set.of("islamic-state")),
                        EventTally.of(q).placeIds(Set.of("test:aleppo", "test:v3")))) {
                    assertEquals(Tallies.byStreaming(store, t), store.eventDates(t), t.toString());
                }
            }
            assertTrue(store.eventDates(EventTally.of(window)).size() > 50, "the window holds events");
        }
    }
}
