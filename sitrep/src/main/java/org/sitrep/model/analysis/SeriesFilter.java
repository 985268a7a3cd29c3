package org.sitrep.model.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.Near;
import org.sitrep.model.Query;

/**
 * What a series counts: events (and with {@code counts}, the count observations: a table of strikes per day) of a
 * type, an actor (any role; with {@code initiator}, only as the side that acted: ACLED's actor 1 or an actor
 * associated with it) and a place or circle, from {@code from} to {@code to} in buckets of {@code by}. Null filters
 * mean "any"; a null end means "as far as the matching records go". Actor, type and place take any alias the
 * knowledge bases know ("US-led coalition", "ISIS", "Khanasser"). "Islamic State attacked" is the initiator's
 * series: in any role it also counts the attacks Islamic State fought off.
 */
public record SeriesFilter(String type, String actor, String place, Near near, boolean counts, LocalDate from,
                           LocalDate to, Granularity by, boolean initiator) {
    /** The actor in any role. */
    public SeriesFilter(String type, String actor, String place, Near near, boolean counts, LocalDate from,
                        LocalDate to, Granularity by) {
        this(type, actor, place, near, counts, from, to, by, false);
    }

    public SeriesFilter {
        Objects.requireNonNull(by, "by");
        if (place != null && near != null) {
            throw new IllegalArgumentException("filter by a place or by a circle (near), not both");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        type = blankToNull(type);
        if (type != null) {
            Query.all().type(type); // an unknown type is refused here, never read as an empty series
        }
        actor = blankToNull(actor);
        place = blankToNull(place);
        if (initiator && actor == null) {
            throw new IllegalArgumentException("the initiator is an actor's role: name the actor");
        }
    }

    /** Every event, day by day, over the span the record covers. */
    public static SeriesFilter all() {
        return new SeriesFilter(null, null, null, null, false, null, null, Granularity.DAY);
    }

    public SeriesFilter type(String t) {
        return new SeriesFilter(t, actor, place, near, counts, from, to, by, initiator);
    }

    public SeriesFilter actor(String a) {
        return new SeriesFilter(type, a, place, near, counts, from, to, by, initiator);
    }

    public SeriesFilter place(String p) {
        return new SeriesFilter(type, actor, p, near, counts, from, to, by, initiator);
    }

    public SeriesFilter near(Near n) {
        return new SeriesFilter(type, actor, place, n, counts, from, to, by, initiator);
    }

    public SeriesFilter counts(boolean c) {
        return new SeriesFilter(type, actor, place, near, c, from, to, by, initiator);
    }

    public SeriesFilter between(LocalDate f, LocalDate t) {
        return new SeriesFilter(type, actor, place, near, counts, f, t, by, initiator);
    }

    public SeriesFilter by(Granularity g) {
        return new SeriesFilter(type, actor, place, near, counts, from, to, g, initiator);
    }

    /** Counts the actor only as the side that acted (actor 1 or associated with it), or in any role. */
    public SeriesFilter initiator(boolean i) {
        return new SeriesFilter(type, actor, place, near, counts, from, to, by, i);
    }

    /** Words for the filter ("Air/drone strike by US-led coalition, with count observations"). */
    public String describe() {
        StringBuilder b = new StringBuilder(type == null ? "events" : type);
        if (actor != null) {
            b.append(initiator ? " by " : " involving ").append(actor);
        }
        if (place != null) {
            b.append(" at ").append(place);
        }
        if (near != null) {
            b.append(" within ").append(near.km()).append(" km of ").append(near.lat()).append(',').append(near.lon());
        }
        if (counts) {
            b.append(" (with count observations)");
        }
        return b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
