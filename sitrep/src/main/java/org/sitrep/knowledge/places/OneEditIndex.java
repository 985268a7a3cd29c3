package org.sitrep.knowledge.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the keys within one edit (a letter changed, added or dropped) of a string without comparing it with every
 * key. Two strings one edit apart share the first half of one of them unchanged (the edit lies in its second half)
 * or its second half (the edit lies in the first): so only keys that start with the string's first half or end with
 * its second half are compared. Answers exactly the keys a comparison with every key would, in the order the keys
 * were given.
 */
final class OneEditIndex {
    private final String[] keys;
    /** Key positions sorted by the key, for prefix ranges. */
    private final int[] byKey;
    /** Each key reversed, and the positions sorted by it, for suffix ranges. */
    private final String[] reversed;
    private final int[] byReversed;

    OneEditIndex(Collection<String> keysInOrder) {
        keys = keysInOrder.toArray(new String[0]);
        reversed = new String[keys.length];
        Map<String, Integer> position = new HashMap<>(keys.length * 2);
        Map<String, Integer> reversedPosition = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = new StringBuilder(keys[i]).reverse().toString();
            position.put(keys[i], i);
            reversedPosition.put(reversed[i], i);
        }
        byKey = positions(keys, position);
        byReversed = positions(reversed, reversedPosition);
    }

    /**
     * The positions of the strings in their sorted order. The strings are sorted as such and their positions looked
     * up after: sorting boxed positions through a comparator was a third of the first document's work on a cold
     * start, where this index is built. The keys are distinct, and so are their reversals.
     */
    private static int[] positions(String[] of, Map<String, Integer> position) {
        String[] sorted = of.clone();
        Arrays.sort(sorted);
        int[] p = new int[sorted.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = position.get(sorted[i]);
        }
        return p;
    }

    /** The keys within one edit of {@code s} (s itself included when it is a key), in the order given. */
    List<String> within(String s) {
        if (s.length() < 2) {
            List<String> all = new ArrayList<>();
            for (String k : keys) {
                if (Gazetteer.withinOneEdit(s, k)) {
                    all.add(k);
                }
            }
            return all;
        }
        int half = s.length() / 2;
        List<Integer> found = new ArrayList<>();
        collect(keys, byKey, s.substring(0, half), s, found);
        collect(reversed, byReversed, new StringBuilder(s.substring(half)).reverse().toString(), s, found);
        found.sort(null);
        List<String> out = new ArrayList<>(found.size());
        int last = -1;
        for (int i : found) {
            if (i != last) {
                out.add(keys[i]);
                last = i;
            }
        }
        return out;
    }

    /** Positions of the keys whose {@code sorted} form starts with {@code prefix} and that lie one edit from s. */
    private void collect(String[] sorted, int[] order, String prefix, String s, List<Integer> found) {
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[order[mid]].compareTo(prefix) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < order.length && sorted[order[i]].startsWith(prefix); i++) {
            String k = keys[order[i]];
            if (Math.abs(k.length() - s.length()) <= 1 && Gazetteer.withinOneEdit(s, k)) {
                found.add(order[i]);
            }
        }
    }
}
