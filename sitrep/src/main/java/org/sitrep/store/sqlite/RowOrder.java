package org.sitrep.store.sqlite;

import java.util.List;

/**
 * Sorts a look-up's rows into its order ({@link SqliteCandidates#ORDER}: by position keys, then rowid) comparing
 * copies of their three keys in primitive arrays. A group's rows arrive in the order of their days, hundreds of them
 * for each document's look-up, and a comparator following every row to its record cost more than the rest of the
 * look-up's work on them. The order is total (rowids differ), so it is the one any sort would give. Stateless.
 */
final class RowOrder {
    /** Below this many rows a stretch is sorted by insertion. */
    private static final int SMALL = 16;

    private RowOrder() {
    }

    /** Puts {@code rows} (a modifiable list) in the look-up's order. */
    static void sort(List<SqliteCandidates.Row> rows) {
        int n = rows.size();
        if (n < 2) {
            return;
        }
        long[] lat = new long[n];
        long[] lon = new long[n];
        long[] rowid = new long[n];
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            SqliteCandidates.Row r = rows.get(i);
            lat[i] = r.latKey();
            lon[i] = r.lonKey();
            rowid[i] = r.rowid();
            at[i] = i;
        }
        Keys keys = new Keys(lat, lon, rowid);
        int[] sorted = keys.sort(at);
        SqliteCandidates.Row[] copy = rows.toArray(new SqliteCandidates.Row[0]);
        for (int i = 0; i < n; i++) {
            rows.set(i, copy[sorted[i]]);
        }
    }

    /** The rows' keys by index, and a merge sort of indices by them. */
    private record Keys(long[] lat, long[] lon, long[] rowid) {
        boolean before(int a, int b) {
            if (lat[a] != lat[b]) {
                return lat[a] < lat[b];
            }
            if (lon[a] != lon[b]) {
                return lon[a] < lon[b];
            }
            return rowid[a] < rowid[b];
        }

        /** The indices sorted: runs of {@link #SMALL} by insertion, then merged pairwise (into either array). */
        int[] sort(int[] idx) {
            int n = idx.length;
            for (int lo = 0; lo < n; lo += SMALL) {
                insertion(idx, lo, Math.min(n, lo + SMALL));
            }
            int[] from = idx;
            int[] to = new int[n];
            for (int width = SMALL; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    merge(from, to, lo, Math.min(n, lo + width), Math.min(n, lo + 2 * width));
                }
                int[] t = from;
                from = to;
                to = t;
            }
            return from;
        }

        private void insertion(int[] idx, int lo, int hi) {
            for (int i = lo + 1; i < hi; i++) {
                int x = idx[i];
                int j = i - 1;
                while (j >= lo && before(x, idx[j])) {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = x;
            }
        }

        private void merge(int[] from, int[] to, int lo, int mid, int hi) {
            int i = lo;
            int j = mid;
            for (int k = lo; k < hi; k++) {
                if (j >= hi || i < mid && !before(from[j], from[i])) {
                    to[k] = from[i++];
                } else {
                    to[k] = from[j++];
                }
            }
        }
    }
}
