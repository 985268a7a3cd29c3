package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;

/** JSON Lines: one record per line, exactly as the codec writes it (and the store keeps it). */
public final class JsonlWriter {
    private final SitrepJson json = SitrepJson.standard();

    public int writeEvents(Iterable<Event> events, Writer out) throws IOException {
        int n = 0;
        for (Event e : events) {
            out.write(json.writeEvent(e));
            out.write('\n');
            n++;
        }
        out.flush();
        return n;
    }

    public int writeReports(Iterable<ReportRecord> reports, Writer out) throws IOException {
        int n = 0;
        for (ReportRecord r : reports) {
            out.write(json.writeReport(r));
            out.write('\n');
            n++;
        }
        out.flush();
        return n;
    }
}
