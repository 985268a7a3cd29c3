package org.sitrep.model;

import java.util.Arrays;

/**
 * Maps offsets in a document's clean text back to offsets in the original bytes-decoded source.
 * Stored as sorted anchor pairs: clean offset c at or after anchor i maps to original(i) + (c - clean(i)).
 * Immutable; the arrays are copied in and never exposed.
 */
public final class OffsetMap {
    private final int[] clean;
    private final int[] original;

    private OffsetMap(int[] clean, int[] original) {
        this.clean = clean;
        this.original = original;
    }

    /** The identity map, for plain text whose clean form is the source itself. */
    public static OffsetMap identity() {
        return new OffsetMap(new int[] {0}, new int[] {0});
    }

    public static OffsetMap of(int[] cleanAnchors, int[] originalAnchors) {
        if (cleanAnchors.length != originalAnchors.length || cleanAnchors.length == 0) {
            throw new IllegalArgumentException("anchor arrays must be non-empty and of equal length");
        }
        for (int i = 1; i < cleanAnchors.length; i++) {
            if (cleanAnchors[i] < cleanAnchors[i - 1]) {
                throw new IllegalArgumentException("clean anchors must be sorted");
            }
        }
        return new OffsetMap(cleanAnchors.clone(), originalAnchors.clone());
    }

    /** The original offset of a clean-text offset. */
    public int toOriginal(int cleanOffset) {
        int i = Arrays.binarySearch(clean, cleanOffset);
        if (i < 0) {
            i = -i - 2;
        } else {
            // several anchors may share a clean offset; the last one is where the text resumes
            while (i + 1 < clean.length && clean[i + 1] == cleanOffset) {
                i++;
            }
        }
        if (i < 0) {
            return cleanOffset;
        }
        return original[i] + (cleanOffset - clean[i]);
    }

    public Span toOriginal(Span span) {
        int s = toOriginal(span.start());
        int e = Math.max(s, toOriginal(span.end()));
        return new Span(s, e);
    }

    public int anchorCount() {
        return clean.length;
    }

    public int[] cleanAnchors() {
        return clean.clone();
    }

    public int[] originalAnchors() {
        return original.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && Arrays.equals(clean, m.clean) && Arrays.equals(original, m.original);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(clean) + Arrays.hashCode(original);
    }
}
