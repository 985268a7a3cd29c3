package org.sitrep.analyse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Near;

/**
 * Events already read from the store over a stretch of days, in the store's order (first day, then id), with every
 * event of the given sub-event types (null: of every type) in an area the reader knows: a road's corridor holds
 * every point within 2 km of each town on it, so control of those towns takes their events from here instead of
 * reading a city's events a second time.
 */
record EventsRead(LocalDate from, LocalDate to, Set<SubEventType> types, List<EventFacts> events) {
    EventsRead {
        types = types == null ? null : Set.copyOf(types);
        events = List.copyOf(events);
    }

    boolean covers(LocalDate a, LocalDate b) {
        return !a.isBefore(from) && !b.isAfter(to);
    }

    /** Whether every event of these types was read (types null: the read kept every type). */
    boolean holds(Set<SubEventType> wanted) {
        return types == null || types.containsAll(wanted);
    }

    /** As the store would give them: the events whose dates meet [a, b] and whose point lies in the circle. */
    List<EventFacts> within(Near n, LocalDate a, LocalDate b) {
        List<EventFacts> out = new ArrayList<>();
        double west = n.lon() - n.lonHalfWidth();
        double east = n.lon() + n.lonHalfWidth();
        for (EventFacts e : events) {
            Location l = e.location();
            // the circle's box first, as the store does: the great-circle distance only for what is inside it
            if (e.date() != null && !e.date().end().isBefore(a) && !e.date().start().isAfter(b) && l != null
                    && l.resolved() && l.lat() >= n.minLat() && l.lat() <= n.maxLat() && l.lon() >= west
                    && l.lon() <= east && n.contains(l.lat(), l.lon())) {
                out.add(e);
            }
        }
        return out;
    }
}
