package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventFacts;
import org.sitrep.model.SubEventType;

/** The token-by-token reader of an event's facts against what the event itself says. */
class EventFactsReaderTest {
    private final SitrepJson json = SitrepJson.standard();
    private final ObjectMapper mapper = new ObjectMapper();

    /** The narrow JSON a store builds from an event's record: its members, with the first report's id. */
    private String narrow(Event e) throws Exception {
        ObjectNode full = (ObjectNode) mapper.readTree(json.writeEvent(e));
        ObjectNode n = mapper.createObjectNode();
        for (String m : List.of("id", "sub_event_type", "actor1", "location", "date", "sources")) {
            n.set(m, full.get(m));
        }
        n.put("first_report", e.reportIds().isEmpty() ? null : e.reportIds().get(0));
        return mapper.writeValueAsString(n);
    }

    private Event full() {
        return TestRecords.eventOf(TestRecords.fullReport("d1", 2, SubEventType.AIR_DRONE_STRIKE, "Ḩarastā", 33.56,
                36.37, LocalDate.of(2016, 2, 3), 4, "the Observatory", "Enab Baladi"));
    }

    @Test
    void readsWhatTheEventSays_fromTextAndFromBytes() throws Exception {
        Event e = full();
        String text = narrow(e);
        assertEquals(EventFacts.of(e), json.readEventFacts(text));
        assertEquals(EventFacts.of(e), json.readEventFacts(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheWholeEventRecord_itsFirstReportFromTheIds() {
        Event e = full();
        assertEquals(EventFacts.of(e), json.readEventFacts(json.writeEvent(e)));
        Event two = new Event(e.id(), e.subEventType(), e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2(),
                e.location(), e.date(), e.fatalities(), List.of("r-first", "r-second"), e.sources(), e.flags());
        assertEquals("r-first", json.readEventFacts(json.writeEvent(two)).firstReportId());
    }

    @Test
    void namesManyEventsRepeat_areKeptOnce() throws Exception {
        byte[] text = narrow(full()).getBytes(StandardCharsets.UTF_8);
        EventFacts a = json.readEventFacts(text);
        EventFacts b = json.readEventFacts(text);
        assertSame(a.location().name(), b.location().name());
        assertSame(a.actor1().get(0).name(), b.actor1().get(0).name());
        assertSame(a.date().start(), b.date().start());
    }

    @Test
    void emptyValues_readAsAbsent() throws Exception {
        Event e = TestRecords.eventOf(TestRecords.fullReport("d1", 1, null, null, null, null, null, null, null,
                null));
        EventFacts f = json.readEventFacts(narrow(e));
        assertEquals(EventFacts.of(e), f);
        assertNull(f.location());
        assertNull(f.date());
    }

    @Test
    void unknownMembers_areSkipped_evenNested() throws Exception {
        Event e = full();
        ObjectNode n = (ObjectNode) mapper.readTree(narrow(e));
        n.putObject("later").putArray("deep").addObject().put("x", 1);
        ((ObjectNode) n.get("location")).putArray("outline").add(1.5);
        assertEquals(EventFacts.of(e), json.readEventFacts(mapper.writeValueAsString(n)));
    }

    /** The reader stops once it has every member it takes, wherever they stand among the others. */
    @Test
    void membersInAnyOrder_withOthersAmongThem_areAllRead() throws Exception {
        Event e = full();
        ObjectNode n = (ObjectNode) mapper.readTree(narrow(e));
        ObjectNode reordered = mapper.createObjectNode();
        reordered.putObject("tally").put("documents", 3);
        for (String m : List.of("sources", "date", "first_report", "location", "actor1", "sub_event_type", "id")) {
            reordered.set(m, n.get(m));
            reordered.putArray("after_" + m).add("x");
        }
        assertEquals(EventFacts.of(e), json.readEventFacts(mapper.writeValueAsString(reordered)));
    }

    @Test
    void malformedFacts_areFormatErrorsNamingTheMember() throws Exception {
        String good = narrow(full());
        assertTrue(message(good.replace("\"id\":", "\"idx\":")).contains("id"));
        assertTrue(message(good.replace("Air/drone strike", "Air raid")).contains("sub_event_type"));
        assertTrue(message(good.replace("\"geo_precision\":1", "\"geo_precision\":\"one\""))
                .contains("location.geo_precision"));
        assertTrue(message(good.replace("\"start\":\"2016-02-03\"", "\"start\":\"3 Feb\"")).contains("start"));
        assertTrue(message(good.replace("\"sources\":[", "\"sources\":[7,")).contains("sources"));
        assertTrue(message(good.substring(0, good.length() / 2)).contains("not valid JSON"));
        assertTrue(message("[1, 2]").contains("expected an object"));
    }

    private String message(String text) {
        return assertThrows(JsonFormatException.class, () -> json.readEventFacts(text)).getMessage();
    }
}
