package org.sitrep.store.postgres;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.json.TestRecords;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Document;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.record.Recorder;
import org.sitrep.store.PutResult;

/**
 * A separate process for {@link PostgresCrashIT}: records generated documents into a PostgreSQL database, one
 * transaction each, printing "committed N" after each, until it is killed or done ("done added=A unchanged=U").
 */
public final class PgCrashWriter {
    private PgCrashWriter() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        int added = 0;
        int unchanged = 0;
        try (PostgresStore store = PostgresStore.open(args[0])) {
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            for (int i = 0; i < count; i++) {
                if (recorder.record(generated(i), null) == PutResult.ADDED) {
                    added++;
                } else {
                    unchanged++;
                }
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
        System.out.println("done added=" + added + " unchanged=" + unchanged);
    }

    static String documentId(int i) {
        return DocumentReader.idOf(("generated article " + i).getBytes(StandardCharsets.UTF_8));
    }

    /** How many reports document i has: varied, up to 16, so a kill often lands inside a transaction. */
    static int reportCount(int i) {
        return (i * 7) % 16 + 1;
    }

    static Processed generated(int i) {
        String id = documentId(i);
        Document d = TestRecords.document(id, "w".repeat(2000), "Outlet " + (i % 5),
                LocalDate.of(2016, 1, 1).plusDays(i % 300));
        List<Report> reports = new ArrayList<>();
        SubEventType[] types = SubEventType.values();
        for (int k = 0; k < reportCount(i); k++) {
            reports.add(TestRecords.fullReport(id, k, types[(i + k) % types.length], "Place " + k,
                    35.0 + k * 0.01, 37.0 + i * 0.001, LocalDate.of(2016, 1, 1).plusDays((i + k) % 300),
                    k % 3 == 0 ? null : k, k % 2 == 0 ? "speaker " + k : null, "Outlet " + (i % 5)));
        }
        return new Processed(d, reports);
    }
}
