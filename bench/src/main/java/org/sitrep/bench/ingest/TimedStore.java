package org.sitrep.bench.ingest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.Event;
import org.sitrep.store.Block;
import org.sitrep.store.ChangeSet;
import org.sitrep.model.Counts;
import org.sitrep.store.PutResult;
import org.sitrep.store.Removal;
import org.sitrep.model.Query;
import org.sitrep.store.Store;
import org.sitrep.store.StoredFingerprint;
import org.sitrep.model.Syndication;

/**
 * A store that times what goes through it, for the ingest benchmark: every read counts as candidate lookup; a
 * write's plan is handed a timed view of the latest state, and the write's time outside its plan counts as commit.
 */
final class TimedStore implements Store {
    private final Store delegate;
    private final Parts parts;

    TimedStore(Store delegate, Parts parts) {
        this.delegate = delegate;
        this.parts = parts;
    }

    private <T> T timed(Supplier<T> read) {
        Parts.Stamp t = Parts.Stamp.now();
        try {
            return read.get();
        } finally {
            parts.add(Parts.LOOKUP, t);
        }
    }

    @Override
    public PutResult commit(ChangeSet changes) {
        return write(latest -> changes);
    }

    @Override
    public int commitAll(java.util.List<ChangeSet> changes) {
        Parts.Stamp start = Parts.Stamp.now();
        try {
            return delegate.commitAll(changes);
        } finally {
            parts.add(Parts.COMMIT, start);
        }
    }

    @Override
    public void remove(Removal removal) {
        delegate.remove(removal);
    }

    @Override
    public PutResult write(Function<Store, ChangeSet> plan) {
        Parts.Stamp start = Parts.Stamp.now();
        long[] inPlan = new long[2];
        PutResult r = delegate.write(timed(plan, inPlan));
        parts.add(Parts.COMMIT, start);
        parts.remove(Parts.COMMIT, inPlan[0], inPlan[1]);
        return r;
    }

    @Override
    public java.util.List<PutResult> writeAll(java.util.List<Function<Store, ChangeSet>> plans) {
        Parts.Stamp start = Parts.Stamp.now();
        long[] inPlan = new long[2];
        java.util.List<PutResult> r = delegate.writeAll(plans.stream().map(p -> timed(p, inPlan)).toList());
        parts.add(Parts.COMMIT, start);
        parts.remove(Parts.COMMIT, inPlan[0], inPlan[1]);
        return r;
    }

    /** The plan handed a timed view of the latest state, its wall and CPU time added to {@code inPlan}. */
    private Function<Store, ChangeSet> timed(Function<Store, ChangeSet> plan, long[] inPlan) {
        return latest -> {
            Parts.Stamp t = Parts.Stamp.now();
            try {
                return plan.apply(new TimedStore(latest, parts));
            } finally {
                Parts.Stamp now = Parts.Stamp.now();
                inPlan[0] += now.wall() - t.wall();
                inPlan[1] += now.cpu() - t.cpu();
            }
        };
    }

    @Override
    public boolean contains(String documentId) {
        return timed(() -> delegate.contains(documentId));
    }

    @Override
    public void streamEventJson(Query q, Consumer<byte[]> sink) {
        timed(() -> {
            delegate.streamEventJson(q, sink);
            return null;
        });
    }

    @Override
    public void streamEventPoints(Consumer<org.sitrep.model.EventPoint> sink) {
        timed(() -> {
            delegate.streamEventPoints(sink);
            return null;
        });
    }

    @Override
    public void streamEvents(Query q, Consumer<Event> sink) {
        timed(() -> {
            delegate.streamEvents(q, sink);
            return null;
        });
    }

    @Override
    public void streamReports(Query q, Consumer<ReportRecord> sink) {
        timed(() -> {
            delegate.streamReports(q, sink);
            return null;
        });
    }

    @Override
    public Optional<Event> event(String id) {
        return timed(() -> delegate.event(id));
    }

    @Override
    public Optional<ReportRecord> report(String id) {
        return timed(() -> delegate.report(id));
    }

    @Override
    public Optional<DocumentInfo> document(String id) {
        return timed(() -> delegate.document(id));
    }

    @Override
    public List<String> documentIds() {
        return timed(delegate::documentIds);
    }

    @Override
    public List<ReportRecord> reportsOf(String documentId) {
        return timed(() -> delegate.reportsOf(documentId));
    }

    @Override
    public List<ReportRecord> reportsOfEvent(String eventId) {
        return timed(() -> delegate.reportsOfEvent(eventId));
    }

    @Override
    public List<String> reportIdsOfEvent(String eventId) {
        return timed(() -> delegate.reportIdsOfEvent(eventId));
    }

    @Override
    public Map<String, List<String>> reportIdsOfEvents(Collection<String> eventIds) {
        return timed(() -> delegate.reportIdsOfEvents(eventIds));
    }

    @Override
    public Map<String, ReportRecord> reportsById(Collection<String> reportIds) {
        return timed(() -> delegate.reportsById(reportIds));
    }

    @Override
    public List<List<String>> candidateEvents(List<Block> blocks) {
        return timed(() -> delegate.candidateEvents(blocks));
    }

    @Override
    public Optional<Syndication> syndication(String documentId) {
        return timed(() -> delegate.syndication(documentId));
    }

    @Override
    public Optional<byte[]> original(String documentId) {
        return timed(() -> delegate.original(documentId));
    }

    @Override
    public Optional<LocalDate> lastPublished(Event e) {
        return timed(() -> delegate.lastPublished(e));
    }

    @Override
    public List<String> candidateEvents(Block block) {
        return timed(() -> delegate.candidateEvents(block));
    }

    @Override
    public Optional<StoredFingerprint> fingerprint(String documentId) {
        return timed(() -> delegate.fingerprint(documentId));
    }

    @Override
    public List<StoredFingerprint> sharingBands(long[] bandKeys, int minShared) {
        return timed(() -> delegate.sharingBands(bandKeys, minShared));
    }

    @Override
    public Counts counts() {
        return delegate.counts();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
