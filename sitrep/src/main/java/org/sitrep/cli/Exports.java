package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import org.sitrep.export.AcledCsvWriter;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.export.EventFocus;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.GeoJsonWriter;
import org.sitrep.export.JsonlWriter;
import org.sitrep.store.Query;
import org.sitrep.store.Store;

/** Runs one export from a store to a writer. */
final class Exports {
    enum What { reports, events }

    /** What to export, in which format, filtered how; {@code out} null means stdout. */
    record Job(What what, ExportFormat format, Query query, java.nio.file.Path out) {
        Job {
            if (what == What.reports && !format.holdsReports()) {
                throw new IllegalArgumentException(format.wireName() + " holds events only; use --what events");
            }
        }
    }

    private Exports() {
    }

    /**
     * Writes the records and returns how many were written; what was left out, and why, is said on
     * {@code notices}.
     */
    static int write(Store store, Job job, Writer w, java.io.PrintWriter notices) throws IOException {
        if (job.what() == What.reports) {
            return new JsonlWriter().writeReports(store.reports(job.query()), w);
        }
        var events = store.events(job.query());
        return switch (job.format()) {
            case JSONL -> new JsonlWriter().writeEvents(events, w);
            case ACLED_CSV -> {
                AcledCsvWriter.Written written = new AcledCsvWriter(
                        loc -> Gazetteer.get().acledAdmin1At(loc.lat(), loc.lon()))
                        .withFocusCountry(new EventFocus(store)::of).writeCounted(events, store::lastPublished, w);
                written.note().ifPresent(n -> notices.println("sitrep: " + n));
                yield written.rows();
            }
            case GEOJSON -> new GeoJsonWriter().write(events, w);
        };
    }
}
