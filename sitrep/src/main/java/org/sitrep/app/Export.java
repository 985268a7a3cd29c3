package org.sitrep.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.List;
import org.sitrep.export.AcledCsvWriter;
import org.sitrep.export.EventFocus;
import org.sitrep.export.GeoJsonWriter;
import org.sitrep.export.JsonlWriter;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.store.Store;

/** One export of stored records: what, in which format, filtered how, and where to ({@code out} null: stdout). */
public record Export(What what, ExportFormat format, Query query, Path out) {
    /** The records an export holds. */
    public enum What { reports, events }

    public Export {
        if (what == What.reports && !format.holdsReports()) {
            throw new IllegalArgumentException(format.wireName() + " holds events only; use --what events");
        }
    }

    /** Writes the records and returns how many were written; what was left out, and why, goes to {@code notices}. */
    int write(Store store, Writer w, Consumer<String> notices) throws IOException {
        if (what == What.reports) {
            return new JsonlWriter().writeReports(store.reports(query), w);
        }
        return writeEvents(format, store.events(query), store, w, notices);
    }

    /** Writes these events (a page already read) in a format; returns how many were written. */
    static int writeEvents(ExportFormat format, List<Event> events, Store store, Writer w, Consumer<String> notices)
            throws IOException {
        return switch (format) {
            case JSONL -> new JsonlWriter().writeEvents(events, w);
            case ACLED_CSV -> {
                AcledCsvWriter.Written written = new AcledCsvWriter(
                        loc -> Gazetteer.get().acledAdmin1At(loc.lat(), loc.lon()))
                        .withFocusCountry(new EventFocus(store)::of).writeCounted(events, store::lastPublished, w);
                written.note().ifPresent(notices);
                yield written.rows();
            }
            case GEOJSON -> new GeoJsonWriter().write(events, w);
            case PARQUET -> throw new IllegalArgumentException("parquet writes a folder of tables, not a stream: "
                    + "give --out DIR");
        };
    }
}
