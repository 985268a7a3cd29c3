package org.sitrep.link.assess.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The bound a band search may use to skip pairs ({@link NearDuplicateIndex#MIN_SHARED_BANDS}): no pair of
 * fingerprints at the copy threshold or above shares fewer whole bands, and some pair at the threshold shares exactly
 * that many (the bound is the tightest, not merely safe).
 */
class SharedBandsTest {
    @Test
    void bound_isSevenFor32BandsOf4AtPointEight() {
        assertEquals(7, NearDuplicateIndex.MIN_SHARED_BANDS);
    }

    /** A copy of a base fingerprint with the values at the given positions changed. */
    private static Fingerprint changed(int[] base, List<Integer> positions) {
        int[] v = base.clone();
        for (int p : positions) {
            v[p] = v[p] + 1_000_003;
        }
        return Fingerprint.ofValues(v);
    }

    private static int sharedBands(Fingerprint a, Fingerprint b) {
        long[] x = NearDuplicateIndex.bandKeys(a);
        long[] y = NearDuplicateIndex.bandKeys(b);
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += x[i] == y[i] ? 1 : 0;
        }
        return n;
    }

    private static int[] base(int seed) {
        int[] v = new int[Fingerprint.HASHES];
        for (int i = 0; i < v.length; i++) {
            v[i] = seed * 7919 + i * 104_729;
        }
        return v;
    }

    @Property(tries = 300)
    void pairsAtTheThreshold_shareAtLeastTheBound(@ForAll @IntRange(min = 1, max = 1000) int seed,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = Fingerprint.HASHES - 1) Integer> positions) {
        Fingerprint a = Fingerprint.ofValues(base(seed));
        Fingerprint b = changed(base(seed), positions);
        if (a.jaccard(b) >= NearDuplicateIndex.COPY_THRESHOLD) {
            assertTrue(sharedBands(a, b) >= NearDuplicateIndex.MIN_SHARED_BANDS,
                    a.jaccard(b) + " alike with " + sharedBands(a, b) + " bands shared");
        }
    }

    @Test
    void theBoundIsReached_oneValueChangedInEachOf25Bands() {
        int[] v = base(3);
        List<Integer> positions = new java.util.ArrayList<>();
        for (int band = 0; band < NearDuplicateIndex.BANDS - NearDuplicateIndex.MIN_SHARED_BANDS; band++) {
            positions.add(band * NearDuplicateIndex.ROWS);
        }
        Fingerprint a = Fingerprint.ofValues(v);
        Fingerprint b = changed(v, positions);
        assertTrue(a.jaccard(b) >= NearDuplicateIndex.COPY_THRESHOLD, "at the threshold: " + a.jaccard(b));
        assertEquals(NearDuplicateIndex.MIN_SHARED_BANDS, sharedBands(a, b));
    }
}
