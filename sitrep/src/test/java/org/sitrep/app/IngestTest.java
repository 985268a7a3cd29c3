package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.link.EventIndex;
import org.sitrep.link.EventMerger;
import org.sitrep.link.LinkChanges;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Report;
import org.sitrep.record.Linking;
import org.sitrep.record.Recorder;
import org.sitrep.model.Counts;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.sqlite.SqliteStore;

/** Ingest records each document once, and says what it stored. */
class IngestTest {
    @TempDir
    Path dir;

    static Path examples() {
        String p = System.getProperty("sitrep.examples");
        Assumptions.assumeTrue(p != null && Files.isDirectory(Path.of(p)), "examples/ folder not found");
        return Path.of(p);
    }

    /** Counts every linking run, and who asked for it. */
    private static final class CountingLinking implements Linking {
        final AtomicInteger runs = new AtomicInteger();
        final List<String> documents = new ArrayList<>();
        private final Linking real = Linking.standard();

        @Override
        public LinkChanges link(List<Report> reports, EventIndex index) {
            runs.incrementAndGet();
            reports.stream().map(Report::documentId).distinct().forEach(documents::add);
            return real.link(reports, index);
        }
    }

    private static final IngestListener QUIET = (file, problem) -> {
        throw new AssertionError(file + ": " + problem);
    };

    @Test
    void ingest_examples_linksMergesAndGradesOncePerDocument_summaryCountsWhatIsStored() {
        CountingLinking linking = new CountingLinking();
        try (Store store = SqliteStore.open(dir.resolve("once.db"))) {
            Recorder recorder = new Recorder(store, linking, new EventMerger(), EventAssessor.standard());
            Ingest ingest = new Ingest(Engine.standard(), store, recorder);
            IngestSummary s = ingest.run(List.of(examples()), QUIET);
            Counts stored = store.counts();
            assertTrue(s.added() >= 10, s.line());
            assertEquals(s.added(), linking.runs.get(), "one linking run per document recorded");
            assertEquals(linking.documents.size(), linking.documents.stream().distinct().count(),
                    "no document linked twice: " + linking.documents);
            assertEquals(stored.events(), s.events(), "the summary's events are the events stored");
            assertEquals(stored.reports(), s.reports(), "the summary's reports are the reports stored");
            assertEquals(stored.documents(), s.added());

            IngestSummary again = ingest.run(List.of(examples()), QUIET);
            assertEquals(s.added(), linking.runs.get(), "a document already stored is not linked again");
            assertEquals(0, again.events());
            assertEquals(s.added(), again.unchanged());
        }
    }

    @Test
    void aGroupThatCannotBeStoredTogether_isStoredDocumentByDocument() {
        try (Store sqlite = SqliteStore.open(dir.resolve("alone.db"))) {
            AtomicInteger groupsRefused = new AtomicInteger();
            Store refusingGroups = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(),
                    new Class<?>[] {Store.class}, (proxy, method, args) -> {
                        if (method.getName().equals("writeAll")) {
                            groupsRefused.incrementAndGet();
                            throw new StoreException("the group was refused (test)");
                        }
                        try {
                            return method.invoke(sqlite, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            Recorder recorder = new Recorder(refusingGroups, EventAssessor.standard());
            IngestSummary s = new Ingest(Engine.standard(), refusingGroups, recorder).run(List.of(examples()), QUIET);
            assertTrue(groupsRefused.get() >= 1, "no group was tried");
            assertTrue(s.added() >= 10, s.line());
            assertEquals(sqlite.counts().documents(), s.added());
            assertEquals(0, s.skipped());
        }
    }
}
