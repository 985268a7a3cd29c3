package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.model.DateCount;
import org.sitrep.model.Event;
import org.sitrep.model.EventTally;
import org.sitrep.model.Location;
import org.sitrep.model.Query;

/**
 * The meaning of {@link Store#eventDates}, in Java: the events {@link Store#streamEvents} gives for the tally's query
 * (without its place words when place ids widen them), kept when they name one of the actor ids and are placed at
 * one of the place ids or match the place words the way the stores' place filter does, counted per date span. A
 * store that counts in its database answers exactly what this answers (the contract tests compare them).
 */
public final class Tallies {
    private Tallies() {
    }

    /** Counts by streaming every matching event through {@code store} (slow over a large store: the reference). */
    public static List<DateCount> byStreaming(Store store, EventTally t) {
        Counter counter = new Counter();
        store.streamEvents(streamed(t), e -> {
            if (matches(t, e)) {
                counter.add(e.date() == null ? null : e.date().start(), e.date() == null ? null : e.date().end(), 1);
            }
        });
        return counter.counts();
    }

    /** The query to stream for a tally: its place words are checked with the place ids when there are any. */
    private static Query streamed(EventTally t) {
        return t.placeIds().isEmpty() ? t.query() : t.query().place(null);
    }

    /** Whether a streamed event is one the tally counts (the query's own filters are the store's). */
    private static boolean matches(EventTally t, Event e) {
        if (!t.actorIds().isEmpty() && Stream.of(e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2())
                .flatMap(List::stream).noneMatch(a -> a.id() != null && t.actorIds().contains(a.id()))) {
            return false;
        }
        if (t.placeIds().isEmpty()) {
            return true;
        }
        Location l = e.location();
        if (l == null) {
            return false;
        }
        if (l.gazetteerId() != null && t.placeIds().contains(l.gazetteerId())) {
            return true;
        }
        String words = t.query().place();
        return words != null && !words.isBlank() && SearchKeys.place(l).contains(SearchKeys.normalise(words));
    }

    /** Adds up counts per date span; hands them out in order, the undated last. */
    public static final class Counter implements Consumer<DateCount> {
        private final Map<List<LocalDate>, long[]> dated = new TreeMap<>(Comparator
                .comparing((List<LocalDate> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        private long undated;

        public void add(LocalDate start, LocalDate end, long n) {
            if (start == null) {
                undated += n;
            } else {
                dated.computeIfAbsent(List.of(start, end), k -> new long[1])[0] += n;
            }
        }

        @Override
        public void accept(DateCount c) {
            add(c.start(), c.end(), c.count());
        }

        public List<DateCount> counts() {
            List<DateCount> out = new ArrayList<>(dated.size() + 1);
            dated.forEach((k, n) -> out.add(new DateCount(k.get(0), k.get(1), n[0])));
            if (undated > 0) {
                out.add(new DateCount(null, null, undated));
            }
            return out;
        }
    }
}
