package org.sitrep.store;

import org.sitrep.model.Near;
import org.sitrep.model.Box;
import org.sitrep.model.DateCount;
import org.sitrep.model.EventTally;
import org.sitrep.model.ReportKind;

import org.sitrep.model.Counts;
import org.sitrep.model.Syndication;
import org.sitrep.model.Query;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.json.TestRecords;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventFacts;
import org.sitrep.model.EventPoint;
import org.sitrep.model.Grade;
import org.sitrep.model.Report;
import org.sitrep.model.SourceTally;
import org.sitrep.model.SubEventType;

/**
 * What every implementation of the {@link Store} port must do, whatever it keeps records in. An implementation's
 * test extends this class and says how to open a fresh, empty store in a folder; every test here then runs
 * against it (SQLite, and PostgreSQL when a server is given: see {@code PgTestServer}).
 */
public abstract class StoreContract {
    @TempDir
    protected Path dir;

    private Store store;

    /** A fresh, empty store kept under {@code folder}. */
    protected abstract Store open(Path folder);

    @BeforeEach
    void openStore() {
        store = open(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected Store store() {
        return store;
    }

    private static final LocalDate FEB_2 = LocalDate.of(2016, 2, 2);

    /** A document d with two event reports (one event each, near Aleppo) and a count report. */
    protected static ChangeSet.NewDocument document(String id, LocalDate day, byte[] original, byte[] fingerprint,
                                          long[] bands) {
        Document d = TestRecords.document(id, "x".repeat(300), "Outlet " + id, day.plusDays(2));
        Report a = TestRecords.fullReport(id, 0, SubEventType.AIR_DRONE_STRIKE, "Anadan", 36.294, 37.043, day, 5,
                "the civil defence", "Outlet " + id);
        Report b = TestRecords.fullReport(id, 1, SubEventType.ARMED_CLASH, "Hayan", 36.299, 37.10, day.plusDays(1),
                null, null, "Outlet " + id);
        Report count = TestRecords.countReport(id, 3, 40);
        return new ChangeSet.NewDocument(DocumentInfo.of(d), List.of(a, b, count), 2, null, null, fingerprint, bands,
                original);
    }

    protected static ChangeSet adding(ChangeSet.NewDocument doc) {
        List<ChangeSet.EventWrite> events = new ArrayList<>();
        for (Report r : doc.reports()) {
            if (r.eventId() != null) {
                events.add(new ChangeSet.EventWrite(graded(TestRecords.eventOf(r), 3), doc.info().id(),
                        events.size(), List.of("Outlet " + doc.info().id())));
            }
        }
        return new ChangeSet(doc, Map.of(), List.of(), events);
    }

    static Event graded(Event e, int credibility) {
        return e.withAssessment(SourceTally.empty(), List.of(),
                new Grade('F', credibility, null, List.of("credibility " + credibility + " for the test")));
    }

    private ChangeSet.NewDocument d1() {
        return document("d1", FEB_2, "original bytes of d1".getBytes(StandardCharsets.UTF_8), null, null);
    }

    @Test
    void commit_newDocument_everyRecordReadBack() {
        ChangeSet.NewDocument d1 = d1();
        assertEquals(PutResult.ADDED, store.commit(adding(d1)));
        assertEquals(new Counts(1, 3, 2), store.counts());
        assertTrue(store.contains("d1"));
        assertEquals(d1.reports(), store.reportsOf("d1").stream().map(ReportRecord::report).toList());
        Report a = d1.reports().get(0);
        ReportRecord back = store.report(a.id()).orElseThrow();
        assertEquals(a, back.report());
        assertEquals(d1.info(), back.document());
        assertEquals(Optional.of(d1.info()), store.document("d1"));
        Event e = store.event(a.eventId()).orElseThrow();
        assertEquals(List.of(a.id()), e.reportIds());
        assertEquals(3, e.grade().credibility());
        assertEquals(List.of(a), store.reportsOfEvent(a.eventId()).stream().map(ReportRecord::report).toList());
        assertEquals(List.of(a.id()), store.reportIdsOfEvent(a.eventId()));
        assertEquals(List.of(), store.reportIdsOfEvent("no such event"));
        assertArrayEquals(d1.original(), store.original("d1").orElseThrow());
        assertEquals(Optional.of(LocalDate.of(2016, 2, 4)), store.lastPublished(e));
        assertEquals(Optional.of(new Syndication(null, null)), store.syndication("d1"));
        assertTrue(store.syndication("nope").isEmpty());
    }

    @Test
    void commit_sameDocumentTwice_secondChangesNothing() {
        store.commit(adding(d1()));
        ChangeSet again = new ChangeSet(d1(), Map.of(), List.of(), List.of());
        assertEquals(PutResult.UNCHANGED, store.commit(again));
        assertEquals(new Counts(1, 3, 2), store.counts());
    }

    @Test
    void commit_failureHalfway_nothingOfTheChangeSetStays() {
        store.commit(adding(document("d2", FEB_2.plusMonths(1), null, null, null)));
        ChangeSet.NewDocument good = d1();
        Report a = good.reports().get(0);
        // the second report repeats the first one's id: its write fails after the document and one report
        ChangeSet.NewDocument bad = new ChangeSet.NewDocument(good.info(), List.of(a, a), 1, null, null, null, null,
                null);
        assertThrows(StoreException.class, () -> store.commit(adding(bad)));
        assertEquals(new Counts(1, 3, 2), store.counts());
        assertTrue(store.document("d1").isEmpty());
        assertEquals(PutResult.ADDED, store.commit(adding(good)));
    }

    @Test
    void commitAll_severalDocuments_oneTransaction_aRepeatedDocumentChangesNothing() {
        store.commit(adding(d1()));
        ChangeSet d2 = adding(document("d2", FEB_2.plusMonths(1), null, null, null));
        ChangeSet d3 = adding(document("d3", FEB_2.plusMonths(2), null, null, null));
        // d1 is stored already and d2 comes twice: only the first d2 and d3 are added
        assertEquals(2, store.commitAll(List.of(adding(d1()), d2, d2, d3)));
        assertEquals(new Counts(3, 9, 6), store.counts());
        assertEquals(List.of("d1", "d2", "d3"), store.documentIds());
        assertEquals(d3.document().reports(), store.reportsOf("d3").stream().map(ReportRecord::report).toList());
    }

    @Test
    void commitAll_oneChangeSetFails_noneOfThemStays() {
        ChangeSet.NewDocument good = d1();
        Report a = good.reports().get(0);
        ChangeSet.NewDocument bad = new ChangeSet.NewDocument(good.info(), List.of(a, a), 1, null, null, null, null,
                null);
        ChangeSet d2 = adding(document("d2", FEB_2.plusMonths(1), null, null, null));
        assertThrows(StoreException.class, () -> store.commitAll(List.of(d2, adding(bad))));
        assertEquals(new Counts(0, 0, 0), store.counts());
        assertEquals(2, store.commitAll(List.of(d2, adding(good))));
    }

    @Test
    void commit_eventsOnly_regradesInPlaceAndAnUnknownEventRollsBackAll() {
        ChangeSet.NewDocument d1 = d1();
        store.commit(adding(d1));
        Event e = store.event(d1.reports().get(0).eventId()).orElseThrow();
        store.commit(new ChangeSet(null, Map.of(), List.of(), List.of(
                new ChangeSet.EventWrite(graded(e, 2), null, null, List.of()))));
        assertEquals(2, store.event(e.id()).orElseThrow().grade().credibility());
        assertEquals(1, store.events(Query.all().minCredibility(2)).size());
        Event unknown = graded(TestRecords.eventOf(document("d9", FEB_2, null, null, null).reports().get(0)), 1);
        assertThrows(StoreException.class, () -> store.commit(new ChangeSet(null, Map.of(), List.of(), List.of(
                new ChangeSet.EventWrite(graded(e, 1), null, null, List.of()),
                new ChangeSet.EventWrite(unknown, null, null, List.of())))));
        assertEquals(2, store.event(e.id()).orElseThrow().grade().credibility(), "rolled back");
    }

    @Test
    void commit_absorbedEvent_reportsMoveAndTheOldIdStillAnswers() {
        ChangeSet.NewDocument d1 = d1();
        store.commit(adding(d1));
        String survivor = d1.reports().get(0).eventId();
        String absorbed = d1.reports().get(1).eventId();
        Event merged = graded(TestRecords.eventOf(d1.reports().get(0)), 2);
        store.commit(new ChangeSet(null, Map.of(absorbed, survivor), List.of(), List.of(
                new ChangeSet.EventWrite(merged, "d1", 0, List.of()))));
        assertEquals(1, store.counts().events());
        assertEquals(survivor, store.event(absorbed).orElseThrow().id());
        assertEquals(2, store.reportsOfEvent(survivor).size());
        assertEquals(survivor, store.report(d1.reports().get(1).id()).orElseThrow().report().eventId());
    }

    @Test
    void commit_reportMove_theReportBelongsToTheOtherEvent() {
        ChangeSet.NewDocument d1 = d1();
        store.commit(adding(d1));
        Report b = d1.reports().get(1);
        String target = d1.reports().get(0).eventId();
        store.commit(new ChangeSet(null, Map.of(), List.of(new ChangeSet.ReportMove(b.id(), target)), List.of()));
        assertEquals(target, store.report(b.id()).orElseThrow().report().eventId());
        assertEquals(2, store.reportsOfEvent(target).size());
        assertEquals(store.reportsOfEvent(target).stream().map(r -> r.report().id()).toList(),
                store.reportIdsOfEvent(target));
    }

    @Test
    void batchReads_answerWhatTheOneAtATimeReadsAnswer() {
        ChangeSet.NewDocument d1 = d1();
        store.commit(adding(d1));
        store.commit(adding(document("d2", FEB_2.plusMonths(3), null, null, null)));
        Block.Box aleppo = new Block.Box(35.5, 37.0, 36.5, 37.5);
        List<Block> blocks = List.of(new Block(FEB_2.minusDays(3), FEB_2.plusDays(3), aleppo, 10),
                new Block(FEB_2.minusDays(3), FEB_2, aleppo, 10), new Block(FEB_2.minusDays(3), FEB_2, null, 10),
                new Block(FEB_2.minusDays(3), FEB_2.plusDays(3), new Block.Box(10, 11, 10, 11), 10),
                new Block(null, null, aleppo, 10), new Block(FEB_2.plusMonths(2), FEB_2.plusMonths(4), aleppo, 1));
        List<List<String>> together = store.candidateEvents(blocks);
        assertEquals(blocks.size(), together.size());
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(store.candidateEvents(blocks.get(i)), together.get(i), blocks.get(i).toString());
        }
        assertEquals(List.of(2, 1, 1, 0, 4, 1), together.stream().map(List::size).toList());
        String e1 = d1.reports().get(0).eventId();
        Map<String, List<String>> members = store.reportIdsOfEvents(List.of(e1, "no such event"));
        assertEquals(Map.of(e1, store.reportIdsOfEvent(e1), "no such event", List.of()), members);
        List<String> ids = List.of(d1.reports().get(1).id(), "no such report", d1.reports().get(0).id());
        Map<String, ReportRecord> read = store.reportsById(ids);
        assertEquals(2, read.size());
        for (String id : List.of(d1.reports().get(0).id(), d1.reports().get(1).id())) {
            assertEquals(store.report(id).orElseThrow(), read.get(id));
        }
        Map<String, String> texts = store.evidenceTexts(ids);
        assertEquals(read.keySet(), texts.keySet());
        read.forEach((id, r) -> assertEquals(r.report().evidence().text(), texts.get(id), id));
    }

    @Test
    void candidateEvents_blockByWindowAndBox() {
        store.commit(adding(d1()));
        store.commit(adding(document("d2", FEB_2.plusMonths(3), null, null, null)));
        Block.Box aleppo = new Block.Box(35.5, 37.0, 36.5, 37.5);
        assertEquals(2, store.candidateEvents(new Block(FEB_2.minusDays(3), FEB_2.plusDays(3), aleppo, 10)).size());
        assertEquals(1, store.candidateEvents(new Block(FEB_2.minusDays(3), FEB_2, aleppo, 10)).size());
        Block.Box far = new Block.Box(10, 11, 10, 11);
        assertEquals(0, store.candidateEvents(new Block(FEB_2.minusDays(3), FEB_2.plusDays(3), far, 10)).size());
        assertEquals(4, store.candidateEvents(new Block(null, null, aleppo, 10)).size());
        assertEquals(1, store.candidateEvents(new Block(null, null, aleppo, 1)).size());
    }

    @Test
    void sharingBands_documentsInCommitOrder() {
        byte[] fp = {1, 2, 3};
        store.commit(adding(document("d2", FEB_2, null, fp, new long[] {7, 8})));
        store.commit(adding(document("d1", FEB_2.plusMonths(1), null, fp, new long[] {9, 8})));
        store.commit(adding(document("d3", FEB_2.plusMonths(2), null, fp, new long[] {1, 2})));
        List<StoredFingerprint> found = store.sharingBands(new long[] {5, 8}, 1);
        assertEquals(List.of("d2", "d1"), found.stream().map(StoredFingerprint::documentId).toList());
        assertArrayEquals(fp, found.get(0).fingerprint());
        assertArrayEquals(fp, store.fingerprint("d3").orElseThrow().fingerprint());
        store.commit(adding(document("d4", FEB_2.plusMonths(4), null, null, null)));
        assertTrue(store.fingerprint("d4").isEmpty(), "a text without words has no fingerprint");
        assertEquals(List.of("d2", "d1", "d3", "d4"), store.documentIds());
    }

    @Test
    void sharingBands_onlyDocumentsSharingEnoughBands() {
        byte[] fp = {1, 2, 3};
        store.commit(adding(document("d2", FEB_2, null, fp, new long[] {7, 8, 9})));
        store.commit(adding(document("d1", FEB_2.plusMonths(1), null, fp, new long[] {7, 5, 9})));
        store.commit(adding(document("d3", FEB_2.plusMonths(2), null, fp, new long[] {1, 8, 2})));
        long[] keys = {7, 8, 9};
        assertEquals(List.of("d2", "d1", "d3"), foundIds(store.sharingBands(keys, 1)));
        assertEquals(List.of("d2", "d1"), foundIds(store.sharingBands(keys, 2)));
        assertEquals(List.of("d2"), foundIds(store.sharingBands(keys, 3)));
        assertEquals(List.of(), foundIds(store.sharingBands(keys, 4)));
    }

    private static List<String> foundIds(List<StoredFingerprint> found) {
        return found.stream().map(StoredFingerprint::documentId).toList();
    }

    @Test
    void queries_filterOrderAndStream() {
        store.commit(adding(document("d2", FEB_2.plusMonths(1), null, null, null)));
        store.commit(adding(d1()));
        List<Event> all = store.events(Query.all());
        assertEquals(4, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(!all.get(i).date().start().isBefore(all.get(i - 1).date().start()), "date order");
        }
        assertEquals(all.subList(0, 2), store.events(Query.all().limit(2)));
        assertEquals(2, store.events(Query.all().to(FEB_2.plusDays(5))).size());
        assertEquals(2, store.events(Query.all().type("Air/drone strike")).size());
        assertEquals(2, store.events(Query.all().source("outlet d1")).size());
        List<String> streamed = new ArrayList<>();
        store.streamReports(Query.all().actor("syrian air force"), r -> streamed.add(r.report().id()));
        assertEquals(4, streamed.size());
        assertEquals(6, store.reports(Query.all()).size());
    }

    @Test
    void eventPoints_fromColumns_sameAsFromTheDecodedEvents() {
        store.commit(adding(document("d2", FEB_2.plusMonths(1), null, null, null)));
        store.commit(adding(d1()));
        store.commit(new ChangeSet(null, Map.of(), List.of(), List.of(
                new ChangeSet.EventWrite(graded(store.events(Query.all()).get(0), 3), null, null, List.of()))));
        List<EventPoint> read = new ArrayList<>();
        store.streamEventPoints(read::add);
        List<EventPoint> expected = store.events(Query.all()).stream().map(EventPoint::of).toList();
        assertEquals(expected.size(), read.size());
        assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(read));
        assertTrue(read.stream().anyMatch(p -> p.credibility() == 3 && p.reliability() != 0), "a graded event");
    }

    @Test
    void eventJson_passesTheStoredFormThrough_sameEventsSameOrder() {
        store.commit(adding(document("d2", FEB_2.plusMonths(1), null, null, null)));
        store.commit(adding(d1()));
        SitrepJson json = SitrepJson.standard();
        for (Query q : List.of(Query.all(), Query.all().limit(2), Query.all().type("Air/drone strike"),
                Query.all().bbox(37.0, 36.2, 37.2, 36.4).from(FEB_2))) {
            List<String> texts = new ArrayList<>();
            store.streamEventJson(q, bytes -> texts.add(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            List<Event> events = store.events(q);
            assertEquals(events, texts.stream().map(json::readEvent).toList(), q.toString());
            assertEquals(events.stream().map(json::writeEvent).toList(), texts, "the form SitrepJson writes");
        }
    }

    @Test
    void eventJson_nonAsciiText_isTheUtf8OfTheFormSitrepJsonWrites() {
        String id = "d-utf8";
        Document d = TestRecords.document(id, "x".repeat(300), "Outlet \u0639", FEB_2.plusDays(2));
        Report r = TestRecords.fullReport(id, 0, SubEventType.ARMED_CLASH, "\u062d\u064a\u0627\u0646 (\u1e24ayy\u0101n)",
                36.299, 37.10, FEB_2, null, null, "Outlet \u0639");
        store.commit(adding(new ChangeSet.NewDocument(DocumentInfo.of(d), List.of(r), 1, null, null, null, null,
                null)));
        List<byte[]> texts = new ArrayList<>();
        store.streamEventJson(Query.all(), texts::add);
        List<Event> events = store.events(Query.all());
        assertEquals(1, texts.size());
        assertArrayEquals(SitrepJson.standard().writeEvent(events.get(0)).getBytes(StandardCharsets.UTF_8),
                texts.get(0));
    }

    @Test
    void eventFacts_areTheDecodedEventsFacts_sameOrder() {
        RandomRecords records = new RandomRecords(13, RandomRecords.places("test:aleppo", "test:khanasser"));
        List<ChangeSet> sets = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sets.add(records.next());
        }
        store.commitAll(sets);
        store.commit(adding(d1()));
        Query window = Query.all().from(RandomRecords.FIRST.plusDays(5)).to(RandomRecords.FIRST.plusDays(50));
        for (Query q : List.of(Query.all(), window, window.near(new Near(36.2, 37.13, 40)), Query.all().limit(3),
                Query.all().bbox(37.0, 36.0, 37.3, 36.4))) {
            List<EventFacts> read = new ArrayList<>();
            store.streamEventFacts(q, read::add);
            assertEquals(store.events(q).stream().map(EventFacts::of).toList(), read, q.toString());
        }
        List<EventFacts> all = new ArrayList<>();
        store.streamEventFacts(Query.all(), all::add);
        assertTrue(all.size() > 60 && all.stream().anyMatch(f -> f.location() != null && !f.actor1().isEmpty()
                && f.firstReportId() != null && f.date() != null), "facts with every member read");
    }

    @Test
    void eventFactsNearAny_areEachCirclesFactsOnce_inDateOrder() {
        RandomRecords records = new RandomRecords(17, RandomRecords.places("test:aleppo", "test:khanasser"));
        List<ChangeSet> sets = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            sets.add(records.next());
        }
        store.commitAll(sets);
        Query window = Query.all().from(RandomRecords.FIRST.plusDays(3)).to(RandomRecords.FIRST.plusDays(60));
        // overlapping circles, one far from every event, and one whose edge passes between the two places
        List<Near> areas = List.of(new Near(36.2, 37.13, 15), new Near(36.1, 37.1, 20), new Near(10, 10, 5),
                new Near(36.0, 37.3, 9));
        // a window long enough for a store to read it in two halves at once
        Query whole = Query.all().from(RandomRecords.FIRST.minusDays(5)).to(RandomRecords.FIRST
                .plusDays(RandomRecords.DAYS + 40));
        for (Query q : List.of(Query.all(), window, whole)) {
            Map<String, EventFacts> expected = new LinkedHashMap<>();
            for (Near n : areas) {
                store.streamEventFacts(q.near(n), e -> expected.putIfAbsent(e.id(), e));
            }
            List<EventFacts> want = new ArrayList<>(expected.values());
            want.sort(Comparator.comparing((EventFacts e) -> e.date() == null ? null : e.date().start(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventFacts::id));
            List<EventFacts> read = new ArrayList<>();
            store.streamEventFactsNearAny(q, areas, read::add);
            assertEquals(want, read, q.toString());
            assertFalse(read.isEmpty(), "the circles hold events");
            // only some types: the same events of those types, in the same order
            Set<SubEventType> some = EnumSet.of(SubEventType.ARMED_CLASH, SubEventType.AIR_DRONE_STRIKE,
                    SubEventType.GOVERNMENT_REGAINS_TERRITORY);
            List<EventFacts> ofSome = new ArrayList<>();
            store.streamEventFactsNearAny(q, areas, some, ofSome::add);
            assertEquals(want.stream().filter(e -> some.contains(e.subEventType())).toList(), ofSome, q.toString());
            assertTrue(ofSome.size() < read.size(), "other types were left out");
        }
        // a circle whose edge passes 10 cm beyond Aleppo's point: a position index keeping rounded coordinates
        // must not lose it
        double km = Near.distanceKm(36.2021, 37.1343, 36.25, 37.2) + 0.0001;
        List<EventFacts> edge = new ArrayList<>();
        store.streamEventFactsNearAny(Query.all(), List.of(new Near(36.25, 37.2, km)), edge::add);
        List<EventFacts> edgeWant = new ArrayList<>();
        store.streamEventFacts(Query.all().near(new Near(36.25, 37.2, km)), edgeWant::add);
        assertEquals(edgeWant, edge);
        assertTrue(edge.stream().anyMatch(e -> e.location().lat() == 36.2021), "Aleppo's events at the edge");
        assertThrows(IllegalArgumentException.class,
                () -> store.streamEventFactsNearAny(Query.all().limit(5), areas, e -> { }));
    }

    /**
     * d2 (said to copy d1) then d1, whose first report joins d2's first event (written last by d1); each document
     * keeps an event of its own. Returns the shared event's id.
     */
    private String twoDocumentsSharingAnEvent() {
        ChangeSet.NewDocument plain2 = document("d2", FEB_2, null, null, null);
        ChangeSet.NewDocument d2 = new ChangeSet.NewDocument(plain2.info(), plain2.reports(), 2, null, "d1", null,
                null, null);
        store.commit(adding(d2));
        ChangeSet.NewDocument d1 = d1();
        Report a1 = d1.reports().get(0);
        Report a2 = d2.reports().get(0);
        Event shared = new Event(a1.eventId(), a1.subEventType(), a1.actor1(), a1.actor2(), a1.assocActor1(),
                a1.assocActor2(), a1.location(), a1.date(), 5, List.of(a2.id(), a1.id()), List.of(), List.of());
        store.commit(new ChangeSet(d1, Map.of(a2.eventId(), a1.eventId()), List.of(), List.of(
                new ChangeSet.EventWrite(graded(shared, 2), "d1", 0, List.of()),
                new ChangeSet.EventWrite(graded(TestRecords.eventOf(d1.reports().get(1)), 3), "d1", 1,
                        List.of()))));
        return a1.eventId();
    }

    @Test
    void remove_document_reportsAndEmptiedEventsGo_sharedEventRewrittenUnderAnotherWriter() {
        String shared = twoDocumentsSharingAnEvent();
        ChangeSet.NewDocument d1 = d1();
        Report a2 = document("d2", FEB_2, null, null, null).reports().get(0);
        String onlyD1 = d1.reports().get(1).eventId();
        assertEquals(new Counts(2, 6, 3), store.counts());
        Event rest = graded(TestRecords.eventOf(a2), 3);
        rest = new Event(shared, rest.subEventType(), rest.actor1(), rest.actor2(), rest.assocActor1(),
                rest.assocActor2(), rest.location(), rest.date(), rest.fatalities(), List.of(a2.id()),
                rest.sources(), List.of()).withAssessment(rest.tally(), List.of(), rest.grade());

        store.remove(new Removal("d1", List.of(onlyD1), List.of(new ChangeSet.EventWrite(rest, null, null,
                List.of("Outlet d2")))));

        assertEquals(new Counts(1, 3, 2), store.counts());
        assertTrue(store.document("d1").isEmpty() && store.reportsOf("d1").isEmpty());
        assertTrue(store.original("d1").isEmpty());
        assertTrue(store.event(onlyD1).isEmpty());
        Event back = store.event(shared).orElseThrow();
        assertEquals(List.of(a2.id()), back.reportIds());
        assertEquals(3, back.grade().credibility());
        assertEquals(shared, store.event(a2.eventId()).orElseThrow().id(), "the absorbed id still answers");
        assertEquals(List.of(a2.id()), store.reportsOfEvent(shared).stream().map(r -> r.report().id()).toList());
        assertEquals(Optional.of(new Syndication(null, null)), store.syndication("d2"), "no copy of a gone document");
        assertEquals(PutResult.ADDED, store.commit(adding(d1())), "the document can be ingested again");
    }

    @Test
    void remove_eventLeftWithoutReportNotEmptied_nothingChanges() {
        twoDocumentsSharingAnEvent();
        Counts before = store.counts();
        assertThrows(StoreException.class, () -> store.remove(new Removal("d1", List.of(), List.of())));
        assertEquals(before, store.counts());
        assertTrue(store.document("d1").isPresent());
        assertEquals(3, store.reportsOf("d1").size());
    }

    @Test
    void remove_unknownDocument_errorAndNothingChanges() {
        store.commit(adding(d1()));
        StoreException e = assertThrows(StoreException.class,
                () -> store.remove(new Removal("d9", List.of(), List.of())));
        assertTrue(e.getMessage().contains("d9"), e.getMessage());
        assertEquals(new Counts(1, 3, 2), store.counts());
    }

    @Test
    void queries_keysetPaging_visitsEveryRecordOnceInOrder() {
        store.commit(adding(document("d2", FEB_2.plusMonths(1), null, null, null)));
        store.commit(adding(d1()));
        store.commit(adding(document("d3", FEB_2, null, null, null)));
        Document d = TestRecords.document("d4", "z".repeat(300), "Outlet d4", null);
        Report undated = TestRecords.fullReport("d4", 0, SubEventType.ARMED_CLASH, "Hayan", 36.299, 37.10, null,
                null, null, "Outlet d4");
        store.commit(adding(new ChangeSet.NewDocument(DocumentInfo.of(d), List.of(undated), 1, null, null, null,
                null, null)));
        List<Event> all = store.events(Query.all());
        assertEquals(7, all.size());
        List<Event> paged = new ArrayList<>();
        Query page = Query.all().limit(2);
        for (int guard = 0; guard < 10; guard++) {
            List<Event> got = store.events(page);
            paged.addAll(got);
            if (got.size() < 2) {
                break;
            }
            page = page.after(org.sitrep.model.Cursor.after(got.get(got.size() - 1)));
        }
        assertEquals(all, paged, "pages of two, each after the last, give every event once, in order");
        List<ReportRecord> reports = store.reports(Query.all());
        ReportRecord third = reports.get(2);
        assertEquals(reports.subList(3, reports.size()),
                store.reports(Query.all().after(org.sitrep.model.Cursor.after(third.report()))));
    }

    @Test
    void queries_nearACircle_placesInsideOnly() {
        store.commit(adding(d1()));
        // d1's strike is at Anadan (36.294, 37.043), its clash at Hayan (36.299, 37.10): about 5 km apart
        assertEquals(2, store.events(Query.all().near(new Near(36.294, 37.043, 10))).size());
        assertEquals(List.of(d1().reports().get(0).eventId()),
                store.events(Query.all().near(new Near(36.294, 37.043, 2))).stream().map(Event::id).toList());
        assertEquals(0, store.events(Query.all().near(new Near(33.5, 36.3, 50))).size());
        assertEquals(1, store.events(Query.all().near(new Near(36.294, 37.043, 10)).limit(1)).size());
        Near around = new Near(36.294, 37.043, 10);
        assertEquals(1, store.events(Query.all().near(around).to(FEB_2)).size(), "the strike, on 2 February");
        assertEquals(1, store.events(Query.all().near(around).from(FEB_2.plusDays(1))).size(), "the clash");
        assertEquals(2, store.events(Query.all().near(around).from(FEB_2).to(FEB_2.plusDays(1))).size());
        assertEquals(2, store.reports(Query.all().near(new Near(36.3, 37.07, 10))).size(), "the count is unplaced");
    }

    @Test
    void queries_bbox_keepsRecordsPlacedInsideTheBoxOnly() {
        store.commit(adding(d1()));
        // Anadan is at lon 37.043, Hayan at lon 37.10: a box edge between them splits the events and reports
        List<Event> west = store.events(Query.all().bbox(37.0, 36.2, 37.07, 36.4));
        assertEquals(1, west.size());
        assertEquals("Anadan", west.get(0).location().name());
        assertEquals(2, store.events(Query.all().bbox(37.0, 36.2, 37.2, 36.4)).size(), "edges are inside");
        assertEquals(1, store.reports(Query.all().bbox(37.07, 36.2, 37.2, 36.4)).size());
        assertEquals(List.of(), store.events(Query.all().bbox(37.0, 36.3, 37.2, 36.4)), "north of both");
        assertEquals(List.of(), store.events(Query.all().bbox(170, -10, -170, 10)), "across the antimeridian");
        assertEquals(2, store.events(Query.all().bbox(37.0, 36.2, -170, 36.4)).size(),
                "west edge east of the east edge: the box wraps round the antimeridian");
    }

    /**
     * Windows and boxes over a random store whose events run up to 41 days: every event whose dates meet the window
     * comes back, those that began before it first (the stores read them apart), whole or a page at a time.
     */
    @Test
    void queries_windowAndBox_eventsBegunBeforeTheWindowKept_inOrder_pageByPage() {
        commitRandom(23, 150);
        assertWindowsAndBoxesAsFiltered();
    }

    protected void commitRandom(long seed, int documents) {
        RandomRecords records = new RandomRecords(seed, RandomRecords.places("test:aleppo", "test:khanasser"));
        List<ChangeSet> sets = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            sets.add(records.next());
        }
        store.commitAll(sets);
    }

    /** Events and reports of windows and boxes as the store lists them = all of them filtered here, in order. */
    protected void assertWindowsAndBoxesAsFiltered() {
        List<Event> all = store.events(Query.all());
        List<ReportRecord> allReports = store.reports(Query.all());
        int begunBefore = 0;
        for (int[] w : new int[][] {{30, 60}, {30, 30}, {90, -1}, {-1, 20}, {0, 119}, {-1, -1}}) {
            LocalDate from = w[0] < 0 ? null : RandomRecords.FIRST.plusDays(w[0]);
            LocalDate to = w[1] < 0 ? null : RandomRecords.FIRST.plusDays(w[1]);
            for (Box box : new Box[] {null, new Box(36.8, 35.5, 37.6, 36.4), new Box(37.0, 35.9, 37.4, 36.3)}) {
                Query q = Query.all().from(from).to(to).bbox(box);
                List<Event> expected = all.stream().filter(e -> meets(e.date(), from, to)
                        && inside(e.location(), box)).toList();
                assertEquals(ids(expected), ids(store.events(q)), q.toString());
                assertEquals(ids(expected), ids(pagesOf(q, 4)), "pages of four: " + q);
                assertEquals(allReports.stream().filter(r -> meets(r.report().date(), from, to)
                        && inside(r.report().location(), box)).map(r -> r.report().id()).toList(),
                        store.reports(q).stream().map(r -> r.report().id()).toList(), "reports: " + q);
                begunBefore += (int) expected.stream().filter(e -> from != null && e.date().start().isBefore(from))
                        .count();
            }
        }
        assertTrue(begunBefore > 20, "the windows hold events that began before them: " + begunBefore);
    }

    /** Whether dates meet a window (undated records meet only no window). */
    private static boolean meets(org.sitrep.model.DateSpan d, LocalDate from, LocalDate to) {
        return d == null ? from == null && to == null
                : (from == null || !d.end().isBefore(from)) && (to == null || !d.start().isAfter(to));
    }

    private static boolean inside(org.sitrep.model.Location l, Box box) {
        return box == null || l != null && l.lat() != null && box.contains(l.lat(), l.lon());
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    private List<Event> pagesOf(Query q, int size) {
        List<Event> paged = new ArrayList<>();
        Query page = q.limit(size);
        for (int guard = 0; guard < 1_000; guard++) {
            List<Event> got = store.events(page);
            paged.addAll(got);
            if (got.size() < size) {
                return paged;
            }
            page = page.after(org.sitrep.model.Cursor.after(got.get(got.size() - 1)));
        }
        throw new AssertionError("paging did not end: " + q);
    }

    /** Tallies over a random store: the store's counts, and what streaming its events and counting gives. */
    private static List<EventTally> tallies() {
        Query window = Query.all().from(RandomRecords.FIRST.plusDays(10)).to(RandomRecords.FIRST.plusDays(70));
        Near around = new Near(36.2, 37.13, 30);
        List<EventTally> out = new ArrayList<>();
        for (Query q : List.of(Query.all(), window, window.type("Air/drone strike"), Query.all().type("Battles"),
                window.near(around), Query.all().near(around).type("Shelling/artillery/missile attack"),
                window.bbox(36.8, 35.5, 37.6, 36.4), Query.all().actor("brigade"), window.actor("islamic-state"),
                Query.all().place("aleppo"), window.place("khanas"))) {
            out.add(EventTally.of(q));
            out.add(EventTally.of(q).actorIds(Set.of("islamic-state", "hamas")));
            out.add(EventTally.of(q).actorIds(Set.of("islamic-state", "hamas")).initiatorOnly(true));
            out.add(EventTally.of(q).actorIds(Set.of("syrian-armed-forces", "syrian-arab-army", "tiger-forces")));
            out.add(EventTally.of(q).placeIds(Set.of("test:v1", "test:homs")));
            out.add(EventTally.of(q.place(q.place() == null ? "halab" : q.place())).placeIds(Set.of("test:v2")));
        }
        return out;
    }

    private void assertTalliesAsStreamed(String when) {
        for (EventTally t : tallies()) {
            assertEquals(Tallies.byStreaming(store, t), store.eventDates(t), when + ": " + t);
        }
        Query window = Query.all().from(RandomRecords.FIRST.plusDays(5)).to(RandomRecords.FIRST.plusDays(50));
        for (Query q : List.of(Query.all(), window, window.near(new Near(36.2, 37.13, 40)))) {
            for (ReportKind kind : List.of(ReportKind.COUNT, ReportKind.STATUS)) {
                List<ReportRecord> some = new ArrayList<>();
                store.streamReports(q, kind, some::add);
                assertEquals(store.reports(q).stream().filter(r -> r.report().kind() == kind).toList(), some,
                        when + ": " + kind + " observations of " + q);
                assertFalse(kind == ReportKind.STATUS && q.near() == null && some.isEmpty(), "the store holds some");
            }
        }
    }

    @Test
    void eventDates_countWhatStreamingCounts_afterWritesRewritesAndRemovals() {
        RandomRecords records = new RandomRecords(11, RandomRecords.places("test:aleppo", "test:khanasser"));
        List<ChangeSet> sets = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            sets.add(records.next());
        }
        store.commitAll(sets);
        assertTalliesAsStreamed("written");
        assertTrue(store.eventDates(EventTally.of(Query.all())).stream().mapToLong(DateCount::count).sum() > 250,
                "the store holds the events written");
        // events rewritten (a merge changes actors, place and dates) and documents removed keep the counts right
        List<ChangeSet.EventWrite> rewrites = new ArrayList<>();
        for (ChangeSet cs : sets.subList(0, 40)) {
            ChangeSet.EventWrite w = cs.events().get(0);
            rewrites.add(new ChangeSet.EventWrite(records.rewritten(w.event()), null, null, w.sources()));
        }
        ChangeSet more = records.next();
        store.commit(new ChangeSet(more.document(), Map.of(), List.of(), concat(more.events(), rewrites)));
        assertTalliesAsStreamed("rewritten");
        for (ChangeSet cs : sets.subList(40, 60)) {
            store.remove(new Removal(cs.document().info().id(), cs.events().stream().map(w -> w.event().id())
                    .toList(), List.of()));
        }
        assertTalliesAsStreamed("removed");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void absentRecords_empty() {
        assertTrue(store.event("e0").isEmpty());
        assertTrue(store.report("r0").isEmpty());
        assertTrue(store.document("d0").isEmpty());
        assertTrue(store.original("d0").isEmpty());
        assertTrue(store.reportsOf("d0").isEmpty());
        assertEquals(new Counts(0, 0, 0), store.counts());
    }
}
