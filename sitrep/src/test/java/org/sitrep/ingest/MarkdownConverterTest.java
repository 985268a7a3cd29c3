package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MarkdownConverterTest {
    private static List<String> blocks(CleanText c) {
        return c.blocks().stream().map(b -> b.text(c.text())).toList();
    }

    @Test
    void convert_linksEmphasisAndHeadings_stripped() {
        CleanText c = MarkdownConverter.convert("# The *big* story #\n\nBy [A. Writer](http://x/y)\n\n"
                + "**Bold** words and _some_ italics, see ![map](m.png) here.");
        assertEquals(List.of("The big story", "By A. Writer", "Bold words and some italics, see  here."), blocks(c));
        assertEquals(Block.Shape.HEADING, c.blocks().get(0).shape());
        assertEquals(1, c.blocks().get(0).level());
    }

    @Test
    void convert_loneMarkersAndBracketsWithoutTarget_kept() {
        CleanText c = MarkdownConverter.convert("Rates rose 5 * 3 times [sic] in snake_case_names.");
        assertEquals(List.of("Rates rose 5 * 3 times [sic] in snake_case_names."), blocks(c));
    }

    @Test
    void convert_hardBreaksQuotesAndLists_areSeparateBlocks() {
        CleanText c = MarkdownConverter.convert("row one  \nrow two\n\n> quoted words here\n\n- item a\n- item b\n\n---\n\nend");
        assertEquals(List.of("row one", "row two", "quoted words here", "item a", "item b", "end"), blocks(c));
        assertEquals(Block.Shape.BLOCKQUOTE, c.blocks().get(2).shape());
        assertEquals(Block.Shape.LIST_ITEM, c.blocks().get(3).shape());
    }

    @Test
    void convert_offsets_pointIntoSourceForEveryKeptCharacter() {
        String src = "# Head\n\nSee [the report](#) and **this**.";
        CleanText c = MarkdownConverter.convert(src);
        int checked = OffsetChecks.assertVerbatimCharsMapBack(src, c);
        assertEquals(c.text().replace("\n", "").length(), checked, "all non-separator characters are verbatim");
        int at = c.text().indexOf("report");
        assertEquals(src.indexOf("report"), c.offsets().toOriginal(at));
    }

    @Property(tries = 400)
    void convert_anyMarkdownLikeInput_verbatimCharactersMapBack(@ForAll("markdownish") String src) {
        CleanText c = MarkdownConverter.convert(src);
        OffsetChecks.assertVerbatimCharsMapBack(src, c);
        for (Block b : c.blocks()) {
            assertTrue(b.span().end() <= c.text().length());
        }
    }

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.of("word", "Aleppo", " ", "  ", "\n", "\n\n", "\r\n", "*", "**", "_", "__", "~~", "[",
                        "]", "(", ")", "](#)", "# ", "## ", "> ", "- ", "1. ", "`", "\\", "!", "<", ">", "&amp;",
                        "---", "\u201c", "\u00e9", "\t", "<br>", "http://x.y/z")
                .list().ofMaxSize(40).map(l -> String.join("", l));
    }

    /** Found by fuzzing: the thematic-break regex recursed once per mark and overflowed the stack on long lines. */
    @Test
    void convert_lineOfThousandsOfMarks_convertsWithoutOverflowingTheStack() {
        CleanText bullets = MarkdownConverter.convert("- ".repeat(20_000) + "x\n");
        assertTrue(bullets.text().endsWith("x"), bullets.text().substring(Math.max(0, bullets.text().length() - 20)));
        String stars = "*".repeat(20_000) + "x" + "_".repeat(20_000);
        OffsetChecks.assertVerbatimCharsMapBack(stars, MarkdownConverter.convert(stars));
    }

    @Test
    void thematicBreak_threeOrMoreOfOneMarkWithBlanks_upToThreeSpacesIndent() {
        for (String yes : new String[] {"***", "---", "___", " - - -", "   *  *  *  ", "_____", "-\t-\t-"}) {
            assertTrue(MarkdownConverter.thematicBreak(yes), yes);
        }
        for (String no : new String[] {"**", "    ---", "--x", "-*-", "", "  ", "a---", "- - x"}) {
            assertTrue(!MarkdownConverter.thematicBreak(no), no);
        }
    }

    /**
     * Found by fuzzing: every unclosed "[" scanned to the end of the block (100,000 of them took 90 s). The timeout
     * is a hang guard, far above the time taken now; the output check is the point.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void convert_thousandsOfUnclosedBrackets_keptAsText() {
        String src = "[".repeat(100_000) + "x";
        assertEquals(src, MarkdownConverter.convert(src).text());
        String longText = "[" + "w".repeat(MarkdownInline.MAX_LINK_PART) + "](http://x.y)";
        assertEquals(longText, MarkdownConverter.convert(longText).text(), "link text past the cap stays text");
        assertEquals("words", MarkdownConverter.convert("[words](http://x.y)").text());
    }
}
