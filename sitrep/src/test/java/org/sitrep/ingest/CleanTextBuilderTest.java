package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class CleanTextBuilderTest {
    @Test
    void build_blocksSeparatedAndTrimmed_spansTight() {
        CleanTextBuilder b = new CleanTextBuilder();
        String src = "xx ab  yy cd ";
        b.startBlock(Block.Shape.PARAGRAPH, 0, Block.Zone.MAIN, "", false);
        for (int i = 2; i <= 6; i++) {
            b.append(src.charAt(i), i, true);
        }
        b.startBlock(Block.Shape.PARAGRAPH, 0, Block.Zone.MAIN, "", false);
        for (int i = 9; i < 13; i++) {
            b.append(src.charAt(i), i, true);
        }
        CleanText c = b.build();
        assertEquals("ab\n\ncd", c.text());
        assertEquals(new Span(0, 2), c.blocks().get(0).span());
        assertEquals(new Span(4, 6), c.blocks().get(1).span());
        assertEquals(10, c.offsets().toOriginal(4));
        assertEquals(5, c.offsets().toOriginal(2), "a separator points just after the previous source character");
        assertEquals(5, c.offsets().toOriginal(3));
        OffsetChecks.assertVerbatimCharsMapBack(src, c);
    }

    @Test
    void append_withoutOpenBlock_fails() {
        assertThrows(IllegalStateException.class, () -> new CleanTextBuilder().append('a', 0, true));
    }
}
