package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = DocumentReaderTest.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The section kind covering the first occurrence of a phrase in the clean text. */
    /** The document {@code reader} makes of {@code text}, written in UTF-8 under file {@code name}. */
    private Document readUtf8(String name, String text) throws IngestException {
        return reader.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static SectionKind kindOf(Document d, String phrase) {
        int at = d.text().indexOf(phrase);
        assertTrue(at >= 0, "phrase not in clean text: " + phrase);
        return d.sectionAt(at);
    }

    static void assertSectionsTile(Document d) {
        int pos = 0;
        for (Section s : d.sections()) {
            assertEquals(pos, s.span().start(), "sections must tile the text in order");
            pos = s.span().end();
        }
        assertEquals(d.text().length(), pos);
    }

    @Test
    void read_wireCopy_titleDatelineBylineQuoteAndTrailingFurniture() throws Exception {
        Document d = reader.read("wire-copy.txt", fixture("wire-copy.txt"));
        assertEquals("text/plain", d.mediaType());
        assertEquals("Shelling kills four in eastern Aleppo district", d.title());
        assertEquals(LocalDate.of(2016, 3, 3), d.published());
        assertEquals("ALEPPO, March 3, 2016", d.publishedSource().text());
        assertEquals(d.publishedSource().text(), d.publishedSource().span().of(d.text()));
        assertNull(d.outlet(), "an upper-case wire place is not an outlet");
        assertEquals("Rana Haddad", d.author());
        assertEquals(SectionKind.TITLE, kindOf(d, "Shelling kills four"));
        assertEquals(SectionKind.BODY, kindOf(d, "Four civilians were killed"));
        assertEquals(SectionKind.QUOTE, kindOf(d, "We pulled four bodies"));
        assertEquals(SectionKind.BODY, kindOf(d, "Residents said the market"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Copyright 2016"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Convoy reaches besieged town"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Talks resume in Geneva"));
        assertFalse(d.flags().contains(DocumentFlag.DATE_UNKNOWN));
        assertSectionsTile(d);
    }

    @Test
    void read_monitorBulletinMarkdown_emphasisStrippedListAndBlockquote() throws Exception {
        Document d = reader.read("bulletin.md", fixture("monitor-bulletin.md"));
        assertEquals("text/markdown", d.mediaType());
        assertEquals("Daily casualty bulletin: Idlib and Hama countryside", d.title());
        assertEquals(LocalDate.of(2019, 6, 12), d.published());
        assertEquals("Published 12 June 2019", d.publishedSource().text());
        assertFalse(d.text().contains("**"));
        assertFalse(d.text().contains("https://example.org"));
        assertEquals(SectionKind.BODY, kindOf(d, "Idlib: Two children"));
        assertEquals(SectionKind.BODY, kindOf(d, "Clashes continued for a third day near Kafr Nabuda, where"));
        assertEquals(SectionKind.QUOTE, kindOf(d, "Our teams counted"));
        assertEquals(SectionKind.BODY, kindOf(d, "Kafranbel: 2 killed"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Share this article"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Subscribe to our newsletter"));
        int at = d.text().indexOf("Kafr Nabuda");
        assertEquals("Kafr Nabuda", d.source().substring(d.offsets().toOriginal(at), d.offsets().toOriginal(at) + 11));
        assertSectionsTile(d);
    }

    @Test
    void read_headingThatIsADateline_datesThePage() throws Exception {
        Document d = readUtf8("bulletin.md", "# Field Monitor - 14 April 2021\n\nGovernment forces shelled the "
                + "town on Tuesday evening, killing two civilians and wounding five others in the market.\n");
        assertEquals(LocalDate.of(2021, 4, 14), d.published());
        Document byline = readUtf8("opinion.txt", "The world looked away\n\nBy a guest columnist | 3 March 2020\n\n"
                + "Last week, air strikes hit a school in the town and killed several children, residents said.\n");
        assertEquals(LocalDate.of(2020, 3, 3), byline.published());
    }

    @Test
    void read_wireDatelineOpeningTheStory_datesAnUndatedPage() throws Exception {
        Document d = readUtf8("wire.txt", "Shelling kills six in the north\n\nHAMA CITY, March 3, 2020 \u2014 Six people "
                + "were killed on Tuesday when artillery hit the town, a monitor said.\n");
        assertEquals(LocalDate.of(2020, 3, 3), d.published());
        assertEquals("March 3, 2020", d.publishedSource().text());
        // a date inside the story is no dateline: the page stays undated
        Document prose = readUtf8("story.txt", "Shelling kills six in the north\n\nSix people were killed on "
                + "March 3, 2020 when artillery hit the town, a monitor said.\n");
        assertNull(prose.published());
    }

    @Test
    void read_blogRepost_pageDateIsTheRepostAndOriginalRecorded() throws Exception {
        Reading r = reader.readFully("repost.md", fixture("blog-repost.md"));
        Document d = r.document();
        assertEquals("Why the river crossing matters", d.title());
        assertEquals(LocalDate.of(2017, 5, 5), d.published());
        assertEquals("Example Digest, May 5, 2017", d.publishedSource().text());
        assertEquals("Example Digest", d.outlet());
        assertEquals("Sam Reyes", d.author());
        assertTrue(d.flags().contains(DocumentFlag.REPUBLISHED));
        Republication rep = r.republication().orElseThrow();
        assertEquals("Riverside Notes", rep.originalOutlet());
        assertEquals(LocalDate.of(2017, 5, 3), rep.originalPublished());
        assertEquals("Riverside Notes 3 May 2017", rep.originalPublishedSource().text());
        assertEquals(SectionKind.BODY, kindOf(d, "The crossing points on the river"));
        assertEquals(SectionKind.QUOTE, kindOf(d, "We have no way to bring flour"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "The original source of this article"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Disclaimer:"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "For media inquiries"));
        assertSectionsTile(d);
    }

    @Test
    void read_htmlPage_metadataFromHeadAndFurnitureSeparated() throws Exception {
        Document d = reader.read("page.html", fixture("html-page.html"));
        assertEquals("text/html", d.mediaType());
        assertEquals("Water station hit near Raqqa", d.title());
        assertEquals("Example Monitor", d.outlet());
        assertEquals("Lina Farouk", d.author());
        assertEquals(LocalDate.of(2017, 8, 21), d.published());
        assertEquals("21 August 2017", d.publishedSource().text());
        assertFalse(d.text().contains("Menu text in a script"));
        assertFalse(d.text().contains("color: red"));
        assertTrue(d.text().contains("two weeks & that"), "entities decoded");
        assertEquals(SectionKind.TITLE, kindOf(d, "Water station hit near Raqqa"));
        assertEquals(SectionKind.BODY, kindOf(d, "An air strike damaged"));
        assertEquals(SectionKind.BODY, kindOf(d, "No party has said"));
        assertEquals(SectionKind.QUOTE, kindOf(d, "The pumps were the only source"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Home"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "We use cookies"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "The pumping station before the strike"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Power cuts spread"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "My family lives near the station"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "Who would strike a water station"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Copyright"));
        assertSectionsTile(d);
        int at = d.text().indexOf("pumping station west");
        assertEquals("pumping station west", d.source().substring(d.offsets().toOriginal(at),
                d.offsets().toOriginal(at) + 20));
    }

    @Test
    void read_windows1252Bytes_decodedWithFallbackFlag() throws Exception {
        String text = "Caf\u00e9 owners in the old city said the \u201cmarket\u201d reopened on Monday after repairs.";
        Document d = reader.read("latin.txt", text.getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", d.encoding());
        assertTrue(d.flags().contains(DocumentFlag.ENCODING_FALLBACK));
        assertTrue(d.text().contains("\u201cmarket\u201d"));
    }

    @Test
    void read_windows1256ArabicBytes_decodedWithFallbackFlag() throws Exception {
        String text = "\u0642\u0635\u0641 \u0645\u062f\u0641\u0639\u064a \u0639\u0644\u0649 \u062d\u064a \u0641\u064a "
                + "\u0645\u062f\u064a\u0646\u0629 \u062d\u0644\u0628 \u0635\u0628\u0627\u062d \u0627\u0644\u064a\u0648\u0645.";
        Document d = reader.read("arabic.txt", text.getBytes(Charset.forName("windows-1256")));
        assertEquals("windows-1256", d.encoding());
        assertEquals(text, d.text());
        assertTrue(d.flags().contains(DocumentFlag.ENCODING_FALLBACK));
        assertTrue(d.flags().contains(DocumentFlag.DATE_UNKNOWN));
    }

    @Test
    void read_utf8WithAStrayByte_flaggedWithCountAndOffsetsNotFallback() throws Exception {
        byte[] text = ("Shelling hit \u062d\u0644\u0628 on Monday, and clashes were reported near the airport.")
                .getBytes(StandardCharsets.UTF_8);
        byte[] b = java.util.Arrays.copyOf(text, text.length + 1);
        System.arraycopy(text, 5, b, 6, text.length - 5);
        b[5] = (byte) 0xFF;
        Document d = reader.read("u.txt", b);
        assertEquals("UTF-8", d.encoding());
        assertFalse(d.flags().contains(DocumentFlag.ENCODING_FALLBACK));
        assertTrue(d.flags().contains(DocumentFlag.INVALID_UTF8 + "1@5"), d.flags().toString());
        assertTrue(d.text().contains("\u062d\u0644\u0628"), d.text());
    }

    @Test
    void read_utf8Text_noFallbackFlag() throws Exception {
        Document d = readUtf8("u.txt", "Clashes were reported near the airport on Friday.");
        assertFalse(d.flags().contains(DocumentFlag.ENCODING_FALLBACK));
        assertTrue(d.flags().contains(DocumentFlag.DATE_UNKNOWN));
        assertNull(d.published());
    }

    @Test
    void read_badInputs_clearErrorsNamingTheFile() {
        assertEquals("empty.txt", assertThrows(IngestException.class,
                () -> reader.read("empty.txt", new byte[0])).file());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(assertThrows(IngestException.class, () -> reader.read("image.txt", png)).problem()
                .contains("binary"));
        assertTrue(assertThrows(IngestException.class, () -> reader.read("noise.txt",
                "#$%^ 0x7f3a !!@@ zxcvbnm qwrtpsd 938475 ~~~ ^^^ |||".getBytes(StandardCharsets.UTF_8))).problem()
                .contains("noise"));
        assertTrue(assertThrows(IngestException.class, () -> reader.read("tags.html",
                "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8))).problem()
                .contains("no text"));
    }

    @Test
    void read_path_missingFileAndFolder_refusedNamingThem(@TempDir Path dir) {
        IngestException missing = assertThrows(IngestException.class, () -> reader.read(dir.resolve("nope.txt")));
        assertTrue(missing.file().endsWith("nope.txt"));
        assertTrue(assertThrows(IngestException.class, () -> reader.read(dir)).problem().contains("folder"));
    }

    @Test
    void read_path_sameBytesSameId(@TempDir Path dir) throws Exception {
        Path a = Files.write(dir.resolve("a.md"), fixture("monitor-bulletin.md"));
        Path b = Files.write(dir.resolve("b.md"), fixture("monitor-bulletin.md"));
        assertEquals(reader.read(a).id(), reader.read(b).id());
        assertNotEquals(reader.read(a).id(), reader.read("c.md", fixture("blog-repost.md")).id());
    }

    @Test
    void read_bodyProseDates_neverBecomePublicationDate() throws Exception {
        String text = "Army advances east of the river\n\nThe army said on 17 September 2017 that it had crossed "
                + "the river, and that on 2 October 2017 it would push on to the oil fields nearby.\n";
        Document d = readUtf8("x.txt", text);
        assertNull(d.published());
        assertTrue(d.flags().contains(DocumentFlag.DATE_UNKNOWN));
    }

    @Test
    void read_quotedForumPost_posterTextIsBodyQuotedReportIsQuote() throws Exception {
        String text = "Strikes near the border town\n\n12/03/2016\n"
                + "My own view: this is a big change and nobody here expected it so soon.\n\n"
                + "Border town hit by strikes\n\n"
                + "\"Aircraft struck positions around the town overnight, residents said.\n\n"
                + "The strikes followed a week of clashes on the southern road.\"\n\n"
                + "Fighting spreads to nearby villages\n\nForum List\n";
        Document d = readUtf8("forum.txt", text);
        assertEquals(LocalDate.of(2016, 3, 12), d.published());
        assertEquals(SectionKind.BODY, kindOf(d, "My own view"));
        assertEquals(SectionKind.QUOTE, kindOf(d, "Aircraft struck positions"));
        assertEquals(SectionKind.QUOTE, kindOf(d, "The strikes followed"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Fighting spreads to nearby villages"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Forum List"));
    }

    @Test
    void read_readerComments_inPlainText_areComments() throws Exception {
        String text = "Bridge destroyed in overnight raid\n\nThe last bridge over the river was destroyed overnight "
                + "by an air raid, local officials said on Tuesday.\n\n— Dana Coles\n\n3 Comments\n\n"
                + "Sami says:\n\nThis is terrible news for the farmers on the other bank.\n\nReply\n";
        Document d = readUtf8("c.txt", text);
        assertEquals("Dana Coles", d.author());
        assertEquals(SectionKind.BODY, kindOf(d, "The last bridge"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "— Dana Coles"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "3 Comments"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "This is terrible news"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "Reply"));
    }

    @Test
    void sections_onlyBodyAndQuoteYieldReports() throws Exception {
        Document d = reader.read("page.html", fixture("html-page.html"));
        List<SectionKind> yielding = d.sections().stream().map(Section::kind).filter(SectionKind::yieldsReports)
                .distinct().toList();
        assertTrue(yielding.contains(SectionKind.BODY) && yielding.contains(SectionKind.QUOTE));
    }
}
