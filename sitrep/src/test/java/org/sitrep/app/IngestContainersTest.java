package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.ArchiveFixtures;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.DocumentInfo;
import org.sitrep.record.Recorder;
import org.sitrep.store.Store;
import org.sitrep.store.sqlite.SqliteStore;

/** Feeds, archives and dumps go in one document per record, bad records are named, a re-ingest stores nothing. */
class IngestContainersTest {
    @TempDir
    Path dir;

    private final List<String> heard = new ArrayList<>();
    private final IngestListener listener = (file, problem) -> heard.add(file + ": " + problem);

    private IngestSummary ingest(Store store, LocalDate since, Path... inputs) {
        return new Ingest(Engine.standard(), store, new Recorder(store, EventAssessor.standard())).since(since)
                .run(List.of(inputs), listener);
    }

    @Test
    void folderOfContainers_eachRecordADocument_badRecordsNamed_reingestStoresNothingTwice() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        ArchiveFixtures.warc(in.resolve("crawl.warc.gz"), true);
        Files.writeString(in.resolve("wire.rss"), ArchiveFixtures.rss(4));
        Files.writeString(in.resolve("dump.jsonl"), ArchiveFixtures.jsonl());
        try (Store store = SqliteStore.open(dir.resolve("s.db"))) {
            IngestSummary s = ingest(store, null, in);
            // WARC 3 + RSS 3 + JSONL 3 documents; bad: WARC record 7, RSS item 3, JSONL lines 3 and 4
            assertEquals(9, s.added(), s.line() + " " + heard);
            assertEquals(4, s.skipped(), heard.toString());
            assertTrue(heard.stream().anyMatch(h -> h.contains("crawl.warc.gz#record 7")), heard.toString());
            assertTrue(heard.stream().anyMatch(h -> h.contains("wire.rss#item 3")), heard.toString());
            assertTrue(heard.stream().anyMatch(h -> h.contains("dump.jsonl#line 3")), heard.toString());
            assertEquals(9, store.counts().documents());
            assertTrue(store.counts().reports() > 0, "the articles' events were extracted");
            DocumentInfo page = store.documentIds().stream().map(id -> store.document(id).orElseThrow())
                    .filter(d -> d.path().equals("https://news.example/b")).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2024, 6, 8), page.published());
            assertEquals(ArchiveFixtures.page("Page B", 61), new String(store.original(page.id()).orElseThrow(),
                    java.nio.charset.StandardCharsets.UTF_8), "the payload is what the store keeps");

            long reports = store.counts().reports();
            IngestSummary again = ingest(store, null, in);
            assertEquals(0, again.added(), again.line());
            assertEquals(9, again.unchanged(), again.line());
            assertEquals(reports, store.counts().reports());
            assertEquals(9, store.counts().documents());
        }
    }

    @Test
    void since_passesOverOlderDocuments_countsThem_undatedRead() throws Exception {
        Path feed = Files.writeString(dir.resolve("wire.rss"), ArchiveFixtures.rss(6));
        try (Store store = SqliteStore.open(dir.resolve("s.db"))) {
            // items dated 1 to 6 March 2024, item 3 has no body
            IngestSummary s = ingest(store, LocalDate.of(2024, 3, 4), feed);
            assertEquals(3, s.added(), s.line());
            assertEquals(2, s.beforeSince(), s.line());
            assertEquals(1, s.skipped(), s.line());
            assertTrue(s.line().contains("2 published before --since"), s.line());
            for (String id : store.documentIds()) {
                assertTrue(!store.document(id).orElseThrow().published().isBefore(LocalDate.of(2024, 3, 4)));
            }
        }
    }

    @Test
    void plainArticleFile_stillReadAsOne() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), ArchiveFixtures.article(7));
        try (Store store = SqliteStore.open(dir.resolve("s.db"))) {
            IngestSummary s = ingest(store, null, a);
            assertEquals(1, s.added(), s.line() + heard);
            assertTrue(store.contains(DocumentReader.idOf(Files.readAllBytes(a))));
        }
    }
}
