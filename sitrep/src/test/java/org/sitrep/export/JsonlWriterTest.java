package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.json.TestRecords;
import org.sitrep.model.Event;

class JsonlWriterTest {
    @Test
    void writeEvents_oneDecodableObjectPerLine() throws Exception {
        StringWriter out = new StringWriter();
        List<Event> events = GeoJsonWriterTest.events();
        assertEquals(3, new JsonlWriter().writeEvents(events, out));
        String[] lines = out.toString().split("\n", -1);
        assertEquals(4, lines.length, "three lines, each ended by a newline");
        assertEquals("", lines[3]);
        for (int i = 0; i < 3; i++) {
            assertEquals(events.get(i), SitrepJson.standard().readEvent(lines[i]));
        }
    }

    @Test
    void writeReports_oneDecodableObjectPerLine() throws Exception {
        DocumentInfo d = new DocumentInfo("d1", "p", "t", "o", null, LocalDate.of(2016, 1, 1), null, null, null, null);
        List<ReportRecord> reports = List.of(new ReportRecord(TestRecords.minimalReport("d1", 0), d),
                new ReportRecord(TestRecords.countReport("d1", 1, 7), d));
        StringWriter out = new StringWriter();
        assertEquals(2, new JsonlWriter().writeReports(reports, out));
        List<ReportRecord> back = out.toString().lines().map(SitrepJson.standard()::readReport).toList();
        assertEquals(reports, back);
    }

    @Test
    void writeReports_reportWithMeasures_measuresOnTheLine() throws Exception {
        DocumentInfo d = new DocumentInfo("d1", "p", "t", "o", null, LocalDate.of(2016, 1, 1), null, null, null, null);
        ReportRecord rec = new ReportRecord(TestRecords.measuredReport("d1", 0), d);
        StringWriter out = new StringWriter();
        new JsonlWriter().writeReports(List.of(rec), out);
        String line = out.toString().lines().findFirst().orElseThrow();
        assertEquals("equipment_destroyed",
                SitrepJson.standard().parse(line).get("measures").get(0).get("kind").asText());
        assertEquals(rec, SitrepJson.standard().readReport(line));
    }
}
