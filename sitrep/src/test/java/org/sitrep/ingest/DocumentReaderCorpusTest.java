package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;

/**
 * Runs the reader on the real pages in {@code ${sitrep.shared}/corpus/articles} when they are present. Checks
 * structure (which kind of section furniture and narrative land in), found by general patterns, not exact strings.
 */
class DocumentReaderCorpusTest {
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(\\W*disclaimer|copyright|menu close|forum list|"
            + "latest news|gdpr|articles by|for media inquiries|comment on|become a member|you have successfully|"
            + "there was an error|image-|.*contains copyrighted material)");
    private final DocumentReader reader = new DocumentReader();

    private static Path article(String prefix) throws Exception {
        String shared = System.getProperty("sitrep.shared");
        assumeTrue(shared != null, "system property sitrep.shared not set: real-article checks skipped");
        Path dir = Path.of(shared, "corpus", "articles");
        assumeTrue(Files.isDirectory(dir), "no real articles at " + dir + ": real-article checks skipped");
        try (var s = Files.list(dir)) {
            Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            assumeTrue(p != null, "no article starting " + prefix + " in " + dir + ": skipped");
            return p;
        }
    }

    /** Every furniture-looking block is not body, and long narrative paragraphs are body or quote. */
    private static void assertStructure(Document d) {
        int furniture = 0;
        int narrative = 0;
        for (Section s : d.sections()) {
            for (String para : s.span().of(d.text()).split("\n")) {
                String p = para.strip().replaceFirst("^[\u2022\\-*]\\s*", "");
                if (p.isEmpty()) {
                    continue;
                }
                int at = d.text().indexOf(p, s.span().start());
                SectionKind k = d.sectionAt(at);
                if (FURNITURE.matcher(p).find()) {
                    furniture++;
                    assertNotEquals(SectionKind.BODY, k, "furniture classified as body: " + p);
                    assertNotEquals(SectionKind.QUOTE, k, "furniture classified as quote: " + p);
                }
                if (p.split("\\s+").length >= 25 && !FURNITURE.matcher(p).find()
                        && !p.toLowerCase(Locale.ROOT).contains("use of which")) {
                    narrative++;
                    assertTrue(k.yieldsReports(), "narrative paragraph is " + k + ": " + p.substring(0, 60));
                }
            }
        }
        assertTrue(narrative >= 5, "expected narrative paragraphs, found " + narrative);
        assertTrue(furniture >= 1, "expected furniture lines, found " + furniture);
    }

    @Test
    void globalresearchRepost_pageDateAndRepublication() throws Exception {
        Reading r = reader.readFully(article("2015-10-31-globalresearch"));
        Document d = r.document();
        assertEquals(LocalDate.of(2015, 10, 31), d.published());
        assertEquals("Global Research, October 31, 2015", d.publishedSource().text());
        assertEquals(d.publishedSource().text(), d.publishedSource().span().of(d.text()));
        assertTrue(d.flags().contains(DocumentFlag.REPUBLISHED));
        assertTrue(r.republication().isPresent());
        assertTrue(r.republication().get().originalPublished().isBefore(d.published()));
        assertTrue(d.title() != null && d.title().contains("Supply Route"));
        assertStructure(d);
    }

    @Test
    void forumPage_statedDateKeptWithItsSource() throws Exception {
        Document d = reader.read(article("undated-forum"));
        assertEquals(LocalDate.of(2012, 11, 14), d.published());
        assertEquals("Nov 14, 2012", d.publishedSource().text().strip());
        assertEquals(SectionKind.BOILERPLATE, d.sectionAt(d.text().lastIndexOf("Forum List")));
        int lastHeadline = d.text().lastIndexOf("\n\n", d.text().lastIndexOf("Forum List") - 3);
        assertEquals(SectionKind.BOILERPLATE, d.sectionAt(lastHeadline + 2), "closing headline is furniture");
        // the poster's own commentary is body, the report it quotes is a quote
        Section first = d.sections().stream().filter(s -> s.kind().yieldsReports()).findFirst().orElseThrow();
        assertEquals(SectionKind.BODY, first.kind());
        assertTrue(d.sections().stream().anyMatch(s -> s.kind() == SectionKind.QUOTE
                && s.span().length() > 1000), "the quoted report is one long quote");
    }

    @Test
    void syrianewsPage_dateUnknownAndFurnitureSeparated() throws Exception {
        Document d = reader.read(article("undated-syrianews"));
        assertNull(d.published());
        assertNull(d.publishedSource());
        assertTrue(d.flags().contains(DocumentFlag.DATE_UNKNOWN));
        assertStructure(d);
        // the closing list of other articles' headlines (after the signature) is not body
        int sig = d.text().indexOf("\n\u2014 "); // a signature line
        assertTrue(sig > 0);
        for (Section s : d.sections()) {
            if (s.span().start() > sig) {
                assertTrue(!s.kind().yieldsReports(), "after the signature: " + s);
            }
        }
    }

    @Test
    void allRealPages_verbatimOffsetsMapBack() throws Exception {
        for (String prefix : new String[] {"2015-10-31-globalresearch", "undated-forum", "undated-syrianews"}) {
            Document d = reader.read(article(prefix));
            int checked = 0;
            for (int i = 0; i < d.text().length(); i += 7) {
                char c = d.text().charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    assertEquals(c, d.source().charAt(d.offsets().toOriginal(i)), prefix + " offset " + i);
                    checked++;
                }
            }
            assertTrue(checked > 100);
        }
    }
}
