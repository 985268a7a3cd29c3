package org.sitrep.resolve.time;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sitrep.model.Span;

/**
 * A document's time expressions in text order (the tagger's order: no two overlap, so their ends rise with their
 * starts), indexed so that a report finds those of its sentence and the last one before it by binary search. A
 * scan of every expression per report made long documents quadratic.
 */
final class Timeline {
    private final List<TimeExpression> expressions;
    private final int[] starts;
    private final int[] ends;
    /** For each index, the last index at or before it whose expression may be a narrative focus, or -1. */
    private final int[] lastFocus;

    Timeline(List<TimeExpression> inTextOrder, Predicate<TimeExpression> focusCandidate) {
        this.expressions = List.copyOf(inTextOrder);
        int n = expressions.size();
        starts = new int[n];
        ends = new int[n];
        lastFocus = new int[n];
        for (int i = 0; i < n; i++) {
            TimeExpression t = expressions.get(i);
            if (i > 0 && t.span().start() < ends[i - 1]) {
                throw new IllegalArgumentException("time expressions overlap or are out of text order at " + t.span());
            }
            starts[i] = t.span().start();
            ends[i] = t.span().end();
            lastFocus[i] = focusCandidate.test(t) ? i : i > 0 ? lastFocus[i - 1] : -1;
        }
    }

    List<TimeExpression> all() {
        return expressions;
    }

    /** The expressions inside {@code s}, in text order. */
    List<TimeExpression> within(Span s) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = firstAtLeast(starts, s.start()); i < starts.length && starts[i] < s.end(); i++) {
            if (s.contains(expressions.get(i).span())) {
                out.add(expressions.get(i));
            }
        }
        return out;
    }

    /** The last focus candidate among the expressions that end at or before {@code position}, or null. */
    TimeExpression focusBefore(int position) {
        int k = firstAtLeast(ends, position + 1); // the first expression reaching beyond position
        int f = k == 0 ? -1 : lastFocus[k - 1];
        return f < 0 ? null : expressions.get(f);
    }

    private static int firstAtLeast(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
