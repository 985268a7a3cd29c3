package org.sitrep.store;

import org.sitrep.model.Counts;
import org.sitrep.model.Syndication;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.model.SubEventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import java.util.function.Supplier;
import java.util.function.Function;
import org.sitrep.model.DateCount;
import org.sitrep.model.Event;
import org.sitrep.model.EventFacts;
import org.sitrep.model.EventPoint;
import org.sitrep.model.EventTally;
import org.sitrep.model.ReportKind;

/**
 * The store port: where sitrep keeps its record. Persistence only — what to link, merge or grade is decided by the
 * recorder ({@code org.sitrep.record}), which hands the store one document's {@link ChangeSet} to commit whole.
 * Implementations: {@code store.sqlite} (embedded file) and {@code store.postgres} (a shared PostgreSQL/PostGIS
 * database); every implementation passes the contract test kit ({@code StoreContract} in the tests). Readers never
 * wait on a writer; writers take turns through {@link #write}, and writers in other processes (several ingests into
 * one store) wait for each other instead of failing.
 */
public interface Store extends AutoCloseable {

    // ---- writing ------------------------------------------------------------------------------------------

    /**
     * Commits a change set atomically: all of it or, on a failure (a {@link StoreException}), none of it. A change
     * set whose new document is already stored changes nothing and answers {@link PutResult#UNCHANGED}.
     */
    PutResult commit(ChangeSet changes);

    /**
     * Commits change sets in order in one transaction: all of them or, on a failure (a {@link StoreException}),
     * none. Each is applied as {@link #commit} would (one whose new document is already stored, or is added earlier
     * in the list, changes nothing). For loading many prepared records at once (an import, a generated store):
     * one transaction instead of one per document. Answers how many were added.
     */
    int commitAll(List<ChangeSet> changes);

    /**
     * Removes a stored document as {@code removal} says, atomically: all of it or, on a failure (a
     * {@link StoreException}, also when the document is not stored), none of it.
     */
    void remove(Removal removal);

    /**
     * Plans a change against the latest state of the store and commits it, with the store's write lock held from
     * before the plan reads until the commit: what {@code plan} reads through the store it is given includes every
     * write committed before (by this process or another), and nothing else is written until its change set is
     * committed, so a change decided from what it read (the recorder linking a document against the stored
     * events) is never applied over something it did not see. {@code plan} answers the change set, or null to
     * change nothing ({@link PutResult#UNCHANGED}); it must not write itself, and may be run again when the lock
     * could not be taken. Waits for other writers (with backoff) and fails with a {@link StoreException} only
     * after a long wait.
     */
    PutResult write(Function<Store, ChangeSet> plan);

    /**
     * Plans and commits several changes in order, as {@link #write} does each, every plan seeing what the ones
     * before it wrote (a document planned earlier in the list is already stored). A store that can commits them
     * in one transaction, all or none: the embedded store does, and one commit for a group of documents costs less
     * than one for each. The default commits each on its own. Either way each change is whole or absent; after a
     * failure (a {@link StoreException}) the caller cannot tell which were committed, and writes each again (a
     * stored document answers {@link PutResult#UNCHANGED}). Answers each plan's result, in order.
     */
    default List<PutResult> writeAll(List<Function<Store, ChangeSet>> plans) {
        List<PutResult> results = new java.util.ArrayList<>(plans.size());
        for (Function<Store, ChangeSet> plan : plans) {
            results.add(write(plan));
        }
        return results;
    }

    /** Whether a document with this id is stored. */
    boolean contains(String documentId);

    // ---- reading ------------------------------------------------------------------------------------------

    /** Events matching a query, in date order (undated last), then by id. */
    default List<Event> events(Query q) {
        List<Event> out = new ArrayList<>();
        streamEvents(q, out::add);
        return out;
    }

    /** As {@link #events(Query)}, one at a time, without holding them all in memory. */
    void streamEvents(Query q, Consumer<Event> sink);

    /**
     * As {@link #streamEvents}, each event as the JSON text the store holds ({@code SitrepJson.event}'s form) in
     * UTF-8, not decoded: for answers that pass stored events straight through, where decoding and writing them
     * again (or only turning the text into Java strings and back into bytes) would cost more than the query.
     */
    void streamEventJson(Query q, Consumer<byte[]> sink);

    /** What a map needs of every stored event, in no particular order, read from columns rather than decoded. */
    void streamEventPoints(Consumer<EventPoint> sink);

    /** Reports matching a query, in date order (undated last), then by id. */
    default List<ReportRecord> reports(Query q) {
        List<ReportRecord> out = new ArrayList<>();
        streamReports(q, out::add);
        return out;
    }

    /**
     * As {@link #streamEvents}, each event's {@link EventFacts} only: what an analysis weighs of thousands of events
     * per answer. A store may read them without decoding whole events.
     */
    default void streamEventFacts(Query q, Consumer<EventFacts> sink) {
        streamEvents(q, e -> sink.accept(EventFacts.of(e)));
    }

    /**
     * As {@link #streamEventFacts}, the events near any of several places, each once, in date order (undated
     * last) then id: a road's corridor, told as overlapping circles along it. The query sets the window and the
     * other filters; it has no place, limit or cursor of its own. A store may gather the circles' events before
     * reading any of them.
     */
    default void streamEventFactsNearAny(Query q, List<Near> areas, Consumer<EventFacts> sink) {
        streamEventFactsNearAny(q, areas, null, sink);
    }

    /**
     * As {@link #streamEventFactsNearAny(Query, List, Consumer)}, only the events of these sub-event types (all when
     * {@code types} is null): an analysis that weighs a few kinds need not read the rest of a city's events.
     */
    default void streamEventFactsNearAny(Query q, List<Near> areas, Set<SubEventType> types,
                                         Consumer<EventFacts> sink) {
        requireWindowOnly(q);
        Map<String, EventFacts> byId = new LinkedHashMap<>();
        for (Near area : areas) {
            streamEventFacts(q.near(area), e -> {
                if (types == null || types.contains(e.subEventType())) {
                    byId.putIfAbsent(e.id(), e);
                }
            });
        }
        byId.values().stream().sorted(Comparator.comparing((EventFacts e) -> e.date() == null ? null
                : e.date().start(), Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventFacts::id))
                .forEach(sink);
    }

    /** The query {@link #streamEventFactsNearAny} takes: a window and filters, no place, limit or cursor. */
    static void requireWindowOnly(Query q) {
        if (q.near() != null || q.bbox() != null || q.limit() != null || q.after() != null) {
            throw new IllegalArgumentException("a query near several places sets no place, limit or cursor: " + q);
        }
    }

    /** As {@link #reports(Query)}, one at a time, without holding them all in memory. */
    void streamReports(Query q, Consumer<ReportRecord> sink);

    /**
     * How many events a tally selects, per date span (start, end), in date order with the undated last: what
     * {@link #streamEvents} would give, counted (see {@link Tallies} for the exact meaning). For a series over a
     * large store: a store may count in its database and send only the counts.
     */
    default List<DateCount> eventDates(EventTally tally) {
        return Tallies.byStreaming(this, tally);
    }

    /**
     * As {@link #streamReports(Query, Consumer)}, the reports of one kind only (the count observations of a series);
     * a store may select them in its database.
     */
    default void streamReports(Query q, ReportKind kind, Consumer<ReportRecord> sink) {
        streamReports(q, r -> {
            if (r.report().kind() == kind) {
                sink.accept(r);
            }
        });
    }

    /** An event by its id, or by the id of an event it absorbed. */
    Optional<Event> event(String id);

    Optional<ReportRecord> report(String id);

    Optional<DocumentInfo> document(String id);

    /** Every stored document's id, in the order they were committed. */
    List<String> documentIds();

    /** A document's reports in the order they were committed. */
    List<ReportRecord> reportsOf(String documentId);

    /** An event's reports, by document then order within it. */
    List<ReportRecord> reportsOfEvent(String eventId);

    /**
     * The ids of an event's reports, in the order of {@link #reportsOfEvent}: for a reader that keeps the reports it
     * has read (a stored report never changes, except for the event it belongs to, which this answers).
     */
    List<String> reportIdsOfEvent(String eventId);

    /**
     * {@link #reportIdsOfEvent} for several events at once (the candidates of one document): every event asked maps
     * to its report ids (an empty list when it has none). A store may read them in one go.
     */
    default Map<String, List<String>> reportIdsOfEvents(Collection<String> eventIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String id : eventIds) {
            out.put(id, reportIdsOfEvent(id));
        }
        return out;
    }

    /** The stored reports with these ids, by id (ids not stored are left out). A store may read them in one go. */
    default Map<String, ReportRecord> reportsById(Collection<String> reportIds) {
        Map<String, ReportRecord> out = new LinkedHashMap<>();
        for (String id : reportIds) {
            report(id).ifPresent(r -> out.put(id, r));
        }
        return out;
    }

    /**
     * The evidence sentence of each stored report with these ids, by id (ids not stored are left out): what an
     * answer shows beside its reasons. A store may read the sentence alone instead of whole reports.
     */
    default Map<String, String> evidenceTexts(Collection<String> reportIds) {
        Map<String, String> out = new LinkedHashMap<>();
        reportsById(reportIds).forEach((id, r) -> out.put(id, r.report().evidence().text()));
        return out;
    }

    /** Whether a stored document copies another (empty when the document is not stored). */
    Optional<Syndication> syndication(String documentId);

    /** The bytes a document was read from, when the store has them (documents stored by sitrep 0.1 do not). */
    Optional<byte[]> original(String documentId);

    /** The latest publication date among the documents whose reports an event rests on, when any is known. */
    Optional<LocalDate> lastPublished(Event e);

    /** The ids of events with a report inside a block (time window and box), for the linker's candidates. */
    List<String> candidateEvents(Block block);

    /**
     * {@link #candidateEvents(Block)} for several blocks at once (one per report of a document), answered in the
     * blocks' order, each list exactly what the single look-up answers. A store may read them together.
     */
    default List<List<String>> candidateEvents(List<Block> blocks) {
        List<List<String>> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(candidateEvents(b));
        }
        return out;
    }

    /** A stored document's text fingerprint, when it has one. */
    Optional<StoredFingerprint> fingerprint(String documentId);

    /**
     * Stored documents sharing at least {@code minShared} fingerprint bands with these keys (band i's key is
     * {@code bandKeys[i]}), in the order they were committed. A near-duplicate check asks for the fewest bands a copy
     * must share, so that the many documents one template puts in a band with each other are not all read back.
     */
    List<StoredFingerprint> sharingBands(long[] bandKeys, int minShared);

    Counts counts();

    @Override
    void close();
}
