package org.sitrep.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.link.DocumentFacts;
import org.sitrep.link.EventCluster;
import org.sitrep.link.EventMerger;
import org.sitrep.link.LinkChanges;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.link.assess.syndication.Fingerprint;
import org.sitrep.link.assess.syndication.NearDuplicateIndex;
import org.sitrep.model.Attribution;
import org.sitrep.model.Event;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.PutResult;
import org.sitrep.model.Query;
import org.sitrep.store.Removal;
import org.sitrep.store.Store;
import org.sitrep.store.StoredFingerprint;

/**
 * Keeps the record: for each processed document, once, links its reports into the stored events (creating,
 * growing or merging them), merges and grades every event it touches, finds the earlier document it nearly
 * repeats, and commits all of it through the store port as one change set. Documents are recorded one at a
 * time, and the linking is planned under the store's write lock ({@link Store#write}): when several recorders
 * (processes) write one store, each document still links against every event stored before it.
 */
public final class Recorder {
    /**
     * Processed documents the ingest records in one commit ({@link #recordAll}): each is still linked after the
     * ones before it and stored whole or not at all, but the group shares one commit and one write of each page it
     * changes again and again (the events it touches, their indexes). On the ingest bench (one core,
     * conflict-dense articles) a commit for each document cost about a tenth of the run. A killed ingest loses at
     * most the group in hand, which the next run records.
     */
    public static final int GROUP_DOCUMENTS = 16;
    /** A group is recorded before it holds more than this many bytes of documents (a few long reports). */
    public static final long GROUP_BYTES = 4L << 20;
    /** Stored reports kept between documents: the nearby events of a few weeks of dense reporting. */
    private static final int CACHED_REPORTS = 20_000;
    private final Store store;
    private final Linking linking;
    private final EventMerger merger;
    private final EventAssessor assessor;
    /** Stored reports (and their link features) read while recording earlier documents. */
    private final ReportCache cache = new ReportCache(CACHED_REPORTS);
    /** The reports of the document being planned, kept in the cache once it is committed. */
    private List<ReportRecord> planned = List.of();

    public Recorder(Store store, EventAssessor assessor) {
        this(store, Linking.standard(), new EventMerger(), assessor);
    }

    public Recorder(Store store, Linking linking, EventMerger merger, EventAssessor assessor) {
        this.store = store;
        this.linking = linking;
        this.merger = merger;
        this.assessor = assessor;
    }

    /**
     * Records a document with its reports (the event ids they carry are ignored: the recorder links across
     * documents) and the bytes it was read from (null when unknown). A document already stored is left as it is.
     */
    public synchronized PutResult record(Processed p, byte[] original) {
        DocumentInfo doc = DocumentInfo.of(p.document());
        if (store.contains(doc.id())) {
            return PutResult.UNCHANGED;
        }
        Fingerprint fingerprint = Fingerprint.ofReportingSections(p.document());
        return keepPlanned(store.write(latest -> latest.contains(doc.id()) ? null
                : changes(latest, doc, p.reports(), p.originalOutlet(), fingerprint, original)));
    }

    /**
     * Records documents in order (with the bytes each was read from, null when unknown), in one commit where the
     * store can ({@link Store#writeAll}): each links against every event stored before it, those of the group's
     * earlier documents included, exactly as recording them one by one would. Answers each one's result. On a
     * failure (a {@link org.sitrep.store.StoreException}) the caller cannot tell which were stored, and records
     * each again with {@link #record}.
     */
    public synchronized List<PutResult> recordAll(List<Processed> docs, List<byte[]> originals) {
        List<Function<Store, ChangeSet>> plans = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Processed p = docs.get(i);
            DocumentInfo doc = DocumentInfo.of(p.document());
            Fingerprint fingerprint = Fingerprint.ofReportingSections(p.document());
            byte[] original = originals.get(i);
            plans.add(latest -> {
                if (latest.contains(doc.id())) {
                    return null;
                }
                ChangeSet changes = changes(latest, doc, p.reports(), p.originalOutlet(), fingerprint, original);
                // the group's next documents link against these reports, which the transaction holds once this
                // change set is applied; should it not be (a group rolled back), the cache is only ever asked for
                // ids the store answers, and a stored report's content never changes
                planned.forEach(cache::keep);
                return changes;
            });
        }
        try {
            return store.writeAll(plans);
        } catch (RuntimeException e) {
            cache.clear();
            throw e;
        } finally {
            planned = List.of();
        }
    }

    /**
     * Keeps a committed document's reports in the cache, as the store now holds them: the next documents link
     * against them, and reading them back and parsing them again cost as much as the rest of their look-up.
     */
    private PutResult keepPlanned(PutResult result) {
        if (result == PutResult.ADDED) {
            planned.forEach(cache::keep);
        }
        planned = List.of();
        return result;
    }

    /**
     * Records a document known only by what a store kept of it (its metadata, reports, whom it says it copies and
     * its text fingerprint, when it had one): for a stored document whose text is no longer at hand. Its reports
     * are linked anew like any other document's.
     */
    public synchronized PutResult recordAgain(DocumentInfo doc, List<Report> reports, String originalOutlet,
                                              byte[] fingerprint) {
        if (store.contains(doc.id())) {
            return PutResult.UNCHANGED;
        }
        Fingerprint fp = fingerprint == null || fingerprint.length == 0 ? Fingerprint.of("")
                : Fingerprint.fromBytes(fingerprint);
        return keepPlanned(store.write(latest -> latest.contains(doc.id()) ? null
                : changes(latest, doc, reports, originalOutlet, fp, null)));
    }

    /**
     * The change set recording this document makes, decided from {@code latest}: the store as it is under the
     * write lock, so the document links against every event committed before it, by any process.
     */
    private ChangeSet changes(Store latest, DocumentInfo doc, List<Report> reports, String originalOutlet, Fingerprint fingerprint,
                              byte[] original) {
        List<Report> fresh = new ArrayList<>(reports.size());
        for (Report r : reports) {
            fresh.add(r.eventId() == null ? r : r.withEventId(null));
        }
        // a source the document only describes ("the monitor") takes the name the document gives it, if any
        fresh = assessor.resolveSources(fresh);
        StoreIndex index = new StoreIndex(latest, cache);
        index.prefetch(fresh);
        LinkChanges linked = linking.link(fresh, index);
        Set<String> eventsHere = new LinkedHashSet<>();
        for (Report r : linked.linkedReports()) {
            if (r.eventId() != null) {
                eventsHere.add(r.eventId());
            }
        }
        long[] bandKeys = fingerprint.isEmpty() ? null : NearDuplicateIndex.bandKeys(fingerprint);
        String duplicateOf = bandKeys == null ? null : nearDuplicate(latest, fingerprint, bandKeys);
        List<ReportRecord> records = new ArrayList<>(linked.linkedReports().size());
        for (Report r : linked.linkedReports()) {
            records.add(new ReportRecord(r, doc));
        }
        planned = records;
        ChangeSet.NewDocument added = new ChangeSet.NewDocument(doc, linked.linkedReports(), eventsHere.size(),
                originalOutlet, duplicateOf, fingerprint.isEmpty() ? null : fingerprint.toBytes(), bandKeys, original);
        DocumentFacts current = new DocumentFacts(doc.id(), doc.outlet(), doc.published(), originalOutlet,
                duplicateOf);
        List<ChangeSet.ReportMove> moves = new ArrayList<>();
        List<ChangeSet.EventWrite> events = new ArrayList<>();
        for (EventCluster cluster : linked.touched()) {
            for (String moved : index.listedElsewhere(cluster, doc.id())) {
                moves.add(new ChangeSet.ReportMove(moved, cluster.eventId()));
            }
            Map<String, DocumentFacts> facts = index.documents(cluster.reports(), current);
            Event e = assessor.assess(merger.merge(cluster, facts), cluster.reports(), facts);
            events.add(new ChangeSet.EventWrite(e, doc.id(), events.size(), sources(cluster.reports(), facts)));
        }
        return new ChangeSet(added, linked.mergedInto(), moves, events);
    }

    /**
     * Grades every stored event again with this recorder's assessor (e.g. after new source reliabilities), in one
     * commit, without linking anything anew. Returns the number of events graded; on a failure nothing changes.
     */
    public synchronized int regrade() {
        int[] graded = new int[1];
        store.write(latest -> {
            StoreIndex index = new StoreIndex(latest, cache);
            List<ChangeSet.EventWrite> writes = new ArrayList<>();
            latest.streamEvents(Query.all(), stored -> {
                List<Report> reports = index.cluster(stored.id()).reports();
                Map<String, DocumentFacts> facts = index.documents(reports, null);
                Event regraded = assessor.assess(stored, reports, facts);
                writes.add(new ChangeSet.EventWrite(regraded, null, null, sources(reports, facts)));
            });
            graded[0] = writes.size();
            return new ChangeSet(null, Map.of(), List.of(), writes);
        });
        return graded[0];
    }

    /**
     * Removes a stored document (a wrong ingest) in one commit: its reports go; every event it supported is merged
     * and graded again from its remaining reports, with this recorder's assessor; an event left with no report
     * goes. Returns what was removed and recomputed; on a failure (also an unknown document) nothing changes.
     */
    public synchronized Removal remove(String documentId) {
        StoreIndex index = new StoreIndex(store, cache);
        Set<String> supported = new LinkedHashSet<>();
        for (ReportRecord r : store.reportsOf(documentId)) {
            if (r.report().eventId() != null) {
                supported.add(r.report().eventId());
            }
        }
        List<String> emptied = new ArrayList<>();
        List<ChangeSet.EventWrite> rewritten = new ArrayList<>();
        for (String eventId : supported) {
            List<Report> remaining = new ArrayList<>();
            for (Report r : index.cluster(eventId).reports()) {
                if (!r.documentId().equals(documentId)) {
                    remaining.add(r);
                }
            }
            if (remaining.isEmpty()) {
                emptied.add(eventId);
                continue;
            }
            EventCluster cluster = new EventCluster(eventId, remaining);
            Map<String, DocumentFacts> facts = notCopying(index.documents(remaining, null), documentId);
            Event e = assessor.assess(merger.merge(cluster, facts), remaining, facts);
            rewritten.add(new ChangeSet.EventWrite(e, null, null, sources(remaining, facts)));
        }
        Removal removal = new Removal(documentId, emptied, rewritten);
        store.remove(removal);
        return removal;
    }

    /** The documents' facts with copies of {@code removed} no longer copies (the store forgets it with it). */
    private static Map<String, DocumentFacts> notCopying(Map<String, DocumentFacts> facts, String removed) {
        Map<String, DocumentFacts> out = new HashMap<>(facts);
        out.replaceAll((id, f) -> removed.equals(f.duplicateOf())
                ? new DocumentFacts(f.documentId(), f.outlet(), f.published(), f.originalOutlet(), null) : f);
        return out;
    }

    /** Every speaker and outlet behind an event's reports, for the store's source filter. */
    private static List<String> sources(List<Report> reports, Map<String, DocumentFacts> facts) {
        List<String> out = new ArrayList<>();
        for (Report r : reports) {
            for (Attribution a : r.attribution()) {
                out.add(a.name());
            }
            DocumentFacts d = facts.get(r.documentId());
            if (d != null && d.outlet() != null) {
                out.add(d.outlet());
            }
        }
        return out;
    }


    /** The earliest stored document whose text this one nearly repeats (a repost, shared wire copy), or null. */
    private static String nearDuplicate(Store latest, Fingerprint fingerprint, long[] bandKeys) {
        for (StoredFingerprint f : latest.sharingBands(bandKeys, NearDuplicateIndex.MIN_SHARED_BANDS)) {
            if (Fingerprint.fromBytes(f.fingerprint()).jaccard(fingerprint) >= NearDuplicateIndex.COPY_THRESHOLD) {
                return f.documentId();
            }
        }
        return null;
    }
}
