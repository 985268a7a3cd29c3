package org.sitrep.record;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.link.DocumentFacts;
import org.sitrep.link.EventCluster;
import org.sitrep.link.EventIndex;
import org.sitrep.link.LinkFeatures;
import org.sitrep.link.Linker;
import org.sitrep.link.LinkSettings;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.store.Block;
import org.sitrep.store.Store;
import org.sitrep.model.Syndication;

/**
 * The stored events as the linker's {@link EventIndex}: candidates come from the store by blocking on the report's
 * time window and a box around its place, so linking a document reads a few events, never the whole store. Lives
 * for one document (its cache would go stale after the commit).
 */
final class StoreIndex implements EventIndex {
    /** Days either side of a report's interval within which stored reports are considered. */
    static final int WINDOW_DAYS = 10;
    /**
     * Half-width of the box around a report's place, in degrees of latitude: as far as a province-only place,
     * coded at its capital, may lie from a town in the same province (about 110 km to the degree).
     */
    static final double BOX_DEGREES = Math.max(1.0, LinkSettings.standard().provinceReachKm() / 110.0);
    /** At most this many events per lookup. */
    static final int MAX_CANDIDATES = 400;

    private final Store store;
    private final ReportCache cache;
    private final Map<String, EventCluster> clusters = new HashMap<>();
    /** The event each report of the clusters read is listed in, once asked for ({@link #storedEvent}). */
    private final Map<String, String> listedIn = new HashMap<>();
    /** How many clusters {@link #listedIn} covers. */
    private int indexed;
    private final Map<String, DocumentFacts> facts = new HashMap<>();
    /** Candidate events read ahead by {@link #prefetch}, by report id. */
    private final Map<String, List<String>> candidates = new HashMap<>();

    StoreIndex(Store store, ReportCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /**
     * Reads at once what linking these reports (one document's) will ask for: every report's candidate events,
     * their report ids and the reports the cache lacks, a few queries in all instead of several per report. The
     * store does not change while the document is planned (its write lock is held), so the answers stay true.
     */
    void prefetch(List<Report> reports) {
        List<Report> blocked = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Report r : reports) {
            Block b = Linker.linkable(r) && !candidates.containsKey(r.id()) ? block(r) : null;
            if (b != null) {
                blocked.add(r);
                blocks.add(b);
            }
        }
        if (blocks.isEmpty()) {
            return;
        }
        List<List<String>> found = store.candidateEvents(blocks);
        Set<String> events = new LinkedHashSet<>();
        for (int i = 0; i < blocked.size(); i++) {
            candidates.put(blocked.get(i).id(), found.get(i));
            events.addAll(found.get(i));
        }
        events.removeAll(clusters.keySet());
        Map<String, List<String>> members = store.reportIdsOfEvents(events);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            EventCluster kept = cache.cluster(e.getKey(), e.getValue());
            if (kept != null) {
                clusters.put(e.getKey(), kept);
                continue;
            }
            for (String id : e.getValue()) {
                if (cache.record(id) == null) {
                    missing.add(id);
                }
            }
        }
        store.reportsById(missing).values().forEach(cache::keep);
        members.forEach(this::cluster);
    }

    @Override
    public List<EventCluster> candidates(Report report) {
        List<String> ids = candidates.get(report.id());
        if (ids == null) {
            Block block = block(report);
            // nothing to block on: such a report links only within its own document
            ids = block == null ? List.of() : store.candidateEvents(block);
        }
        List<EventCluster> out = new ArrayList<>();
        for (String id : ids) {
            out.add(cluster(id));
        }
        return out;
    }

    /** Where a report's events may be: its time window and a box around its place; null when it has neither. */
    private static Block block(Report report) {
        DateSpan date = report.date();
        Location loc = report.location();
        boolean placed = loc != null && loc.resolved();
        if (date == null && !placed) {
            return null;
        }
        Block.Box box = placed ? new Block.Box(loc.lat() - BOX_DEGREES, loc.lat() + BOX_DEGREES,
                loc.lon() - BOX_DEGREES * 1.3, loc.lon() + BOX_DEGREES * 1.3) : null;
        return new Block(date == null ? null : date.start().minusDays(WINDOW_DAYS),
                date == null ? null : date.end().plusDays(WINDOW_DAYS), box, MAX_CANDIDATES);
    }

    /**
     * An event's stored reports, read once per document: which reports it has is asked of the store every time;
     * their content comes from the cache when an earlier document read them.
     */
    EventCluster cluster(String eventId) {
        EventCluster c = clusters.get(eventId);
        return c != null ? c : cluster(eventId, store.reportIdsOfEvent(eventId));
    }

    /** An event's cluster from the ids of its stored reports. */
    private EventCluster cluster(String eventId, List<String> reportIds) {
        EventCluster c = clusters.get(eventId);
        if (c == null) {
            c = cache.cluster(eventId, reportIds);
        }
        if (c == null) {
            List<Report> reports = new ArrayList<>(reportIds.size());
            for (String id : reportIds) {
                ReportRecord rec = cache.record(id);
                if (rec == null) {
                    rec = store.report(id).orElseThrow(() -> new IllegalStateException("report " + id + " of event "
                            + eventId + " is listed but not stored"));
                    cache.keep(rec);
                }
                if (!eventId.equals(rec.report().eventId())) {
                    rec = new ReportRecord(rec.report().withEventId(eventId), rec.document());
                }
                reports.add(rec.report());
            }
            c = new EventCluster(eventId, reports);
            cache.keep(c);
        }
        clusters.put(eventId, c);
        return c;
    }

    @Override
    public LinkFeatures features(Report report) {
        return cache.features(report.id());
    }

    /**
     * Kept with the cluster (across documents, while the store lists the same reports for its event) once all its
     * reports' features are known: a document asks for the same events for each of its reports.
     */
    @Override
    public List<LinkFeatures> features(EventCluster cluster) {
        if (clusters.get(cluster.eventId()) != cluster) {
            return null;
        }
        List<LinkFeatures> kept = cache.features(cluster);
        if (kept != null) {
            return kept;
        }
        List<LinkFeatures> fs = new ArrayList<>(cluster.reports().size());
        for (Report r : cluster.reports()) {
            LinkFeatures f = cache.features(r.id());
            if (f == null) {
                return null; // the linker computes the missing ones and keeps them: the next ask finds all
            }
            fs.add(f);
        }
        kept = Collections.unmodifiableList(fs);
        cache.keep(cluster, kept);
        return kept;
    }

    @Override
    public void keep(Report report, LinkFeatures features) {
        cache.keep(report.id(), features);
    }

    /**
     * The reports of a linked cluster that the store lists in another event (they move to this one), in the
     * cluster's order. The reports of the document being recorded are stored nowhere yet, and those the event
     * already had lead its linked cluster as they were read, so only the others are looked up by report.
     */
    List<String> listedElsewhere(EventCluster linked, String recordedDocumentId) {
        EventCluster read = clusters.get(linked.eventId());
        List<Report> had = read == null ? List.of() : read.reports();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < linked.reports().size(); k++) {
            Report r = linked.reports().get(k);
            if (r.documentId().equals(recordedDocumentId) || (k < had.size() && had.get(k).id().equals(r.id()))) {
                continue;
            }
            String stored = storedEvent(r.id());
            if (stored != null && !linked.eventId().equals(stored)) {
                out.add(r.id());
            }
        }
        return out;
    }

    /**
     * The event the store lists a report in, for a report of an event this index read; null for any other (a new
     * report). Worked out when first asked, from the clusters read by then and any read since.
     */
    private String storedEvent(String reportId) {
        if (listedIn.isEmpty() || indexed != clusters.size()) {
            listedIn.clear();
            for (EventCluster c : clusters.values()) {
                for (Report r : c.reports()) {
                    listedIn.put(r.id(), c.eventId());
                }
            }
            indexed = clusters.size();
        }
        return listedIn.get(reportId);
    }

    /** Facts of the documents behind these reports: stored ones from the store, plus the one being written. */
    Map<String, DocumentFacts> documents(List<Report> reports, DocumentFacts current) {
        Set<String> ids = new LinkedHashSet<>();
        for (Report r : reports) {
            ids.add(r.documentId());
        }
        Map<String, DocumentFacts> out = new HashMap<>();
        for (String id : ids) {
            if (current != null && id.equals(current.documentId())) {
                out.put(id, current);
                continue;
            }
            DocumentFacts known = facts.computeIfAbsent(id, this::storedFacts);
            if (known != null) {
                out.put(id, known);
            }
        }
        return out;
    }

    private DocumentFacts storedFacts(String id) {
        Optional<DocumentInfo> info = store.document(id);
        if (info.isEmpty()) {
            return null;
        }
        Syndication s = store.syndication(id).orElse(new Syndication(null, null));
        return new DocumentFacts(id, info.get().outlet(), info.get().published(), s.originalOutlet(),
                s.duplicateOf());
    }
}
