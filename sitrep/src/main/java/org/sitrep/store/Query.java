package org.sitrep.store;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.model.SubEventType;

/**
 * Filters for events and reports; null means "any". Dates select records whose date interval overlaps
 * [from, to] (records without a date are then left out). {@code actor}, {@code place} and {@code source} are
 * case-insensitive substrings of an actor's name or id, a place's name (or its admin1/country), an outlet or
 * speaker. Build with {@link #all()} and the withers.
 */
public record Query(LocalDate from, LocalDate to, SubEventType.EventType eventType, SubEventType subEventType,
                    String actor, String place, Near near, String source, Integer limit) {
    public Query {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (eventType != null && subEventType != null) {
            throw new IllegalArgumentException("filter by an event type or a sub-event type, not both");
        }
    }

    public static Query all() {
        return new Query(null, null, null, null, null, null, null, null, null);
    }

    public Query from(LocalDate d) {
        return new Query(d, to, eventType, subEventType, actor, place, near, source, limit);
    }

    public Query to(LocalDate d) {
        return new Query(from, d, eventType, subEventType, actor, place, near, source, limit);
    }

    /** An ACLED event type ("Battles") or sub-event type ("Air/drone strike"), case-insensitive. */
    public Query type(String label) {
        if (label == null) {
            return new Query(from, to, null, null, actor, place, near, source, limit);
        }
        Optional<SubEventType> sub = SubEventType.parse(label);
        if (sub.isPresent()) {
            return new Query(from, to, null, sub.get(), actor, place, near, source, limit);
        }
        SubEventType.EventType type = SubEventType.EventType.parse(label).orElseThrow(() ->
                new IllegalArgumentException("not an ACLED event type or sub-event type: '" + label + "'"));
        return new Query(from, to, type, null, actor, place, near, source, limit);
    }

    public Query actor(String s) {
        return new Query(from, to, eventType, subEventType, s, place, near, source, limit);
    }

    public Query place(String s) {
        return new Query(from, to, eventType, subEventType, actor, s, near, source, limit);
    }

    public Query near(Near n) {
        return new Query(from, to, eventType, subEventType, actor, place, n, source, limit);
    }

    public Query source(String s) {
        return new Query(from, to, eventType, subEventType, actor, place, near, s, limit);
    }

    public Query limit(Integer n) {
        return new Query(from, to, eventType, subEventType, actor, place, near, source, n);
    }
}
