package org.sitrep.link.assess.syndication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds earlier documents whose text is nearly the same as a new one, without comparing against every document:
 * the signature is cut into {@link #BANDS} bands of {@link #ROWS} values, and only documents sharing a whole
 * band are compared. With 32 bands of 4, a pair at Jaccard 0.8 shares a band with probability above 0.9999 and
 * a pair at 0.3 with probability about 0.23 (then rejected by the full comparison). In memory; the store keeps the
 * fingerprints and rebuilds the index. Not thread-safe for concurrent {@code add}; reads after adds are safe
 * when the caller publishes the index safely.
 */
public final class NearDuplicateIndex {
    public static final int BANDS = 32;
    public static final int ROWS = Fingerprint.HASHES / BANDS;
    /** The threshold at which a document counts as a copy of another (reposts, shared wire copy). */
    public static final double COPY_THRESHOLD = 0.8;
    /**
     * The fewest whole bands two fingerprints at least {@link #COPY_THRESHOLD} alike must share: a band they do not
     * share holds at most {@code ROWS - 1} equal values, so a pair sharing fewer cannot reach the threshold (7 with
     * 32 bands of 4 at 0.8). A search may skip such pairs without changing any answer.
     */
    public static final int MIN_SHARED_BANDS = (int) Math.ceil(COPY_THRESHOLD * Fingerprint.HASHES)
            - (ROWS - 1) * BANDS;

    private final Map<String, Fingerprint> documents = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final List<Map<Long, List<String>>> bands = new ArrayList<>();

    public NearDuplicateIndex() {
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** Adds a document; adding the same id again is ignored (the first text stands). */
    public void add(String documentId, Fingerprint fingerprint) {
        if (fingerprint.isEmpty() || documents.containsKey(documentId)) {
            return;
        }
        documents.put(documentId, fingerprint);
        order.put(documentId, order.size());
        for (int b = 0; b < BANDS; b++) {
            bands.get(b).computeIfAbsent(bandKey(fingerprint, b), k -> new ArrayList<>(1)).add(documentId);
        }
    }

    public int size() {
        return documents.size();
    }

    /**
     * The earliest-added document whose estimated similarity to this fingerprint is at least {@code threshold},
     * if any. The document itself, when already added, is not its own duplicate: pass its id to exclude it.
     */
    public Optional<String> firstNearDuplicate(Fingerprint fingerprint, double threshold) {
        return firstNearDuplicate(fingerprint, threshold, null);
    }

    public Optional<String> firstNearDuplicate(Fingerprint fingerprint, double threshold, String excludeId) {
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestOrder = Integer.MAX_VALUE;
        for (int b = 0; b < BANDS; b++) {
            List<String> ids = bands.get(b).get(bandKey(fingerprint, b));
            if (ids == null) {
                continue;
            }
            for (String id : ids) {
                int o = order.get(id);
                if (o >= bestOrder || id.equals(excludeId)) {
                    continue;
                }
                if (documents.get(id).jaccard(fingerprint) >= threshold) {
                    best = id;
                    bestOrder = o;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The key of each band of this fingerprint, so a store can index bands in a table. */
    public static long[] bandKeys(Fingerprint f) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            keys[b] = bandKey(f, b);
        }
        return keys;
    }

    private static long bandKey(Fingerprint f, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = Fingerprint.mix(h * 31 + f.value(band * ROWS + r));
        }
        return h;
    }
}
