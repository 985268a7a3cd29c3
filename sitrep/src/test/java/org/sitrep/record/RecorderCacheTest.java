package org.sitrep.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.SourceFinder;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Event;
import org.sitrep.model.Processed;
import org.sitrep.model.Query;
import org.sitrep.model.ReportRecord;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * What a recorder keeps between documents (the reports it read and the ones it committed, their link features, the
 * store's copy of nearby reports) changes nothing it records: one recorder over all documents stores exactly what a
 * fresh recorder and a freshly opened store per document store.
 */
class RecorderCacheTest {
    @TempDir
    Path dir;

    static List<Processed> documents() throws Exception {
        String p = System.getProperty("sitrep.examples");
        Assumptions.assumeTrue(p != null && Files.isDirectory(Path.of(p)), "examples/ folder not found");
        Engine engine = Engine.standard();
        DocumentReader reader = new DocumentReader();
        List<Processed> out = new ArrayList<>();
        for (Path f : SourceFinder.find(List.of(Path.of(p)))) {
            out.add(engine.process(reader.readFully(f)));
        }
        return out;
    }

    @Test
    void oneRecorderForAll_sameStoreAsAFreshRecorderPerDocument() throws Exception {
        List<Processed> docs = documents();
        Path kept = dir.resolve("kept.db");
        try (SqliteStore store = SqliteStore.open(kept)) {
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            docs.forEach(d -> recorder.record(d, null));
        }
        Path fresh = dir.resolve("fresh.db");
        for (Processed d : docs) {
            try (SqliteStore store = SqliteStore.open(fresh)) {
                new Recorder(store, EventAssessor.standard()).record(d, null);
            }
        }
        Map<String, String> a = contents(kept);
        assertTrue(a.size() > 20, "reports and events stored: " + a.size());
        assertEquals(contents(fresh), a);
    }

    /** Every stored event's and report's JSON, by id. */
    private static Map<String, String> contents(Path db) {
        Map<String, String> out = new TreeMap<>();
        try (SqliteStore store = SqliteStore.open(db)) {
            for (Event e : store.events(Query.all())) {
                out.put("event " + e.id(), e.toString());
            }
            for (String doc : store.documentIds()) {
                for (ReportRecord r : store.reportsOf(doc)) {
                    out.put("report " + r.report().id(), r.toString());
                }
            }
        }
        return out;
    }
}
