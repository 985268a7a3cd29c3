package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.DocumentReaderTest.kindOf;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Document;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;

/**
 * Reader comments, related-headline lists and share blocks on page layouts the cue file has never seen (our own
 * fixture pages, in ingest/layouts/, with neutral markup: no class or id says "comment"): they are found by their
 * shape, and nothing below the start of a comment section is body text.
 */
class UnseenLayoutsTest {
    private final DocumentReader reader = new DocumentReader();

    private Document read(String name) throws Exception {
        try (InputStream in = UnseenLayoutsTest.class.getResourceAsStream("/ingest/layouts/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return reader.read(name, in.readAllBytes());
        }
    }

    /** Where the comment section starts (the first COMMENT section), or -1. */
    private static int commentStart(Document d) {
        return d.sections().stream().filter(s -> s.kind() == SectionKind.COMMENT).mapToInt(s -> s.span().start())
                .min().orElse(-1);
    }

    private static void assertNoBodyBelow(Document d, int from) {
        for (Section s : d.sections()) {
            if (s.span().start() >= from) {
                assertNotEquals(SectionKind.BODY, s.kind(), () -> "body below the comments: '" + s.span().of(d.text())
                        + "'");
                assertNotEquals(SectionKind.QUOTE, s.kind(), () -> "quote below the comments: '"
                        + s.span().of(d.text()) + "'");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "blog-with-replies.html|Artillery shells struck the vegetable market|My cousin sells tomatoes there",
        "forum-thread.txt|Local activists report that warplanes struck|Thanks hadi, do you know who flew",
        "disqus-like.html|Fighters attacked army checkpoints|I drove this road last week",
        "pasted-responses.txt|Jets struck the main water pumping station|They hit the station twice",
    })
    void read_unseenLayout_articleIsBodyAndEverythingFromTheFirstCommentOnIsNot(String page, String body,
            String firstComment) throws Exception {
        Document d = read(page);
        assertEquals(SectionKind.BODY, kindOf(d, body));
        assertEquals(SectionKind.COMMENT, kindOf(d, firstComment));
        int start = commentStart(d);
        assertTrue(start >= 0 && start <= d.text().indexOf(firstComment));
        assertTrue(start > d.text().indexOf(body), "the comments start after the article");
        assertNoBodyBelow(d, start);
    }

    @Test
    void read_blogWithReplies_shareBlockAndRelatedHeadlinesAreFurniture() throws Exception {
        Document d = read("blog-with-replies.html");
        assertEquals(SectionKind.BODY, kindOf(d, "Residents said it was the third time"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "WhatsApp"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Convoy reaches Madaya"));
        assertEquals(SectionKind.BOILERPLATE, kindOf(d, "Schools reopen in eastern Ghouta"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "Jets bombed the road to Jisr al-Shughur"));
    }

    @Test
    void read_forumThread_theOpeningPostIsTheArticleAndTheRepliesAreComments() throws Exception {
        Document d = read("forum-thread.txt");
        assertEquals(SectionKind.BODY, kindOf(d, "The depot supplied bakeries"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "Rebels shot down a drone over Taftanaz"));
    }

    @Test
    void read_disqusLike_everyCommentAndItsActionLineIsComment() throws Exception {
        Document d = read("disqus-like.html");
        assertEquals(SectionKind.BODY, kindOf(d, "The group said at least nine soldiers"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "They killed twenty civilians on that road"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "read the report again"));
    }

    @Test
    void read_pastedResponses_responsesHeaderOpensTheComments() throws Exception {
        Document d = read("pasted-responses.txt");
        assertEquals(SectionKind.COMMENT, kindOf(d, "12 Responses to"));
        assertEquals(SectionKind.COMMENT, kindOf(d, "the helicopters also dropped barrel bombs"));
        assertEquals(SectionKind.BODY, kindOf(d, "The council said engineers"));
    }

    @Test
    void read_articleWithStrayNameAndDateLines_staysBodyToTheEnd() throws Exception {
        // an update line, a quoted eyewitness speaking in the first person and a lone "name, date" line are not a
        // comment section: the article's last paragraph is still body
        Document d = read("article-with-stray-shapes.txt");
        assertEquals(-1, commentStart(d), "no comments on this page");
        assertEquals(SectionKind.BODY, kindOf(d, "Civil defence teams pulled four wounded"));
        assertEquals(SectionKind.BODY, kindOf(d, "Fighters answered with mortar fire"));
    }
}
