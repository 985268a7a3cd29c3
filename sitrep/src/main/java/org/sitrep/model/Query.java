package org.sitrep.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Filters for events and reports; null means "any". Dates select records whose date interval overlaps
 * [from, to] (records without a date are then left out). {@code actor}, {@code place} and {@code source} are
 * case-insensitive substrings of an actor's name or id, a place's name (or its admin1/country), an outlet or
 * speaker. {@code bbox} keeps records placed inside a box (records without coordinates are then left out). Build
 * with {@link #all()} and the withers.
 */
public record Query(LocalDate from, LocalDate to, SubEventType.EventType eventType, SubEventType subEventType,
                    String actor, String place, Near near, String source, Integer limit, boolean contested,
                    Integer minCredibility, Character minReliability, Cursor after, Box bbox) {
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
        if (minCredibility != null && (minCredibility < 1 || minCredibility > 6)) {
            throw new IllegalArgumentException("credibility is 1 (confirmed) to 6 (cannot be judged), not "
                    + minCredibility);
        }
        if (minReliability != null && (minReliability < 'A' || minReliability > 'F')) {
            throw new IllegalArgumentException("source reliability is a letter A (completely reliable) to F "
                    + "(cannot be judged), not " + minReliability);
        }
    }

    public static Query all() {
        return new Query(null, null, null, null, null, null, null, null, null, false, null, null, null, null);
    }

    public Query from(LocalDate d) {
        return new Query(d, to, eventType, subEventType, actor, place, near, source, limit,
                contested, minCredibility, minReliability, after, bbox);
    }

    public Query to(LocalDate d) {
        return new Query(from, d, eventType, subEventType, actor, place, near, source, limit,
                contested, minCredibility, minReliability, after, bbox);
    }

    /** An ACLED event type ("Battles") or sub-event type ("Air/drone strike"), case-insensitive. */
    public Query type(String label) {
        if (label == null) {
            return new Query(from, to, null, null, actor, place, near, source, limit,
                    contested, minCredibility, minReliability, after, bbox);
        }
        Optional<SubEventType> sub = SubEventType.parse(label);
        if (sub.isPresent()) {
            return new Query(from, to, null, sub.get(), actor, place, near, source, limit,
                    contested, minCredibility, minReliability, after, bbox);
        }
        SubEventType.EventType type = SubEventType.EventType.parse(label).orElseThrow(() ->
                new IllegalArgumentException("not an ACLED event type or sub-event type: '" + label + "'"));
        return new Query(from, to, type, null, actor, place, near, source, limit,
                contested, minCredibility, minReliability, after, bbox);
    }

    public Query actor(String s) {
        return new Query(from, to, eventType, subEventType, s, place, near, source, limit,
                contested, minCredibility, minReliability, after, bbox);
    }

    public Query place(String s) {
        return new Query(from, to, eventType, subEventType, actor, s, near, source, limit,
                contested, minCredibility, minReliability, after, bbox);
    }

    public Query near(Near n) {
        return new Query(from, to, eventType, subEventType, actor, place, n, source, limit,
                contested, minCredibility, minReliability, after, bbox);
    }

    public Query source(String s) {
        return new Query(from, to, eventType, subEventType, actor, place, near, s, limit,
                contested, minCredibility, minReliability, after, bbox);
    }

    public Query limit(Integer n) {
        return new Query(from, to, eventType, subEventType, actor, place, near, source, n,
                contested, minCredibility, minReliability, after, bbox);
    }

    /** Only events whose reports disagree (see {@code Event#contradictions()}). Events only. */
    public Query contested(boolean only) {
        return new Query(from, to, eventType, subEventType, actor, place, near, source, limit, only, minCredibility,
                minReliability, after, bbox);
    }

    /** Events graded credibility {@code n} or better (1 confirmed … 6 cannot be judged). Events only. */
    public Query minCredibility(Integer n) {
        return new Query(from, to, eventType, subEventType, actor, place, near, source, limit, contested, n,
                minReliability, after, bbox);
    }

    /** Events whose source reliability is this letter or better (A completely reliable … F). Events only. */
    public Query minReliability(Character letter) {
        Character up = letter == null ? null : Character.toUpperCase(letter);
        return new Query(from, to, eventType, subEventType, actor, place, near, source, limit, contested,
                minCredibility, up, after, bbox);
    }

    /**
     * Only records after this cursor in the query's order (date, undated last, then id): the next page after a
     * page that ended there. With {@link #limit(Integer)}, keyset paging.
     */
    public Query after(Cursor c) {
        return new Query(from, to, eventType, subEventType, actor, place, near, source, limit, contested,
                minCredibility, minReliability, c, bbox);
    }

    /** Only records placed inside this box (west, south, east, north in degrees; see {@link Box}). */
    public Query bbox(double minLon, double minLat, double maxLon, double maxLat) {
        return bbox(new Box(minLon, minLat, maxLon, maxLat));
    }

    public Query bbox(Box b) {
        return new Query(from, to, eventType, subEventType, actor, place, near, source, limit, contested,
                minCredibility, minReliability, after, b);
    }

    /** Whether this query uses a filter that only events have. */
    public boolean gradesEvents() {
        return contested || minCredibility != null || minReliability != null;
    }
}
