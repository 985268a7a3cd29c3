package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;

/**
 * Accumulates clean text character by character, remembering where each came from, and cuts it into blocks.
 * Blocks are separated by inserted line breaks; leading and trailing blanks of a block are dropped so block spans
 * are tight. One builder per conversion (mutable, not shared).
 */
final class CleanTextBuilder {
    private static final int SYNTHETIC = -1;

    private final StringBuilder text = new StringBuilder();
    private int[] origins = new int[256];
    private final BitSet verbatim = new BitSet();
    private final List<Block> blocks = new ArrayList<>();

    private boolean open;
    private int blockStart;
    private Block.Shape shape;
    private int level;
    private Block.Zone zone;
    private String zoneLabel;
    private boolean tight;

    /** Opens a block; text appended until {@link #endBlock()} belongs to it. Ends an open block first. */
    void startBlock(Block.Shape shape, int level, Block.Zone zone, String zoneLabel, boolean tightWithPrevious) {
        endBlock();
        this.open = true;
        this.shape = shape;
        this.level = level;
        this.zone = zone;
        this.zoneLabel = zoneLabel;
        this.tight = tightWithPrevious;
        this.blockStart = -1;
    }

    /** Current length of the clean text. */
    int length() {
        return text.length();
    }

    /** Offset just after the last non-blank character so far. */
    int visibleEnd() {
        int e = text.length();
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    boolean isOpen() {
        return open;
    }

    /** Whether the open block has received any non-blank character. */
    boolean hasContent() {
        return open && blockStart >= 0;
    }

    /** Whether the last character of the open block is a blank (for whitespace collapsing). */
    boolean endsWithBlank() {
        return blockStart < 0 || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    /** Adds a character taken from source offset {@code origin}; {@code exact} when it is the source character. */
    void append(char c, int origin, boolean exact) {
        if (!open) {
            throw new IllegalStateException("no open block");
        }
        if (blockStart < 0) {
            if (Character.isWhitespace(c)) {
                return; // blocks start at their first visible character
            }
            if (!text.isEmpty()) {
                separator(tight ? "\n" : "\n\n");
            }
            blockStart = text.length();
        }
        put(c, origin, exact);
    }

    /** Adds a character that is not in the source (a normalised bullet, a space standing for markup). */
    void appendSynthetic(char c) {
        append(c, SYNTHETIC, false);
    }

    void endBlock() {
        if (!open) {
            return;
        }
        open = false;
        if (blockStart < 0) {
            return;
        }
        int end = text.length();
        while (end > blockStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        verbatim.clear(end, Math.max(end, verbatim.length()));
        blocks.add(new Block(new Span(blockStart, end), shape, level, zone, zoneLabel));
    }

    private void separator(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i), SYNTHETIC, false);
        }
    }

    private void put(char c, int origin, boolean exact) {
        int i = text.length();
        if (i == origins.length) {
            origins = Arrays.copyOf(origins, i * 2);
        }
        origins[i] = origin;
        text.append(c);
        if (exact && origin >= 0) {
            verbatim.set(i);
        } else {
            verbatim.clear(i);
        }
    }

    CleanText build() {
        endBlock();
        int n = text.length();
        int[] cleanAnchors = new int[Math.max(1, n + 1)];
        int[] originalAnchors = new int[cleanAnchors.length];
        int count = 0;
        int nextOriginal = 0; // where the source resumes after the last real character
        int expected = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            // an inserted character points just after the last source character, so span ends map sensibly
            int o = origins[i] >= 0 ? origins[i] : nextOriginal;
            if (i == 0 || o != expected) {
                cleanAnchors[count] = i;
                originalAnchors[count] = o;
                count++;
            }
            expected = o + 1;
            if (origins[i] >= 0) {
                nextOriginal = origins[i] + 1;
            }
        }
        if (count == 0) {
            count = 1; // anchor (0, 0)
        }
        OffsetMap map = OffsetMap.of(Arrays.copyOf(cleanAnchors, count), Arrays.copyOf(originalAnchors, count));
        return new CleanText(text.toString(), map, verbatim, blocks);
    }
}
