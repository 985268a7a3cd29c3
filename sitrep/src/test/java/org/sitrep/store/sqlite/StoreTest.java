package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Processed;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.TestRecords;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.PutResult;
import org.sitrep.model.Counts;
import org.sitrep.model.Query;
import org.sitrep.store.StoreException;
import org.sitrep.model.Near;

class StoreTest {
    @TempDir
    Path dir;

    /** Three documents: an air strike near Aleppo, a clash in Idlib, and a count-only document. */
    static List<Processed> sample() {
        List<Processed> out = new ArrayList<>();
        Document d1 = TestRecords.document("d1", "x".repeat(500), "Enab Baladi", LocalDate.of(2016, 2, 4));
        Report r1 = TestRecords.fullReport("d1", 0, SubEventType.AIR_DRONE_STRIKE, "Anadan", 36.294, 37.043,
                LocalDate.of(2016, 2, 2), 5, "the civil defence", "Enab Baladi");
        Report r2 = TestRecords.fullReport("d1", 1, SubEventType.SHELLING_ARTILLERY_MISSILE, "Hayan", 36.299, 37.10,
                LocalDate.of(2016, 2, 3), null, null, "Enab Baladi");
        Report c1 = TestRecords.countReport("d1", 3, 40);
        out.add(new Processed(d1, List.of(r1, r2, c1)));
        Document d2 = TestRecords.document("d2", "y".repeat(500), "SANA", LocalDate.of(2016, 3, 11));
        Report r3 = TestRecords.fullReport("d2", 0, SubEventType.ARMED_CLASH, "Saraqib", 35.862, 36.80,
                LocalDate.of(2016, 3, 10), 12, null, "SANA");
        out.add(new Processed(d2, List.of(r3)));
        Document d3 = TestRecords.document("d3", "z".repeat(50), null, null);
        out.add(new Processed(d3, List.of(TestRecords.minimalReport("d3", 0))));
        return out;
    }

    private RecordingStore filled() {
        RecordingStore s = RecordingStore.open(dir.resolve("s.db"));
        sample().forEach(s::put);
        return s;
    }

    @Test
    void put_newDocument_addedWithAllItsRecords() {
        try (RecordingStore s = RecordingStore.open(dir.resolve("s.db"))) {
            Processed p = sample().get(0);
            assertEquals(PutResult.ADDED, s.put(p));
            assertEquals(new Counts(1, 3, 2), s.counts());
            Report r = p.reports().get(0);
            ReportRecord back = s.report(r.id()).orElseThrow();
            assertEquals(r, back.report());
            assertEquals("Enab Baladi", back.document().outlet());
            // the store links the reports itself: one event per report here, with the founding report's id
            Event alone = TestRecords.eventOf(p.reports().get(1));
            Event stored = s.event(alone.id()).orElseThrow();
            assertEquals(alone.reportIds(), stored.reportIds());
            assertEquals(alone.location(), stored.location());
            assertEquals(alone.subEventType(), stored.subEventType());
            assertTrue(stored.grade() != null, "stored events are graded");
            assertEquals(p.reports(), s.reportsOf("d1").stream().map(ReportRecord::report).toList());
            assertEquals(Optional.of(LocalDate.of(2016, 2, 4)), s.document("d1").map(d -> d.published()));
        }
    }

    @Test
    void put_reportWithMeasures_measuresSurviveTheRoundTrip() {
        try (RecordingStore s = RecordingStore.open(dir.resolve("s.db"))) {
            Document d = TestRecords.document("d7", "w".repeat(400), "SANA", LocalDate.of(2016, 2, 4));
            Report r = TestRecords.measuredReport("d7", 1);
            s.put(new Processed(d, List.of(r)));
            Report back = s.report(r.id()).orElseThrow().report();
            assertEquals(r.measures(), back.measures());
            assertEquals(2, back.measures().size());
            assertEquals(r.measures(), s.reportsOf("d7").get(0).report().measures());
        }
    }

    @Test
    void put_sameDocumentTwice_unchanged() throws Exception {
        Path f = dir.resolve("s.db");
        try (RecordingStore s = RecordingStore.open(f)) {
            assertEquals(PutResult.ADDED, s.put(sample().get(0)));
        }
        List<String> before = StoreDump.dump(f);
        try (RecordingStore s = RecordingStore.open(f)) {
            assertEquals(PutResult.UNCHANGED, s.put(sample().get(0)));
            assertEquals(new Counts(1, 3, 2), s.counts());
        }
        assertEquals(before, StoreDump.dump(f));
    }

    @Test
    void put_failureHalfway_storesNothingOfTheDocument() throws Exception {
        try (RecordingStore s = RecordingStore.open(dir.resolve("s.db"))) {
            s.put(sample().get(1));
            Processed good = sample().get(0);
            // the second report repeats the first one's id: its insert fails after the document and one report
            List<Report> reports = List.of(good.reports().get(0), good.reports().get(0));
            Processed bad = new Processed(good.document(), reports);
            StoreException e = assertThrows(StoreException.class, () -> s.put(bad));
            assertTrue(e.getMessage().contains("d1"), e.getMessage());
            assertEquals(new Counts(1, 1, 1), s.counts());
            assertTrue(s.document("d1").isEmpty());
            assertEquals(PutResult.ADDED, s.put(good));
        }
    }

    @Test
    void put_reportOfAnotherDocument_rejected() {
        try (RecordingStore s = RecordingStore.open(dir.resolve("s.db"))) {
            Processed p = sample().get(0);
            Processed wrong = new Processed(sample().get(1).document(), p.reports());
            assertThrows(IllegalArgumentException.class, () -> s.put(wrong));
            assertEquals(new Counts(0, 0, 0), s.counts());
        }
    }

    @Test
    void put_sameInputsIntoTwoFiles_identicalContent() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        try (RecordingStore s = RecordingStore.open(a)) {
            sample().forEach(s::put);
        }
        try (RecordingStore s = RecordingStore.open(b)) {
            sample().forEach(s::put);
            sample().forEach(s::put);
        }
        List<String> dumpA = StoreDump.dump(a);
        assertEquals(dumpA, StoreDump.dump(b));
        // 3 documents, 5 reports, 4 events (the undated minimal report of d3 is an event too), schema rows
        assertEquals(1 + 3 + 5 + 4, dumpA.stream().filter(row -> !row.startsWith("fingerprint_bands")).count());
    }

    @Test
    void events_dateRange_selectsOverlapping() {
        try (RecordingStore s = filled()) {
            assertEquals(4, s.events(Query.all()).size());
            List<Event> feb = s.events(Query.all().from(LocalDate.of(2016, 2, 3)).to(LocalDate.of(2016, 2, 29)));
            assertEquals(1, feb.size());
            assertEquals(LocalDate.of(2016, 2, 3), feb.get(0).date().start());
            assertEquals(2, s.events(Query.all().to(LocalDate.of(2016, 2, 3))).size());
            assertEquals(1, s.events(Query.all().from(LocalDate.of(2016, 3, 10))).size());
            assertEquals(0, s.events(Query.all().from(LocalDate.of(2017, 1, 1))).size());
        }
    }

    @Test
    void events_orderedByDateThenId() {
        try (RecordingStore s = filled()) {
            List<LocalDate> dates = s.events(Query.all()).stream()
                    .map(e -> e.date() == null ? null : e.date().start()).toList();
            assertEquals(Arrays.asList(LocalDate.of(2016, 2, 2), LocalDate.of(2016, 2, 3), LocalDate.of(2016, 3, 10),
                    null), dates);
        }
    }

    @Test
    void events_typeFilter_matchesSubTypeOrEventType() {
        try (RecordingStore s = filled()) {
            assertEquals(1, s.events(Query.all().type("air/drone strike")).size());
            assertEquals(2, s.events(Query.all().type("Explosions/Remote violence")).size());
            assertEquals(1, s.events(Query.all().type("Battles")).size());
            assertEquals(0, s.events(Query.all().type("Protests")).size());
            assertThrows(IllegalArgumentException.class, () -> Query.all().type("Picnic"));
        }
    }

    @Test
    void events_actorFilter_caseInsensitiveSubstringOfNameOrId() {
        try (RecordingStore s = filled()) {
            assertEquals(3, s.events(Query.all().actor("AIR FORCE")).size());
            assertEquals(3, s.events(Query.all().actor("ruaf")).size());
            assertEquals(0, s.events(Query.all().actor("Hezbollah")).size());
        }
    }

    @Test
    void events_placeAndSourceFilters_match() {
        try (RecordingStore s = filled()) {
            assertEquals(1, s.events(Query.all().place("saraq")).size());
            assertEquals(3, s.events(Query.all().place("Aleppo")).size(), "admin1 matches too");
            assertEquals(2, s.events(Query.all().source("enab")).size());
            assertEquals(1, s.events(Query.all().source("civil defence")).size(), "speaker of the report");
            assertEquals(1, s.events(Query.all().source("SANA")).size());
        }
    }

    @Test
    void events_near_usesGreatCircleDistance() {
        try (RecordingStore s = filled()) {
            // Anadan and Hayan are about 5 km apart; Saraqib is about 70 km south-west
            assertEquals(1, s.events(Query.all().near(new Near(36.294, 37.043, 2))).size());
            assertEquals(2, s.events(Query.all().near(new Near(36.294, 37.043, 10))).size());
            assertEquals(3, s.events(Query.all().near(new Near(36.294, 37.043, 100))).size());
            assertEquals(1, s.events(Query.all().near(new Near(36.294, 37.043, 100)).limit(1)).size());
        }
    }

    @Test
    void events_limit_capsTheList() {
        try (RecordingStore s = filled()) {
            assertEquals(2, s.events(Query.all().limit(2)).size());
            assertEquals(0, s.events(Query.all().limit(0)).size());
        }
    }

    @Test
    void reports_filters_applyToReports() {
        try (RecordingStore s = filled()) {
            assertEquals(5, s.reports(Query.all()).size());
            assertEquals(1, s.reports(Query.all().type("Armed clash")).size());
            List<ReportRecord> nearAnadan = s.reports(Query.all().near(new Near(36.294, 37.043, 10)));
            assertEquals(2, nearAnadan.size());
            assertEquals("d1", nearAnadan.get(0).document().id());
        }
    }

    @Test
    void lastPublished_event_latestDocumentDate() {
        try (RecordingStore s = filled()) {
            Event e = s.events(Query.all().type("Armed clash")).get(0);
            assertEquals(Optional.of(LocalDate.of(2016, 3, 11)), s.lastPublished(e));
        }
    }

    @Test
    void open_newFile_latestSchema() {
        try (RecordingStore s = RecordingStore.open(dir.resolve("new.db"))) {
            assertEquals(Migrations.load(Migrations.STANDARD).latest(), s.schemaVersion());
        }
    }

    @Test
    void open_olderSchema_migratedKeepingData() throws Exception {
        Path f = dir.resolve("old.db");
        RecordingStore.open(f, Migrations.load("/org/sitrep/store/old-schema/")).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("INSERT INTO notes (id, body) VALUES ('n1', 'kept')");
        }
        try (RecordingStore s = RecordingStore.open(f, Migrations.load("/org/sitrep/store/new-schema/"))) {
            assertEquals(2, s.schemaVersion());
        }
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT id, body, lang FROM notes")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + rs.getString(2) + rs.getString(3));
            }
        }
        assertEquals(List.of("n1kepten"), rows);
    }

    @Test
    void open_newerSchema_refusedWithClearMessage() {
        Path f = dir.resolve("newer.db");
        RecordingStore.open(f, Migrations.load("/org/sitrep/store/new-schema/")).close();
        StoreException e = assertThrows(StoreException.class,
                () -> RecordingStore.open(f, Migrations.load("/org/sitrep/store/old-schema/")));
        assertTrue(e.getMessage().contains("schema version 2") && e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void open_notADatabase_refusedNamingTheFile() throws Exception {
        Path f = dir.resolve("text.db");
        Files.writeString(f, "this is not a database, just words in a file that is long enough to matter");
        StoreException e = assertThrows(StoreException.class, () -> RecordingStore.open(f));
        assertTrue(e.getMessage().contains("text.db"), e.getMessage());
    }

    @Test
    void open_foreignSqliteFile_refused() throws Exception {
        Path f = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE stuff (a)");
        }
        StoreException e = assertThrows(StoreException.class, () -> RecordingStore.open(f));
        assertTrue(e.getMessage().contains("not a sitrep database"), e.getMessage());
    }

    @Test
    void event_unknownId_empty() {
        try (RecordingStore s = filled()) {
            assertFalse(s.event("nope").isPresent());
            assertFalse(s.report("nope").isPresent());
            assertFalse(s.document("nope").isPresent());
        }
    }
}
