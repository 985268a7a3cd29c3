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
 * its second half are compared. Those keys are found by hashing: each key is filed under the first and second halves
 * a string one edit from it can have (its length differs by one at most, so two of each at most); sorting the keys
 * for prefix ranges, as before, was most of the first document's place work on a cold start. Answers exactly the
 * keys a comparison with every key would, in the order the keys were given. Immutable once built.
 */
final class OneEditIndex {
    private static final int[] NONE = new int[0];
    private final String[] keys;
    /** Positions (ascending) of the keys starting with a first half a string one edit away may have. */
    private final Map<String, int[]> byFirstHalf;
    /** Positions (ascending) of the keys ending with a second half a string one edit away may have. */
    private final Map<String, int[]> bySecondHalf;

    OneEditIndex(Collection<String> keysInOrder) {
        keys = keysInOrder.toArray(new String[0]);
        Map<String, Postings> first = new HashMap<>(keys.length * 2);
        Map<String, Postings> second = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            int len = k.length();
            int lastFirst = -1;
            int lastSecond = -1;
            // the lengths a string one edit from k can have, of two or more letters (shorter ones scan every key)
            for (int n = Math.max(2, len - 1); n <= len + 1; n++) {
                int head = n / 2;
                int tail = n - head;
                if (head <= len && head != lastFirst) {
                    first.computeIfAbsent(k.substring(0, head), x -> new Postings()).add(i);
                    lastFirst = head;
                }
                if (tail <= len && tail != lastSecond) {
                    second.computeIfAbsent(k.substring(len - tail), x -> new Postings()).add(i);
                    lastSecond = tail;
                }
            }
        }
        byFirstHalf = frozen(first);
        bySecondHalf = frozen(second);
    }

    /** A growing list of ascending positions. */
    private static final class Postings {
        private int[] at = new int[2];
        private int size;

        void add(int position) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = position;
        }

        int[] toArray() {
            return size == at.length ? at : Arrays.copyOf(at, size);
        }
    }

    private static Map<String, int[]> frozen(Map<String, Postings> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
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
        int[] a = byFirstHalf.getOrDefault(s.substring(0, half), NONE);
        int[] b = bySecondHalf.getOrDefault(s.substring(half), NONE);
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        // both lists ascend: merged, each position once, in the order the keys were given
        while (i < a.length || j < b.length) {
            int p;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                p = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                p = b[j++];
            } else {
                p = a[i++];
                j++;
            }
            String k = keys[p];
            if (Math.abs(k.length() - s.length()) <= 1 && Gazetteer.withinOneEdit(s, k)) {
                out.add(k);
            }
        }
        return out;
    }
}
