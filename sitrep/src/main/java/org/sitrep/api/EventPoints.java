package org.sitrep.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Counts;
import org.sitrep.model.EventPoint;
import org.sitrep.model.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the map needs of every stored event ({@link EventPoint}: id, position, dates, type, fatalities, grade,
 * contested, place name), read from the store's columns and held in memory so a grid over 100,000 events takes
 * milliseconds instead of reading every stored event again on each pan, zoom or timeline move. Read from the store on first use and again whenever the store's counts change
 * (an ingest, an upload, a removal); a regrade by another process leaves the counts alone and shows after a restart.
 * Queries filtering by actor, place, source or nearness are the store's to answer ({@link #answers}); the filters
 * answered here mirror the stores' SQL (dates overlap, type labels equal, grade limits, bbox as {@code Box}), and
 * {@code ApiMapRoutesTest} compares both on every filter.
 */
final class EventPoints {
    private static final Logger LOG = LoggerFactory.getLogger(EventPoints.class);
    private final Sitrep sitrep;
    private List<EventPoint> points;
    private Counts readAt;

    EventPoints(Sitrep sitrep) {
        this.sitrep = sitrep;
    }

    /** Whether {@link #select} answers this query from memory (otherwise it streams it from the store). */
    static boolean answers(Query q) {
        return q.actor() == null && q.place() == null && q.source() == null && q.near() == null && q.after() == null
                && q.limit() == null;
    }

    /** Every event the query selects, in no particular order. */
    void select(Query q, Consumer<EventPoint> sink) {
        if (!answers(q)) {
            sitrep.streamEvents(q, e -> sink.accept(EventPoint.of(e)));
            return;
        }
        for (EventPoint p : current()) {
            if (matches(q, p)) {
                sink.accept(p);
            }
        }
    }

    /**
     * Starts reading the digest on a daemon thread; a request arriving meanwhile waits for that read instead of
     * starting its own. A failure is logged and left for the next request to meet and report.
     */
    void prepareInBackground() {
        Thread t = new Thread(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                LOG.warn("could not read the map's digest at start: {}", e.getMessage());
            }
        }, "sitrep-map-digest");
        t.setDaemon(true);
        t.start();
    }

    private synchronized List<EventPoint> current() {
        Counts now = sitrep.counts();
        if (points == null || !now.equals(readAt)) {
            List<EventPoint> read = new ArrayList<>();
            sitrep.streamEventPoints(read::add);
            points = read;
            readAt = now;
        }
        return points;
    }

    /** The stores' filters, on a point: what their SQL selects, this selects. */
    static boolean matches(Query q, EventPoint p) {
        if (q.from() != null && !(p.dated() && p.end() >= q.from().toEpochDay())) {
            return false;
        }
        if (q.to() != null && !(p.dated() && p.start() <= q.to().toEpochDay())) {
            return false;
        }
        if (q.subEventType() != null && p.type() != q.subEventType()) {
            return false;
        }
        if (q.eventType() != null && (p.type() == null || p.type().eventType() != q.eventType())) {
            return false;
        }
        if (q.contested() && !p.contested()) {
            return false;
        }
        if (q.minCredibility() != null && (p.credibility() == 0 || p.credibility() > q.minCredibility())) {
            return false;
        }
        if (q.minReliability() != null && (p.reliability() == 0 || p.reliability() > q.minReliability())) {
            return false;
        }
        return q.bbox() == null || p.placed() && q.bbox().contains(p.lat(), p.lon());
    }
}
