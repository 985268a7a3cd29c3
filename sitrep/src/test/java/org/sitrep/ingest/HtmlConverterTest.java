package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HtmlConverterTest {
    private static HtmlConverter.Result convert(String html) {
        return HtmlConverter.convert(html, Cues.standard());
    }

    private static List<String> blocks(CleanText c) {
        return c.blocks().stream().map(b -> b.text(c.text())).toList();
    }

    @Test
    void convert_blocksEntitiesAndScripts() {
        String html = "<html><head><title>T</title><script>var a='hidden';</script></head><body>"
                + "<p>Fish &amp; chips\n   cost   &pound;5</p><div>one<br>two</div><style>.x{}</style></body></html>";
        CleanText c = convert(html).clean();
        assertEquals(List.of("Fish & chips cost \u00a35", "one", "two"), blocks(c));
        assertFalse(c.text().contains("hidden"));
        OffsetChecks.assertVerbatimCharsMapBack(html, c);
        int amp = c.text().indexOf('&');
        assertFalse(c.isVerbatim(amp), "a decoded entity is not verbatim");
        assertEquals(html.indexOf("&amp;"), c.offsets().toOriginal(amp));
    }

    @Test
    void convert_navAsideCommentsAndCaptions_zoned() {
        String html = "<body><nav><a>Home</a></nav><article><h1>Head</h1><p>Body text here.</p>"
                + "<figure><figcaption>A caption</figcaption></figure><blockquote>Quoted words</blockquote></article>"
                + "<div class=\"comment-list\"><p>A reader wrote this</p></div><aside><p>Side</p></aside></body>";
        CleanText c = convert(html).clean();
        assertEquals(Block.Zone.BOILERPLATE, c.blocks().get(0).zone());
        assertEquals(Block.Shape.HEADING, c.blocks().get(1).shape());
        assertEquals(Block.Zone.MAIN, c.blocks().get(2).zone());
        assertEquals(Block.Zone.CAPTION, c.blocks().get(3).zone());
        assertEquals(Block.Shape.BLOCKQUOTE, c.blocks().get(4).shape());
        assertEquals(Block.Zone.COMMENTS, c.blocks().get(5).zone());
        assertEquals(Block.Zone.BOILERPLATE, c.blocks().get(6).zone());
    }

    @Test
    void convert_layoutWrapperWithFurnitureClass_notZoned() {
        String html = "<body><div class=\"page has-sidebar\"><h1>Head</h1><p>Body text here.</p></div></body>";
        CleanText c = convert(html).clean();
        assertTrue(c.blocks().stream().allMatch(b -> b.zone() == Block.Zone.MAIN));
    }

    @Test
    void convert_metadata_readFromHeadAndTimeElement() {
        String html = "<html><head><meta property=\"og:title\" content=\"OG\"><meta property=\"og:site_name\" "
                + "content=\"Site\"><meta name=\"author\" content=\"A. B.\"></head><body><p>Posted "
                + "<time datetime=\"2016-02-03\">3 Feb 2016</time></p></body></html>";
        HtmlConverter.Result r = convert(html);
        assertEquals("OG", r.meta().ogTitle());
        assertEquals("Site", r.meta().siteName());
        assertEquals("A. B.", r.meta().author());
        assertEquals("2016-02-03", r.meta().timeDate());
        assertNotNull(r.meta().timeSpan());
        assertEquals("3 Feb 2016", r.meta().timeSpan().of(r.clean().text()));
    }

    @Property(tries = 300)
    void convert_anyHtmlLikeInput_verbatimCharactersMapBack(@ForAll("htmlish") String html) {
        OffsetChecks.assertVerbatimCharsMapBack(html, convert(html).clean());
    }

    @Provide
    Arbitrary<String> htmlish() {
        return Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<br>", "<b>", "</b>", "<li>", "<blockquote>",
                        "</blockquote>", "&amp;", "&lt;", "&copy", "&#233;", "&#x41;", "&nbsp;", "&bogus;", "a&b",
                        "word", "Homs", " ", "\n", "\r\n", "\t", "<!-- c -->", "<script>x</script>", "<h2>", "</h2>",
                        "<pre>", "</pre>", "<td>", "<nav>", "</nav>", "<", ">", "\u201c", "<table><tr><td>")
                .list().ofMaxSize(40).map(l -> String.join("", l));
    }
}
