package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.json.TestRecords;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

class GeoJsonWriterTest {
    static List<Event> events() {
        return List.of(
                TestRecords.eventOf(TestRecords.fullReport("d1", 0, SubEventType.AIR_DRONE_STRIKE, "Anadan", 36.294,
                        37.043, LocalDate.of(2016, 2, 2), 5, "the civil defence", "Enab Baladi")),
                TestRecords.eventOf(TestRecords.fullReport("d1", 1, SubEventType.ARMED_CLASH, "Nowhere", null, null,
                        LocalDate.of(2016, 2, 2), null, null, "Enab Baladi")),
                TestRecords.eventOf(TestRecords.fullReport("d2", 0, null, "Saraqib", 35.862, 36.80, null, null,
                        null, null)));
    }

    @Test
    void write_events_validRfc7946WithPlacedEventsOnly() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(2, new GeoJsonWriter().write(events(), out));
        assertEquals(List.of(), GeoJsonRules.violations(out.toString()));
        JsonNode features = new ObjectMapper().readTree(out.toString()).get("features");
        assertEquals(2, features.size());
        JsonNode first = features.get(0);
        assertEquals(37.043, first.get("geometry").get("coordinates").get(0).doubleValue(), 1e-9, "lon first");
        assertEquals(36.294, first.get("geometry").get("coordinates").get(1).doubleValue(), 1e-9);
        JsonNode p = first.get("properties");
        assertEquals(events().get(0).id(), p.get("id").asText());
        assertEquals("Air/drone strike", p.get("sub_event_type").asText());
        assertEquals("Explosions/Remote violence", p.get("event_type").asText());
        assertEquals("Syrian Air Force", p.get("actor1").get(0).asText());
        assertEquals("2016-02-02", p.get("date_start").asText());
        assertEquals(5, p.get("fatalities").intValue());
        assertEquals("Enab Baladi", p.get("sources").get(0).asText());
        assertEquals(events().get(0).reportIds().get(0), p.get("report_ids").get(0).asText());
        JsonNode second = features.get(1).get("properties");
        assertTrue(second.get("date_start").isNull() && second.get("fatalities").isNull(),
                "unknown stays null, not invented");
    }

    @Test
    void write_noEvents_emptyValidCollection() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(0, new GeoJsonWriter().write(List.of(), out));
        assertEquals(List.of(), GeoJsonRules.violations(out.toString()));
    }
}
