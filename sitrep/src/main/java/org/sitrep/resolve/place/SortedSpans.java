package org.sitrep.resolve.place;

import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Spans of a text ordered by start, for "does any of them hold / touch this span" in logarithmic time: a linear
 * search per question made documents with thousands of names quadratic. Immutable.
 */
final class SortedSpans {
    private final List<Span> spans;
    private final int[] starts;
    private final int maxLength;

    SortedSpans(List<Span> spans) {
        this.spans = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        this.starts = this.spans.stream().mapToInt(Span::start).toArray();
        this.maxLength = this.spans.stream().mapToInt(Span::length).max().orElse(0);
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    /** Whether one of the spans contains {@code s} and is longer than it. */
    boolean anyHoldsLonger(Span s) {
        for (int i = first(s); i < starts.length && starts[i] <= s.start(); i++) {
            Span o = spans.get(i);
            if (o.contains(s) && o.length() > s.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the spans overlaps {@code s}. */
    boolean anyOverlaps(Span s) {
        for (int i = first(s); i < starts.length && starts[i] < s.end(); i++) {
            if (spans.get(i).overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** The first span that may reach {@code s}: none starting more than the longest length before it does. */
    private int first(Span s) {
        return DocumentPlaces.lowerBound(starts, s.start() - maxLength);
    }
}
