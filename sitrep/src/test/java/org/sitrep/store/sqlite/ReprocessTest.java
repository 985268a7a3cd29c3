package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.IngestListener;
import org.sitrep.app.ReprocessSummary;
import org.sitrep.app.Sitrep;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.SourceFinder;
import org.sitrep.model.ReportRecord;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Processed;
import org.sitrep.record.Recorder;
import org.sitrep.model.Query;

/**
 * {@code sitrep reprocess} turns a store made by the previous release (schema 2, no original bytes, an older
 * engine's reports) into the store a fresh ingest with the current engine makes.
 */
class ReprocessTest {
    private static final Engine ENGINE = Engine.standard();

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();
    private final IngestListener listener = (file, problem) -> problems.add(file + ": " + problem);

    /** A copy of the examples, so that files can go missing. */
    private Path articles() throws IOException {
        String p = System.getProperty("sitrep.examples");
        Assumptions.assumeTrue(p != null && Files.isDirectory(Path.of(p)), "examples/ folder not found");
        Path copy = Files.createDirectories(dir.resolve("articles"));
        for (Path f : SourceFinder.find(List.of(Path.of(p)))) {
            Files.copy(f, copy.resolve(f.getFileName()));
        }
        return copy;
    }

    /** A store as sitrep 0.1 left it: schema 2, no bytes kept, and an older engine that missed each last report. */
    private Path previousRelease(Path articles) throws Exception {
        Path db = dir.resolve("old.db");
        DocumentReader reader = new DocumentReader();
        try (SqliteStore store = SqliteStore.open(db, Migrations.load("/org/sitrep/store/release-0.1/"))) {
            assertEquals(2, store.schemaVersion());
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            for (Path f : SourceFinder.find(List.of(articles))) {
                Processed now = ENGINE.process(reader.readFully(f));
                List<org.sitrep.model.Report> older = now.reports().isEmpty() ? now.reports()
                        : now.reports().subList(0, now.reports().size() - 1);
                recorder.record(new Processed(now.document(), older, now.originalOutlet()), null);
            }
        }
        return db;
    }

    /**
     * A dump's records: without the version, the columns a migration added empty (schema 9's) and the facts it
     * filled from the records (schema 10's, the events' last column).
     */
    private static List<String> records(List<String> dump) {
        return dump.stream().filter(row -> !row.startsWith("schema_version"))
                .map(row -> row.replace(" | actor_ids=null | place_id=null", "").replaceAll("(?s) \\| facts=.*$", ""))
                .toList();
    }

    private Path freshIngest(Path articles) {
        Path db = dir.resolve("fresh.db");
        try (Sitrep s = Sitrep.open(db)) {
            s.ingest(ENGINE, EventAssessor.standard(), List.of(articles), listener);
        }
        return db;
    }

    @Test
    void reprocess_previousReleaseStore_sameStoreAsAFreshIngest() throws Exception {
        Path articles = articles();
        Path old = previousRelease(articles);
        List<String> before = StoreDump.dump(old);
        Path fresh = freshIngest(articles);
        assertNotEquals(StoreDump.dump(fresh), before, "the older engine's store differs to begin with");

        ReprocessSummary s = Sitrep.reprocess(old, ENGINE, EventAssessor.standard(), listener);
        assertEquals(List.of(), problems);
        assertEquals(0, s.kept());
        assertTrue(s.rerun() >= 10, s.line());
        assertEquals(StoreDump.dump(fresh), StoreDump.dump(old));
        // opening it to read migrated it to the current schema; its records are as they were
        assertEquals(records(before), records(StoreDump.dump(old.resolveSibling("old.db.before-reprocess"))),
                "the previous store is kept as it was");
    }

    @Test
    void reprocess_storeWithBytes_filesGone_sameStoreAgain() throws Exception {
        Path articles = articles();
        Path db = freshIngest(articles);
        List<String> before = StoreDump.dump(db);
        for (Path f : SourceFinder.find(List.of(articles))) {
            Files.delete(f);
        }
        ReprocessSummary s = Sitrep.reprocess(db, ENGINE, EventAssessor.standard(), listener);
        assertEquals(List.of(), problems);
        assertEquals(0, s.kept(), "the store's own bytes are read");
        assertEquals(before, StoreDump.dump(db), "nothing changed, every event keeps its id");
    }

    @Test
    void reprocess_previousReleaseStore_fileGone_storedReportsKeptAndSaid() throws Exception {
        Path articles = articles();
        Path old = previousRelease(articles);
        Path gone = SourceFinder.find(List.of(articles)).get(0);
        List<String> keptReports;
        String goneId;
        try (SqliteStore store = SqliteStore.open(old)) {
            goneId = store.documentIds().get(0);
            keptReports = store.reportsOf(goneId).stream().map(r -> r.report().id()).toList();
        }
        Files.delete(gone);
        ReprocessSummary s = Sitrep.reprocess(old, ENGINE, EventAssessor.standard(), listener);
        assertEquals(1, s.kept(), s.line());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(gone.toString()) && problems.get(0).contains("kept"), problems.get(0));
        try (SqliteStore store = SqliteStore.open(old)) {
            assertEquals(keptReports, store.reportsOf(goneId).stream().map(r -> r.report().id()).toList());
            assertFalse(store.reports(Query.all()).stream().map(ReportRecord::report)
                    .filter(r -> r.documentId().equals(goneId)).toList().isEmpty());
        }
    }
}
