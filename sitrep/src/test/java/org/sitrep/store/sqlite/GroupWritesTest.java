package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.TestRecords;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;

/**
 * A group of writes in one transaction (SqliteStore#writeAll) leaves the store as writing them one by one does,
 * though each event's row is written once, as the group's last change left it: an event written, then absorbed,
 * then its survivor written twice more.
 */
class GroupWritesTest {
    private static final LocalDate DAY = LocalDate.of(2016, 2, 2);

    @TempDir
    Path dir;

    @Test
    void aGroup_storesWhatOneByOneStores_withAnAbsorbedAndARewrittenEvent() throws Exception {
        Path single = dir.resolve("single.db");
        try (SqliteStore store = SqliteStore.open(single)) {
            for (Function<Store, ChangeSet> plan : plans()) {
                store.write(plan);
            }
        }
        Path grouped = dir.resolve("grouped.db");
        try (SqliteStore store = SqliteStore.open(grouped)) {
            assertEquals(List.of(PutResult.ADDED, PutResult.ADDED, PutResult.ADDED, PutResult.UNCHANGED),
                    store.writeAll(plans()));
            assertEquals(1, store.counts().events(), "the absorbed event's row is gone, the survivor's stays");
            assertEquals(3, store.event(eventId("d2")).orElseThrow().reportIds().size());
        }
        List<String> dump = StoreDump.dump(grouped);
        assertTrue(dump.stream().anyMatch(r -> r.startsWith("event_aliases")), "the alias of the absorbed event");
        assertEquals(StoreDump.dump(single), dump);
    }

    /**
     * d1 founds an event; d2 founds another and absorbs the first; d3 joins the survivor, which is written again;
     * d1 again is already stored. Each plan checks that it sees the ones before it.
     */
    private static List<Function<Store, ChangeSet>> plans() {
        List<Function<Store, ChangeSet>> plans = new ArrayList<>();
        Report r1 = report("d1");
        Report r2 = report("d2");
        Report r3 = report("d3");
        String survivor = eventId("d2");
        plans.add(latest -> change("d1", List.of(r1.withEventId(eventId("d1"))), Map.of(),
                List.of(TestRecords.eventOf(r1))));
        plans.add(latest -> {
            assertTrue(latest.contains("d1"), "d2's plan sees d1");
            Event merged = event(survivor, List.of(r1.id(), r2.id()));
            return change("d2", List.of(r2.withEventId(survivor)), Map.of(eventId("d1"), survivor),
                    List.of(merged));
        });
        plans.add(latest -> {
            assertEquals(List.of(r1.id(), r2.id()), latest.reportIdsOfEvent(survivor), "d3's plan sees the merge");
            return change("d3", List.of(r3.withEventId(survivor)), Map.of(),
                    List.of(event(survivor, List.of(r1.id(), r2.id(), r3.id()))));
        });
        plans.add(latest -> latest.contains("d1") ? null : change("d1", List.of(), Map.of(), List.of()));
        return plans;
    }

    private static Report report(String doc) {
        return TestRecords.fullReport(doc, 0, SubEventType.AIR_DRONE_STRIKE, "Raqqa", 35.95, 39.01, DAY, 1, null,
                "Outlet");
    }

    private static String eventId(String doc) {
        return TestRecords.eventOf(report(doc)).id();
    }

    private static Event event(String id, List<String> reportIds) {
        Event e = TestRecords.eventOf(report("d2"));
        return new Event(id, e.subEventType(), e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2(), e.location(),
                e.date(), e.fatalities(), reportIds, e.sources(), List.of());
    }

    private static ChangeSet change(String doc, List<Report> reports, Map<String, String> absorbed,
                                    List<Event> events) {
        DocumentInfo info = DocumentInfo.of(TestRecords.document(doc, "text of " + doc, "Outlet", DAY));
        List<ChangeSet.EventWrite> writes = new ArrayList<>();
        for (Event e : events) {
            writes.add(new ChangeSet.EventWrite(e, doc, writes.size(), List.of()));
        }
        return new ChangeSet(new ChangeSet.NewDocument(info, reports, events.size(), null, null, null, null, null),
                absorbed, List.of(), writes);
    }
}
