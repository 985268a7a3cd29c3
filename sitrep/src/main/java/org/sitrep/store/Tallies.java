package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.model.ActorRef;
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
        Stream<List<ActorRef>> roles = t.initiatorOnly() ? Stream.of(e.actor1(), e.assocActor1())
                : Stream.of(e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2());
        if (!t.actorIds().isEmpty() && roles
                .flatMap(List::stream).noneMatch(a -> a.id() != null && t.actorIds().contains(a.id()))) {
            return false;
        }
        if (initiatorByWords(t) && !initiatorNamed(e, t.query().actor().toLowerCase(Locale.ROOT))) {
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

    /**
     * Whether the tally's initiator is given by words (part of a name or id) rather than actor ids: the stores'
     * keys hold actors in any role, so such a tally is counted by streaming.
     */
    public static boolean initiatorByWords(EventTally t) {
        return t.initiatorOnly() && t.actorIds().isEmpty() && t.query().actor() != null
                && !t.query().actor().isBlank();
    }

    /** Whether actor1 or an actor associated with it has {@code words} (lower case) in its name or id. */
    private static boolean initiatorNamed(Event e, String words) {
        return Stream.of(e.actor1(), e.assocActor1()).flatMap(List::stream).anyMatch(a ->
                a.name().toLowerCase(Locale.ROOT).contains(words)
                        || a.id() != null && a.id().toLowerCase(Locale.ROOT).contains(words));
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
