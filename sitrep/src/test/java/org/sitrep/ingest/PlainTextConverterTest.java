package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.OffsetMap;

class PlainTextConverterTest {
    private static List<String> blockTexts(CleanText c) {
        return c.blocks().stream().map(b -> b.text(c.text())).toList();
    }

    @Test
    void convert_plainText_isItsOwnCleanTextWithIdentityMap() {
        String s = "Title line\r\n\r\nA paragraph of text.\n";
        CleanText c = PlainTextConverter.convert(s);
        assertEquals(s, c.text());
        assertEquals(OffsetMap.identity(), c.offsets());
    }

    @Test
    void convert_shortLinesInOneParagraph_becomeSeparateBlocks() {
        CleanText c = PlainTextConverter.convert("Nov 3, 2014\nThe first sentence of a long paragraph follows here.");
        assertEquals(List.of("Nov 3, 2014", "The first sentence of a long paragraph follows here."), blockTexts(c));
    }

    @Test
    void convert_evenlyWrappedLines_stayOneParagraph() {
        String s = "The convoy left the town early in the morning and reached\n"
                + "the crossing before noon, where it waited for clearance\nfrom both sides.";
        assertEquals(List.of(s), blockTexts(PlainTextConverter.convert(s)));
    }

    @Test
    void convert_bullets_areListItemsWithoutTheMarker() {
        CleanText c = PlainTextConverter.convert("Events included:\n\n  \u2022 First event here\n  - Second event\n");
        assertEquals(List.of("Events included:", "First event here", "Second event"), blockTexts(c));
        assertEquals(Block.Shape.LIST_ITEM, c.blocks().get(1).shape());
    }
}
