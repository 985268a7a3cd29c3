package org.sitrep.ingest;

import java.util.BitSet;
import java.util.List;
import org.sitrep.model.OffsetMap;

/**
 * Clean text made from markup, its map back to the source, and its blocks. {@code verbatim} marks the characters
 * copied unchanged from the source (as opposed to decoded entities or inserted separators): for those,
 * {@code source.charAt(offsets.toOriginal(i)) == text.charAt(i)}.
 */
record CleanText(String text, OffsetMap offsets, BitSet verbatim, List<Block> blocks) {
    CleanText {
        blocks = List.copyOf(blocks);
        verbatim = (BitSet) verbatim.clone();
    }

    @Override
    public BitSet verbatim() {
        return (BitSet) verbatim.clone();
    }

    boolean isVerbatim(int i) {
        return verbatim.get(i);
    }
}
