package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

/** Feeds, WARC archives and article dumps give one document per record, and name the bad records. */
class ContainersTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    /** What a container gave. */
    private static final class Collected implements EntrySink {
        final List<ArchiveEntry> entries = new ArrayList<>();
        final List<String> bad = new ArrayList<>();

        @Override
        public void entry(ArchiveEntry entry) {
            entries.add(entry);
        }

        @Override
        public void bad(String label, String problem) {
            bad.add(label + ": " + problem);
        }
    }

    private Collected read(Path file) throws IngestException {
        Collected c = new Collected();
        Containers.read(file, Containers.of(file).orElseThrow(), c);
        return c;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void rss_eachItemADocument_withLinkTitleDateAndBody_itemWithoutBodyNamed() throws Exception {
        Collected c = read(write("wire.xml", ArchiveFixtures.rss(4)));
        assertEquals(3, c.entries.size());
        assertEquals(1, c.bad.size(), c.bad.toString());
        assertTrue(c.bad.get(0).contains("wire.xml#item 3") && c.bad.get(0).contains("no content"), c.bad.get(0));
        ArchiveEntry first = c.entries.get(0);
        assertEquals("https://wire.example/news/1", first.path());
        Document d = reader.read(first.path(), first.bytes());
        assertEquals("Shelling report 1", d.title());
        // the publisher's own calendar day (21:30 at UTC-5 is already the next day in UTC)
        assertEquals(LocalDate.of(2024, 3, 1), d.published());
        assertTrue(d.text().contains("killing 3 civilians"), d.text());
        assertTrue(!d.text().contains("Short summary only"), "content:encoded wins over description");
    }

    @Test
    void atom_entries_alternateLinkPublishedBeforeUpdated_summaryWhenNoContent() throws Exception {
        Collected c = read(write("monitor.atom", ArchiveFixtures.atom()));
        assertEquals(2, c.entries.size(), c.bad.toString());
        assertEquals("https://monitor.example/a", c.entries.get(0).path());
        Document a = reader.read(c.entries.get(0).path(), c.entries.get(0).bytes());
        assertEquals(LocalDate.of(2024, 4, 1), a.published());
        assertEquals("First entry", a.title());
        Document b = reader.read(c.entries.get(1).path(), c.entries.get(1).bytes());
        assertEquals(LocalDate.of(2024, 4, 5), b.published(), "updated when there is no published");
        assertTrue(b.text().contains("Article number 41"), b.text());
    }

    @Test
    void jsonl_textAndHtmlLines_badLinesNamedByNumber() throws Exception {
        Collected c = read(write("dump.jsonl", ArchiveFixtures.jsonl()));
        assertEquals(3, c.entries.size());
        assertEquals(List.of("line 3", "line 4"), c.bad.stream().map(s -> s.replaceAll(".*#(line \\d+).*", "$1"))
                .toList(), c.bad.toString());
        Document one = reader.read(c.entries.get(0).path(), c.entries.get(0).bytes());
        assertEquals(LocalDate.of(2024, 5, 1), one.published());
        assertTrue(one.text().contains("Article number 50") && one.text().contains("Article number 51"));
        Document two = reader.read(c.entries.get(1).path(), c.entries.get(1).bytes());
        assertTrue(two.text().contains("Article number 52"));
    }

    @Test
    void warc_plainAndGzip_responsesWithTextPayloads_chunkedAndGzipBodiesDecoded() throws Exception {
        for (boolean gz : new boolean[] {false, true}) {
            Path file = dir.resolve(gz ? "crawl.warc.gz" : "crawl.warc");
            ArchiveFixtures.warc(file, gz);
            Collected c = read(file);
            assertEquals(List.of("https://news.example/a", "https://news.example/b", "https://news.example/c.txt"),
                    c.entries.stream().map(ArchiveEntry::path).toList(), "gzip " + gz + ", bad " + c.bad);
            assertEquals(1, c.bad.size(), c.bad.toString());
            assertTrue(c.bad.get(0).contains("#record 7 (offset ") && c.bad.get(0).contains("does not decompress"),
                    c.bad.get(0));
            assertArrayEquals(ArchiveFixtures.page("Page B", 61).getBytes(StandardCharsets.UTF_8),
                    c.entries.get(1).bytes(), "chunked transfer and gzip content coding undone");
            assertEquals(Instant.parse("2024-07-01T10:00:00Z"), c.entries.get(0).fetched());
            Document a = reader.read(c.entries.get(0).path(), c.entries.get(0).bytes());
            assertEquals(LocalDate.of(2024, 6, 7), a.published(), "the page's date, not the fetch time");
        }
    }

    @Test
    void warc_cutShort_keepsWhatWasReadAndSaysWhere() throws Exception {
        Path whole = dir.resolve("whole.warc");
        ArchiveFixtures.warc(whole, false);
        byte[] all = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(all, all.length - 40));
        Collected c = new Collected();
        IngestException e = assertThrows(IngestException.class, () -> Containers.read(cut, Containers.Kind.WARC, c));
        assertTrue(e.getMessage().contains("cut.warc") && e.getMessage().contains("cut short"), e.getMessage());
        assertEquals(2, c.entries.size(), "records before the break are kept");
    }

    @Test
    void detection_byNameAndByContent() throws Exception {
        Path warc = dir.resolve("noext");
        ArchiveFixtures.warc(warc, false);
        assertEquals(Optional.of(Containers.Kind.WARC), Containers.of(warc));
        assertEquals(Optional.of(Containers.Kind.FEED), Containers.of(write("feed.txt", ArchiveFixtures.rss(1))));
        assertEquals(Optional.of(Containers.Kind.JSONL), Containers.of(write("dump", ArchiveFixtures.jsonl())));
        assertEquals(Optional.empty(), Containers.of(write("a.txt", ArchiveFixtures.article(1))));
        assertEquals(Optional.empty(), Containers.of(write("p.html", ArchiveFixtures.page("P", 1))));
        Path notFeed = write("config.xml", "<?xml version=\"1.0\"?><config><item>x</item></config>");
        IngestException e = assertThrows(IngestException.class, () -> read(notFeed));
        assertTrue(e.getMessage().contains("not an RSS or Atom feed"), e.getMessage());
        assertTrue(!SourceFinder.isArticleFile(notFeed), "a folder search leaves other XML alone");
        assertTrue(SourceFinder.isArticleFile(write("news.xml", ArchiveFixtures.rss(1))));
    }

    @Test
    void feed_withDoctype_refused() throws Exception {
        Path evil = write("evil.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>&x;</title><description>text</description></item></channel></rss>");
        Collected c = new Collected();
        try {
            Containers.read(evil, Containers.Kind.FEED, c);
        } catch (IngestException expected) {
            // refusing the DTD outright is fine too
        }
        for (ArchiveEntry a : c.entries) {
            assertTrue(!new String(a.bytes(), StandardCharsets.UTF_8).contains("root:"), "no external entity read");
        }
    }

    @Test
    void feedDates_rfc822AndIso() {
        assertEquals(Optional.of(LocalDate.of(2003, 6, 3)), FeedDate.date("Tue, 03 Jun 2003 09:39:21 GMT"));
        assertEquals(Optional.of(LocalDate.of(2003, 6, 3)), FeedDate.date("3 Jun 2003 23:39 -0500"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 2)), FeedDate.date("2024-01-02T23:00:00-05:00"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 2)), FeedDate.date("2024-01-02"));
        assertEquals(Optional.empty(), FeedDate.date("last Tuesday"));
        assertNull(FeedDate.iso(null).orElse(null));
    }
}
