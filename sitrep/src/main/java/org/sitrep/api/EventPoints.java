package org.sitrep.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Counts;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.model.SubEventType;

/**
 * What the map needs of every stored event (id, position, dates, type, fatalities, grade, contested, place name),
 * held in memory so a grid over 100,000 events takes milliseconds instead of decoding every stored event again on
 * each pan, zoom or timeline move. Read from the store on first use and again whenever the store's counts change
 * (an ingest, an upload, a removal); a regrade by another process leaves the counts alone and shows after a restart.
 * Queries filtering by actor, place, source or nearness are the store's to answer ({@link #answers}); the filters
 * answered here mirror the stores' SQL (dates overlap, type labels equal, grade limits, bbox as {@code Box}), and
 * {@code ApiMapRoutesTest} compares both on every filter.
 */
final class EventPoints {
    /** One event as the map sees it; lat is NaN when the event has no coordinates, start/end -1 when undated. */
    record Point(String id, double lat, double lon, long start, long end, SubEventType type, Integer fatalities,
                 boolean contested, char reliability, int credibility, String place) {
        static Point of(Event e) {
            boolean placed = e.location() != null && e.location().resolved();
            return new Point(e.id(), placed ? e.location().lat() : Double.NaN, placed ? e.location().lon() : Double.NaN,
                    e.date() == null ? -1 : e.date().start().toEpochDay(), e.date() == null ? -1
                    : e.date().end().toEpochDay(), e.subEventType(), e.fatalities(), e.contested(),
                    e.grade() == null ? 0 : e.grade().reliability(), e.grade() == null ? 0 : e.grade().credibility(),
                    e.location() == null ? null : e.location().name());
        }

        boolean placed() {
            return !Double.isNaN(lat);
        }

        boolean dated() {
            return start >= 0;
        }

        LocalDate startDate() {
            return LocalDate.ofEpochDay(start);
        }
    }

    private final Sitrep sitrep;
    private List<Point> points;
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
    void select(Query q, Consumer<Point> sink) {
        if (!answers(q)) {
            sitrep.streamEvents(q, e -> sink.accept(Point.of(e)));
            return;
        }
        for (Point p : current()) {
            if (matches(q, p)) {
                sink.accept(p);
            }
        }
    }

    private synchronized List<Point> current() {
        Counts now = sitrep.counts();
        if (points == null || !now.equals(readAt)) {
            List<Point> read = new ArrayList<>();
            sitrep.streamEvents(Query.all(), e -> read.add(Point.of(e)));
            points = read;
            readAt = now;
        }
        return points;
    }

    /** The stores' filters, on a point: what their SQL selects, this selects. */
    static boolean matches(Query q, Point p) {
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
