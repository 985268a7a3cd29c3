package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;

/**
 * Plain text is its own clean text (identity offsets). Blocks are paragraphs between blank lines; a paragraph of
 * unevenly long lines is cut into its lines, and a bulleted line is a list item whose span skips the bullet.
 */
final class PlainTextConverter {
    private PlainTextConverter() {
    }

    static CleanText convert(String source) {
        List<Block> blocks = new ArrayList<>();
        List<Lines.Line> paragraph = new ArrayList<>();
        for (Lines.Line line : Lines.split(source)) {
            if (line.blank(source)) {
                flush(source, paragraph, blocks);
            } else {
                paragraph.add(line);
            }
        }
        flush(source, paragraph, blocks);
        BitSet all = new BitSet();
        all.set(0, source.length());
        return new CleanText(source, OffsetMap.identity(), all, blocks);
    }

    private static void flush(String s, List<Lines.Line> paragraph, List<Block> out) {
        if (paragraph.isEmpty()) {
            return;
        }
        if (Lines.softWrapped(s, paragraph)) {
            add(s, paragraph.get(0).start(), paragraph.get(paragraph.size() - 1).end(), Block.Shape.PARAGRAPH, out);
        } else {
            for (Lines.Line l : paragraph) {
                Matcher m = Lines.BULLET.matcher(s).region(l.start(), l.end());
                if (m.lookingAt()) {
                    add(s, m.end(), l.end(), Block.Shape.LIST_ITEM, out);
                } else {
                    add(s, l.start(), l.end(), Block.Shape.PARAGRAPH, out);
                }
            }
        }
        paragraph.clear();
    }

    private static void add(String s, int start, int end, Block.Shape shape, List<Block> out) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Block(new Span(start, end), shape, 0, Block.Zone.MAIN, ""));
        }
    }
}
