package org.sitrep.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.SourceFinder;
import org.sitrep.model.ReportRecord;
import org.sitrep.link.BatchLinker;
import org.sitrep.link.BlockKey;
import org.sitrep.link.Blocking;
import org.sitrep.link.EventCluster;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Event;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.Query;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * Linking's two forms, incremental (the recorder, document by document into the store) and batch (all reports of a
 * block at once), make the same events from the same documents; and the blocking keys a distributed job would
 * partition by never separate two reports that were linked.
 */
class LinkingFormsTest {
    @TempDir
    Path dir;

    private static List<Processed> documents() throws Exception {
        String p = System.getProperty("sitrep.examples");
        Assumptions.assumeTrue(p != null && Files.isDirectory(Path.of(p)), "examples/ folder not found");
        List<Path> roots = new ArrayList<>(List.of(Path.of(p)));
        String shared = System.getProperty("sitrep.shared");
        if (shared != null && Files.isDirectory(Path.of(shared, "corpus", "articles"))) {
            roots.add(Path.of(shared, "corpus", "articles"));
        }
        Engine engine = Engine.standard();
        DocumentReader reader = new DocumentReader();
        List<Processed> out = new ArrayList<>();
        for (Path f : SourceFinder.find(roots)) {
            out.add(engine.process(reader.readFully(f)));
        }
        return out;
    }

    /** Each event id with the ids of its reports. */
    private static Map<String, Set<String>> incremental(List<Processed> docs, Path db) {
        Map<String, Set<String>> out = new TreeMap<>();
        try (SqliteStore store = SqliteStore.open(db)) {
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            docs.forEach(d -> recorder.record(d, null));
            for (Event e : store.events(Query.all())) {
                Set<String> ids = new TreeSet<>();
                for (ReportRecord r : store.reportsOfEvent(e.id())) {
                    ids.add(r.report().id());
                }
                out.put(e.id(), ids);
            }
        }
        return out;
    }

    @Test
    void incrementalAndBatch_sameEventsFromTheSameDocuments() throws Exception {
        List<Processed> docs = documents();
        Map<String, Set<String>> incremental = incremental(docs, dir.resolve("inc.db"));
        Map<String, Set<String>> batch = new TreeMap<>();
        for (EventCluster c : BatchLinker.standard().linkAll(docs.stream().map(Processed::reports).toList())) {
            batch.put(c.eventId(), new TreeSet<>(c.reports().stream().map(Report::id).toList()));
        }
        assertTrue(incremental.size() >= 10, "events: " + incremental.size());
        assertTrue(incremental.values().stream().anyMatch(s -> s.size() > 1), "some events hold several reports");
        Map<String, Set<String>> onlyIncremental = new TreeMap<>(incremental);
        onlyIncremental.entrySet().removeIf(e -> e.getValue().equals(batch.get(e.getKey())));
        Map<String, Set<String>> onlyBatch = new TreeMap<>(batch);
        onlyBatch.entrySet().removeIf(e -> e.getValue().equals(incremental.get(e.getKey())));
        assertEquals(onlyIncremental, onlyBatch, "events that differ (incremental, batch)");
    }

    @Test
    void blockingKeys_linkedReportsAlwaysShareABlock() throws Exception {
        List<Processed> docs = documents();
        Map<String, Report> reports = new TreeMap<>();
        docs.forEach(d -> d.reports().forEach(r -> reports.put(r.id(), r)));
        Blocking blocking = Blocking.standard();
        int pairs = 0;
        for (Set<String> event : incremental(docs, dir.resolve("keys.db")).values()) {
            for (String a : event) {
                Set<BlockKey> keys = new HashSet<>(blocking.keys(reports.get(a)));
                assertFalse(keys.isEmpty(), a);
                for (String b : event) {
                    if (a.compareTo(b) < 0) {
                        Set<BlockKey> shared = new HashSet<>(keys);
                        shared.retainAll(blocking.keys(reports.get(b)));
                        assertFalse(shared.isEmpty(), "linked reports " + a + " and " + b + " share no block");
                        pairs++;
                    }
                }
            }
        }
        assertTrue(pairs > 0, "no linked pair to check");
    }
}
