package org.sitrep.model;

import java.util.Objects;
import java.util.Set;

/**
 * Which events to count by date (what a series counts): those {@code query} selects (its dates, type, circle or
 * box, actor and place words, as for a list of events), that, when {@code actorIds} is not empty, name one of these
 * actor ids in some role (actor1, actor2 or an associated actor: the caller gives a side with the units under it),
 * and that, when {@code placeIds} is not empty, are placed at one of these gazetteer places or match the query's
 * place words (the ids widen the words: a place the gazetteer read as "Khanasser" counts whatever it is called).
 * With {@code initiatorOnly}, the actor ids count only as actor1 or an actor associated with it (the side that acted).
 */
public record EventTally(Query query, Set<String> actorIds, Set<String> placeIds, boolean initiatorOnly) {
    public EventTally(Query query, Set<String> actorIds, Set<String> placeIds) {
        this(query, actorIds, placeIds, false);
    }

    public EventTally {
        Objects.requireNonNull(query, "query");
        actorIds = Set.copyOf(actorIds);
        placeIds = Set.copyOf(placeIds);
        if (query.limit() != null || query.after() != null) {
            throw new IllegalArgumentException("a tally counts every matching event: no limit or cursor");
        }
    }

    public static EventTally of(Query query) {
        return new EventTally(query, Set.of(), Set.of());
    }

    public EventTally actorIds(Set<String> ids) {
        return new EventTally(query, ids, placeIds, initiatorOnly);
    }

    public EventTally placeIds(Set<String> ids) {
        return new EventTally(query, actorIds, ids, initiatorOnly);
    }

    public EventTally initiatorOnly(boolean only) {
        return new EventTally(query, actorIds, placeIds, only);
    }
}
