package org.sitrep.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Processed;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.json.TestRecords;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.PutResult;

/**
 * A separate process for {@link StoreCrashIT}: puts generated documents into a store one transaction each and
 * prints "committed N" after each commit, until it is killed or done ("done added=A unchanged=U").
 */
public final class StoreCrashWriter {
    private StoreCrashWriter() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int added = 0;
        int unchanged = 0;
        try (RecordingStore store = RecordingStore.open(db)) {
            for (int i = 0; i < count; i++) {
                PutResult r = store.put(generated(i));
                if (r == PutResult.ADDED) {
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

    /** How many reports document i has: varied, up to 40, so a kill often lands inside a transaction. */
    static int reportCount(int i) {
        return (i * 7) % 40 + 1;
    }

    static Processed generated(int i) {
        String id = documentId(i);
        Document d = TestRecords.document(id, "w".repeat(5000), "Outlet " + (i % 5),
                LocalDate.of(2016, 1, 1).plusDays(i % 300));
        List<Report> reports = new ArrayList<>();
        SubEventType[] types = SubEventType.values();
        for (int k = 0; k < reportCount(i); k++) {
            Report r = TestRecords.fullReport(id, k, types[(i + k) % types.length], "Place " + k,
                    35.0 + k * 0.01, 37.0 + i * 0.001, LocalDate.of(2016, 1, 1).plusDays((i + k) % 300),
                    k % 3 == 0 ? null : k, k % 2 == 0 ? "speaker " + k : null, "Outlet " + (i % 5));
            reports.add(r);
            if (k % 2 != 0) {
                reports.set(k, r.withEventId(null));
            }
        }
        return new Processed(d, reports);
    }
}
