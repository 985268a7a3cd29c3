package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sitrep.model.SourceTally;
import org.sitrep.model.Grade;
import org.sitrep.model.Contradiction;
import org.sitrep.model.AirwarsGrade;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.json.TestRecords;
import org.sitrep.model.ActorRef;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;

class AcledCsvWriterTest {
    private static final String EXPECTED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,"
            + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
            + "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
            + "source,source_scale,notes,fatalities,tags,timestamp";

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of(EXPECTED_HEADER.split(",")), p.getHeaderNames());
            return p.getRecords();
        }
    }

    private static String write(List<Event> events, Optional<LocalDate> published) throws Exception {
        StringWriter out = new StringWriter();
        new AcledCsvWriter().write(events, e -> published, out);
        return out.toString();
    }

    @Test
    void write_events_exactHeaderAndAcledConventions() throws Exception {
        Event e = GeoJsonWriterTest.events().get(0);
        String csv = write(List.of(e), Optional.of(LocalDate.of(2016, 2, 4)));
        assertTrue(csv.startsWith(EXPECTED_HEADER + "\r\n"));
        List<CSVRecord> rows = parse(csv);
        assertEquals(1, rows.size());
        CSVRecord r = rows.get(0);
        assertEquals(e.id(), r.get("event_id_cnty"));
        assertEquals("2016-02-02", r.get("event_date"));
        assertEquals("2016", r.get("year"));
        assertEquals("1", r.get("time_precision"));
        assertEquals("Political violence", r.get("disorder_type"));
        assertEquals("Explosions/Remote violence", r.get("event_type"));
        assertEquals("Air/drone strike", r.get("sub_event_type"));
        assertEquals("Syrian Air Force", r.get("actor1"));
        assertEquals("Russian Air Force", r.get("assoc_actor_1"));
        assertEquals("1", r.get("inter1"));
        assertEquals("civilians", r.get("actor2"));
        assertEquals("7", r.get("inter2"));
        assertEquals("17", r.get("interaction"));
        assertEquals("Civilian targeting", r.get("civilian_targeting"));
        assertEquals("760", r.get("iso"));
        assertEquals("Middle East", r.get("region"));
        assertEquals("Syria", r.get("country"));
        assertEquals("Aleppo", r.get("admin1"));
        assertEquals("Anadan", r.get("location"));
        assertEquals("36.294", r.get("latitude"));
        assertEquals("37.043", r.get("longitude"));
        assertEquals("1", r.get("geo_precision"));
        assertEquals("Enab Baladi", r.get("source"));
        assertEquals("5", r.get("fatalities"));
        assertEquals(Long.toString(LocalDate.of(2016, 2, 4).atStartOfDay(ZoneOffset.UTC).toEpochSecond()),
                r.get("timestamp"));
        assertTrue(r.get("notes").contains(e.reportIds().get(0)));
    }

    @Test
    void write_acledAdmin1Known_acledSpellingElseOwnName() throws Exception {
        Event placed = GeoJsonWriterTest.events().get(0);
        StringWriter w = new StringWriter();
        new AcledCsvWriter(loc -> Optional.of("Idleb")).write(List.of(placed), e -> Optional.empty(), w);
        assertEquals("Idleb", parse(w.toString()).get(0).get("admin1"));
        StringWriter plain = new StringWriter();
        new AcledCsvWriter(loc -> Optional.empty()).write(List.of(placed), e -> Optional.empty(), plain);
        assertEquals(placed.location().admin1() == null ? "" : placed.location().admin1(),
                parse(plain.toString()).get(0).get("admin1"));
    }

    @Test
    void write_eventOnlyDenied_leftOut() throws Exception {
        Event e = GeoJsonWriterTest.events().get(0);
        Event denied = new Event(e.id(), e.subEventType(), e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2(),
                e.location(), e.date(), e.fatalities(), e.reportIds(), e.sources(), List.of("unasserted"));
        assertEquals(1, parse(write(List.of(denied, e), Optional.empty())).size());
    }

    @Test
    void write_gradedContestedEvent_tagsCarryGrades() throws Exception {
        Event base = GeoJsonWriterTest.events().get(0);
        Event graded = base.withAssessment(new SourceTally(2, List.of("A", "B"), List.of(), List.of("A", "B"),
                List.of()), List.of(new Contradiction(Contradiction.Kind.NUMBER, "5 vs 9 killed", List.of(
                        new Contradiction.Side("5 killed", List.of("r1"), List.of("A")),
                        new Contradiction.Side("9 killed", List.of("r2"), List.of("B"))))),
                new Grade('F', 3, AirwarsGrade.CONTESTED, List.of("two independent sources disagree")));
        CSVRecord r = parse(write(List.of(graded), Optional.empty())).get(0);
        assertTrue(r.get("tags").startsWith("admiralty=F3; airwars=Contested; contested=number; "
                + "independent_sources=2"), r.get("tags"));
    }

    @Test
    void write_unknownFatalities_zeroWithNote() throws Exception {
        Event e = GeoJsonWriterTest.events().get(1);
        CSVRecord r = parse(write(List.of(e), Optional.empty())).get(0);
        assertEquals("0", r.get("fatalities"));
        assertTrue(r.get("notes").contains("unknown"), r.get("notes"));
        assertEquals("", r.get("timestamp"));
        assertEquals("", r.get("latitude"), "an unplaced event has no invented coordinates");
    }

    @Test
    void write_eventWithoutType_emptyCellsNotInventedValues() throws Exception {
        Event undated = GeoJsonWriterTest.events().get(2);
        Event e = new Event(undated.id(), null, undated.actor1(), undated.actor2(), undated.assocActor1(),
                undated.assocActor2(), undated.location(),
                new DateSpan(LocalDate.of(2016, 2, 2), LocalDate.of(2016, 2, 2), DatePrecision.DAY, null, null),
                undated.fatalities(), undated.reportIds(), undated.sources(), undated.flags());
        CSVRecord r = parse(write(List.of(e), Optional.empty())).get(0);
        for (String column : List.of("disorder_type", "event_type", "sub_event_type", "source")) {
            assertEquals("", r.get(column), column);
        }
        assertEquals("Saraqib", r.get("location"));
    }

    @Test
    void write_undatedEvent_leftOutAndCounted() throws Exception {
        StringWriter out = new StringWriter();
        AcledCsvWriter.Written w = new AcledCsvWriter().writeCounted(GeoJsonWriterTest.events(),
                e -> Optional.empty(), out);
        List<CSVRecord> rows = parse(out.toString());
        assertEquals(2, rows.size(), "the undated event is no ACLED row");
        assertEquals(new AcledCsvWriter.Written(2, 1), w);
        for (CSVRecord r : rows) {
            assertTrue(!r.get("event_date").isEmpty() && !r.get("time_precision").isEmpty(), r.toString());
        }
        assertTrue(w.note().orElseThrow().contains("1 event left out"), w.note().toString());
        assertTrue(new AcledCsvWriter.Written(3, 0).note().isEmpty());
    }

    private static Event placedAt(Location loc) {
        Event b = GeoJsonWriterTest.events().get(0);
        return new Event(b.id(), b.subEventType(), b.actor1(), b.actor2(), b.assocActor1(), b.assocActor2(), loc,
                b.date(), b.fatalities(), b.reportIds(), b.sources(), b.flags());
    }

    @Test
    void write_placeUnknownOrUnresolved_countryFromDocumentsFocusAndNotesSaySo() throws Exception {
        Mention m = Mention.of("Tell Nowhere", 0, 12);
        Event unplaced = placedAt(null);
        Event unresolved = placedAt(Location.unresolved(m));
        StringWriter out = new StringWriter();
        new AcledCsvWriter().withFocusCountry(e -> Optional.of("SY"))
                .write(List.of(unplaced, unresolved), e -> Optional.empty(), out);
        List<CSVRecord> rows = parse(out.toString());
        for (CSVRecord r : rows) {
            assertEquals("Syria", r.get("country"));
            assertEquals("760", r.get("iso"));
            assertEquals("", r.get("latitude"), "no invented coordinates");
            assertTrue(r.get("notes").contains("Country from the documents' focus"), r.get("notes"));
        }
        assertTrue(rows.get(0).get("notes").contains("Location unknown"), rows.get(0).get("notes"));
        assertTrue(rows.get(1).get("notes").contains("'Tell Nowhere' is not placed"), rows.get(1).get("notes"));
    }

    @Test
    void write_placeGivesCountry_focusNotAsked() throws Exception {
        StringWriter out = new StringWriter();
        new AcledCsvWriter().withFocusCountry(e -> Optional.of("IQ"))
                .write(List.of(GeoJsonWriterTest.events().get(0)), e -> Optional.empty(), out);
        CSVRecord r = parse(out.toString()).get(0);
        assertEquals("Syria", r.get("country"));
        assertTrue(!r.get("notes").contains("focus") && !r.get("notes").contains("Location"), r.get("notes"));
    }

    @Test
    void write_noFocusKnown_countryStaysUnknownAndSaid() throws Exception {
        StringWriter out = new StringWriter();
        new AcledCsvWriter().write(List.of(placedAt(null)), e -> Optional.empty(), out);
        CSVRecord r = parse(out.toString()).get(0);
        assertEquals("", r.get("country"), "never a default country");
        assertEquals("", r.get("iso"));
        assertTrue(r.get("notes").contains("Country unknown"), r.get("notes"));
    }

    @Test
    void write_awkwardText_quotedPerRfc4180AndListsSemicolonSeparated() throws Exception {
        Mention m = Mention.of("x", 0, 1);
        Event base = GeoJsonWriterTest.events().get(0);
        Event e = new Event(base.id(), SubEventType.ARMED_CLASH,
                List.of(new ActorRef("Group \"A\", north", null, 2, m), new ActorRef("Group B", null, 2, m)),
                List.of(new ActorRef("Army\nunit", null, 1, m)),
                List.of(new ActorRef("Group C", null, null, m)), List.of(),
                new Location("Tell, \"the hill\"", m, null, null, null, null, null, "Atlantis", null),
                new DateSpan(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29), DatePrecision.MONTH, null, null),
                3, base.reportIds(), List.of("SANA", "SOHR"), List.of("disputed"));
        CSVRecord r = parse(write(List.of(e), Optional.empty())).get(0);
        assertEquals("Group \"A\", north", r.get("actor1"));
        assertEquals("Group B; Group C", r.get("assoc_actor_1"));
        assertEquals("Army\nunit", r.get("actor2"));
        assertEquals("12", r.get("interaction"), "lower code first");
        assertEquals("", r.get("civilian_targeting"));
        assertEquals("3", r.get("time_precision"));
        assertEquals("SANA; SOHR", r.get("source"));
        assertEquals("Atlantis", r.get("country"));
        assertEquals("", r.get("iso"), "no code for an unknown country");
        assertEquals("disputed", r.get("tags"));
        assertTrue(r.get("notes").contains("2016-02-01 to 2016-02-29"));
    }

    @Test
    void interaction_codes_acledRules() {
        assertEquals("17", AcledCsvWriter.interaction(7, 1, false));
        assertEquals("10", AcledCsvWriter.interaction(1, null, true));
        assertEquals("", AcledCsvWriter.interaction(1, null, false), "actor2 present but its category unknown");
        assertEquals("", AcledCsvWriter.interaction(null, 2, false));
        assertEquals("22", AcledCsvWriter.interaction(2, 2, false));
    }

    @Test
    void write_sameEventsTwice_identicalBytes() throws Exception {
        assertEquals(write(GeoJsonWriterTest.events(), Optional.of(LocalDate.of(2016, 1, 1))),
                write(GeoJsonWriterTest.events(), Optional.of(LocalDate.of(2016, 1, 1))));
    }
}
