package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.TestRecords;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.record.Recorder;
import org.sitrep.model.Query;

/**
 * Several writers on one database at once, each with its own connections (as separate processes would be), all
 * recording the same documents in different orders: every document is stored once, every report belongs to exactly
 * one stored event, and the events are exactly those one writer gets recording the documents alone in the order they
 * were committed, i.e. concurrent linking loses and duplicates nothing.
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 3;
    private static final LocalDate MARCH_1 = LocalDate.of(2016, 3, 1);
    /** Villages north-west of Aleppo, a few km apart: their reports are candidates for one another's events. */
    private static final Object[][] PLACES = {
        {"Anadan", 36.294, 37.043}, {"Hayan", 36.299, 37.10}, {"Haritan", 36.262, 37.077}, {"Kafr Hamra", 36.26, 37.06},
    };
    private static final String[] OUTLETS = {"Enab Baladi", "SANA", "Orient", "Qasioun", "Step News", "Halab Today"};

    @BeforeAll
    static void serverGiven() {
        PgTestServer.url();
    }

    /** Strikes and clashes on overlapping days at nearby villages, a few month-long summaries that bridge them. */
    static List<Processed> corpus(long seed, int size) {
        Random random = new Random(seed);
        List<Processed> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = "d" + i;
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            int reports = 1 + random.nextInt(2);
            List<Report> rs = new ArrayList<>();
            for (int k = 0; k < reports; k++) {
                Object[] place = PLACES[random.nextInt(PLACES.length)];
                SubEventType type = random.nextInt(4) == 0 ? SubEventType.ARMED_CLASH : SubEventType.AIR_DRONE_STRIKE;
                LocalDate day = MARCH_1.plusDays(random.nextInt(8));
                Report r = TestRecords.fullReport(id, k, type, (String) place[0], (Double) place[1],
                        (Double) place[2], day, random.nextInt(3) == 0 ? null : 1 + random.nextInt(9), null, outlet);
                if (i % 7 == 3 && k == 0) {
                    r = r.withDate(new DateSpan(MARCH_1, MARCH_1.plusDays(30), DatePrecision.MONTH,
                            Mention.of("in March", 0, 8), List.of()));
                }
                rs.add(r);
            }
            out.add(new Processed(TestRecords.document(id, "text of " + id + " ".repeat(40), outlet,
                    MARCH_1.plusDays(2 + random.nextInt(10))), rs));
        }
        return out;
    }

    @Test
    void writersAtOnce_overlappingDocuments_eachStoredOnceAndTheEventsOfASerialRun() throws Exception {
        List<Processed> docs = corpus(12, 36);
        String shared = PgTestServer.freshDatabase();
        PostgresStore.open(shared).close();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> added = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            List<Processed> mine = new ArrayList<>(docs);
            Collections.shuffle(mine, new Random(w));
            added.add(pool.submit(() -> {
                int n = 0;
                try (PostgresStore store = PostgresStore.open(shared)) {
                    Recorder recorder = new Recorder(store, EventAssessor.standard());
                    go.await();
                    for (Processed p : mine) {
                        n += recorder.record(p, null) == org.sitrep.store.PutResult.ADDED ? 1 : 0;
                    }
                }
                return n;
            }));
        }
        go.countDown();
        int total = 0;
        for (Future<Integer> f : added) {
            total += f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(docs.size(), total, "each document added by exactly one writer");

        List<String> commitOrder;
        List<Event> together;
        try (PostgresStore store = PostgresStore.openExisting(shared)) {
            commitOrder = store.documentIds();
            together = store.events(Query.all());
            assertEquals(docs.size(), new TreeSet<>(commitOrder).size());
            assertEachReportInOneEvent(store, docs, together);
        }
        Map<String, Processed> byId = docs.stream().collect(Collectors.toMap(p -> p.document().id(),
                Function.identity()));
        try (PostgresStore alone = PostgresStore.open(PgTestServer.freshDatabase())) {
            Recorder recorder = new Recorder(alone, EventAssessor.standard());
            for (String id : commitOrder) {
                recorder.record(byId.get(id), null);
            }
            List<Event> serial = alone.events(Query.all());
            assertEquals(partition(serial), partition(together), "same reports grouped into the same events");
            assertEquals(serial, together, "the same events, field for field");
            assertTrue(serial.size() < docs.size(), "the corpus links reports across documents: " + serial.size());
        }
    }

    private static void assertEachReportInOneEvent(PostgresStore store, List<Processed> docs, List<Event> events) {
        Set<String> inEvents = new TreeSet<>();
        for (Event e : events) {
            for (String r : e.reportIds()) {
                assertTrue(inEvents.add(r), "report " + r + " in two events");
                assertEquals(e.id(), store.report(r).orElseThrow().report().eventId());
            }
            assertEquals(e.reportIds().size(), store.reportsOfEvent(e.id()).size());
        }
        Set<String> stored = new TreeSet<>();
        for (ReportRecord r : store.reports(Query.all())) {
            stored.add(r.report().id());
        }
        int expected = docs.stream().mapToInt(p -> p.reports().size()).sum();
        assertEquals(expected, stored.size(), "every report stored once");
        assertEquals(stored, inEvents, "every stored report belongs to a stored event");
    }

    private static Set<List<String>> partition(List<Event> events) {
        Set<List<String>> out = new java.util.HashSet<>();
        for (Event e : events) {
            out.add(e.reportIds().stream().sorted().toList());
        }
        return out;
    }
}
