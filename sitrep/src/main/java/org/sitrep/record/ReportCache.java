package org.sitrep.record;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.ReportRecord;
import org.sitrep.link.LinkFeatures;

/**
 * Stored reports a recorder has read, and their link features, kept from one document to the next (least recently
 * used dropped first): linking a document reads the same nearby events as the documents before it, and parsing
 * their reports and computing their features again was most of the time spent recording it. Safe across
 * documents and across processes writing the store: a stored report's content never changes, only the event it
 * belongs to, which the store is asked for every time ({@link org.sitrep.store.Store#reportIdsOfEvent}).
 */
final class ReportCache {
    private final Map<String, ReportRecord> records;
    private final Map<String, LinkFeatures> features;

    ReportCache(int capacity) {
        this.records = lru(capacity);
        this.features = lru(capacity);
    }

    private static <V> Map<String, V> lru(int capacity) {
        return new LinkedHashMap<>(capacity / 4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A report read before (its event id may since have changed), or null. */
    ReportRecord record(String reportId) {
        return records.get(reportId);
    }

    /** Forgets everything (after a failed write, for safety's sake: nothing read then is trusted). */
    void clear() {
        records.clear();
        features.clear();
    }

    void keep(ReportRecord record) {
        records.put(record.report().id(), record);
    }

    LinkFeatures features(String reportId) {
        return features.get(reportId);
    }

    void keep(String reportId, LinkFeatures f) {
        features.put(reportId, f);
    }
}
