package org.sitrep.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
import org.sitrep.link.EventCluster;
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
    /**
     * The cluster last built for each event, with its reports' link features once all were known: the next
     * document mostly finds the same reports listed for it, and building it and its features again (a cache
     * look-up per report, a copy of the list) was much of its look-up and linking.
     */
    private final Map<String, Built> clusters;

    private record Built(EventCluster cluster, List<LinkFeatures> features) {
    }

    ReportCache(int capacity) {
        this.records = lru(capacity);
        this.features = lru(capacity);
        // a few reports an event on average: the clusters hold about as many reports as the records do
        this.clusters = lru(capacity / 8);
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

    /**
     * The cluster built before for an event when the store now lists the same reports for it, in the same order,
     * else null: a stored report's content never changes, so the same ids make the same cluster.
     */
    EventCluster cluster(String eventId, List<String> reportIds) {
        Built b = clusters.get(eventId);
        if (b == null || b.cluster().reports().size() != reportIds.size()) {
            return null;
        }
        List<Report> reports = b.cluster().reports();
        for (int i = 0; i < reportIds.size(); i++) {
            if (!reports.get(i).id().equals(reportIds.get(i))) {
                return null;
            }
        }
        return b.cluster();
    }

    void keep(EventCluster cluster) {
        clusters.put(cluster.eventId(), new Built(cluster, null));
    }

    /** The link features of this cluster's reports, in its order, when kept with it; else null. */
    List<LinkFeatures> features(EventCluster cluster) {
        Built b = clusters.get(cluster.eventId());
        return b != null && b.cluster() == cluster ? b.features() : null;
    }

    /** Keeps a cluster's features (unmodifiable, in its order) with it, while it is the one kept for its event. */
    void keep(EventCluster cluster, List<LinkFeatures> features) {
        Built b = clusters.get(cluster.eventId());
        if (b != null && b.cluster() == cluster) {
            clusters.put(cluster.eventId(), new Built(cluster, features));
        }
    }

    LinkFeatures features(String reportId) {
        return features.get(reportId);
    }

    void keep(String reportId, LinkFeatures f) {
        features.put(reportId, f);
    }
}
