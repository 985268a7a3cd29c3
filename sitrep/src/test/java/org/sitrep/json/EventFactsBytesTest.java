package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Candidate;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;

/** The compact form of an event's facts: what goes in comes out, from either form, and damage is named. */
class EventFactsBytesTest {
    private final SitrepJson json = SitrepJson.standard();

    @Test
    void fullAndEmptyEvents_comeBackEqual_andEqualTheRecordsReading() {
        Event full = TestRecords.eventOf(TestRecords.fullReport("d1", 2, SubEventType.AIR_DRONE_STRIKE, "Ḩarastā",
                33.56, 36.37, LocalDate.of(2016, 2, 3), 4, "the Observatory", "Enab Baladi"));
        Event empty = TestRecords.eventOf(TestRecords.fullReport("d1", 1, null, null, null, null, null, null, null,
                null));
        for (Event e : List.of(full, empty)) {
            byte[] bytes = EventFactsBytes.write(EventFacts.of(e));
            assertTrue(EventFactsBytes.isFacts(bytes));
            assertEquals(EventFacts.of(e), json.readEventFacts(bytes));
            assertEquals(json.readEventFacts(json.writeEvent(e).getBytes(StandardCharsets.UTF_8)),
                    json.readEventFacts(bytes), "the same facts as the record gives");
        }
    }

    /** Property: random facts (nulls, empty and long lists, any text, far days, extreme numbers) round-trip. */
    @Test
    void randomFacts_roundTrip() {
        Random r = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            EventFacts f = random(r);
            assertEquals(f, EventFactsBytes.read(EventFactsBytes.write(f)), "case " + i);
        }
    }

    @Test
    void aRecordIsNotTakenForFacts() {
        assertFalse(EventFactsBytes.isFacts("{\"id\":\"e1\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(EventFactsBytes.isFacts(new byte[0]));
    }

    @Test
    void namesManyEventsRepeat_areKeptOnce() {
        byte[] bytes = EventFactsBytes.write(EventFacts.of(TestRecords.eventOf(TestRecords.fullReport("d1", 2,
                SubEventType.ARMED_CLASH, "Tall Rif'at", 36.47, 37.10, LocalDate.of(2016, 2, 3), 4, null, "SANA"))));
        EventFacts a = EventFactsBytes.read(bytes);
        EventFacts b = EventFactsBytes.read(bytes);
        assertSame(a.location().name(), b.location().name());
        assertSame(a.actor1().get(0).name(), b.actor1().get(0).name());
        assertSame(a.date().start(), b.date().start());
    }

    @Test
    void damagedBytes_areFormatErrors_neverWrongFacts() {
        Random r = new Random(11);
        byte[] good = EventFactsBytes.write(random(r));
        for (int cut = 1; cut < good.length; cut++) {
            byte[] shorter = Arrays.copyOf(good, cut);
            assertThrows(JsonFormatException.class, () -> EventFactsBytes.read(shorter), "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(good, good.length + 3);
        assertTrue(assertThrows(JsonFormatException.class, () -> EventFactsBytes.read(longer)).getMessage()
                .contains("left over"));
        byte[] version = good.clone();
        version[0] = 2;
        assertThrows(JsonFormatException.class, () -> EventFactsBytes.read(version));
    }

    private static EventFacts random(Random r) {
        List<ActorRef> actors = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            String name = text(r);
            actors.add(new ActorRef(name, r.nextBoolean() ? null : text(r), r.nextBoolean() ? null : 1 + r.nextInt(8),
                    mention(r, name)));
        }
        Location loc = null;
        if (r.nextInt(4) > 0) {
            String name = text(r);
            boolean placed = r.nextBoolean();
            List<Candidate> candidates = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                candidates.add(new Candidate(text(r), text(r), -90 + 180 * r.nextDouble(), -180 + 360 * r.nextDouble(),
                        r.nextBoolean() ? null : "SY", r.nextBoolean() ? null : text(r), r.nextDouble()));
            }
            loc = new Location(name, mention(r, name), placed ? -90 + 180 * r.nextDouble() : null,
                    placed ? -180 + 360 * r.nextDouble() : null, r.nextBoolean() ? null : 1 + r.nextInt(3),
                    r.nextBoolean() ? null : text(r), r.nextBoolean() ? null : text(r),
                    r.nextBoolean() ? null : text(r), candidates);
        }
        DateSpan date = null;
        if (r.nextInt(4) > 0) {
            LocalDate start = LocalDate.ofEpochDay(-40_000 + r.nextInt(80_000));
            date = new DateSpan(start, start.plusDays(r.nextInt(400)),
                    DatePrecision.values()[r.nextInt(DatePrecision.values().length)],
                    r.nextBoolean() ? null : mention(r, text(r)), strings(r));
        }
        SubEventType[] types = SubEventType.values();
        return new EventFacts(text(r), r.nextInt(5) == 0 ? null : types[r.nextInt(types.length)], actors, loc, date,
                r.nextBoolean() ? null : text(r), strings(r));
    }

    private static Mention mention(Random r, String text) {
        int start = r.nextInt(3) == 0 ? r.nextInt(Integer.MAX_VALUE / 2) : r.nextInt(500);
        return Mention.of(text, start, start + text.length());
    }

    private static List<String> strings(Random r) {
        List<String> out = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            out.add(text(r));
        }
        return out;
    }

    /** Any text: ASCII, Arabic, transliteration marks, an emoji's surrogate pair, empty, or a long run. */
    private static String text(Random r) {
        String[] pieces = {"Aleppo", "حلب", "Ḩarastā", "Tall Rif'at", "\uD83D\uDCA5", "", " ", "\"q\"", "a\\b"};
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(4); i >= 0; i--) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        if (r.nextInt(50) == 0) {
            b.append("x".repeat(70_000));
        }
        return b.toString();
    }
}
