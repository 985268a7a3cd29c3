package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.PlaceMatch;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.EventTally;
import org.sitrep.model.Location;
import org.sitrep.model.Query;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.model.analysis.SeriesFilter;

/**
 * Whether an event or a report is one a series counts: its type (an ACLED event type or sub-event type), an actor
 * in any role, or with the filter's initiator only as actor1 or associated with it (a name or alias the actor knowledge base knows, with the units under it: "Syrian Armed Forces"
 * takes in the Syrian Arab Army; otherwise part of an actor's name, as `events --actor` reads it) and a place (the
 * gazetteer's best readings of the name, or part of a place, governorate or country name). Says in {@link #notes()}
 * how it read names it did not know.
 */
final class SeriesMatcher {
    private final SubEventType.EventType eventType;
    private final SubEventType subEventType;
    private final String actorText;
    private final Set<String> actorIds;
    private final String placeText;
    private final Set<String> placeIds;
    private final List<String> notes = new ArrayList<>();
    private final Sides sides;
    private final String type;
    private final boolean initiator;

    SeriesMatcher(SeriesFilter f, ActorKnowledgeBase actors, Gazetteer gazetteer, Sides sides) {
        this.sides = sides;
        this.type = f.type();
        this.initiator = f.initiator();
        Query typed = Query.all().type(f.type());
        this.eventType = typed.eventType();
        this.subEventType = typed.subEventType();
        this.actorText = f.actor() == null ? null : f.actor().toLowerCase(Locale.ROOT);
        this.actorIds = f.actor() == null ? Set.of() : actorIds(f.actor(), actors);
        if (f.actor() != null && actorIds.isEmpty()) {
            notes.add("no actor in the knowledge base is called '" + f.actor() + "': matched as part of actor names");
        }
        this.placeText = f.place() == null ? null : f.place().toLowerCase(Locale.ROOT);
        this.placeIds = f.place() == null ? Set.of() : placeIds(f.place(), gazetteer);
        if (f.place() != null && placeIds.isEmpty()) {
            notes.add("the gazetteer knows no place called '" + f.place() + "': matched as part of place names");
        }
    }

    static SeriesMatcher standard(SeriesFilter f) {
        return new SeriesMatcher(f, ActorKnowledgeBase.bundled(), Gazetteer.get(), Sides.standard());
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private static Set<String> actorIds(String text, ActorKnowledgeBase actors) {
        Set<String> ids = new LinkedHashSet<>();
        actors.byId(text.strip()).ifPresent(a -> ids.add(a.id()));
        actors.candidates(text).stream().map(Actor::id).forEach(ids::add);
        return ids;
    }

    private static Set<String> placeIds(String text, Gazetteer gazetteer) {
        Set<String> ids = new LinkedHashSet<>();
        gazetteer.byId(text.strip()).ifPresent(p -> ids.add(p.id()));
        List<PlaceMatch> found = gazetteer.candidates(text);
        if (!found.isEmpty()) {
            double best = found.get(0).similarity();
            found.stream().filter(m -> m.similarity() >= best).forEach(m -> ids.add(m.place().id()));
        }
        return ids;
    }

    /**
     * The events this matcher takes, as a store can count them ({@code Store#eventDates}): the dates, type and circle
     * of {@code window}, the actor as the ids of the sides named with the units under them (or as part of a name),
     * the place as the gazetteer's readings of the name or part of a place, governorate or country name. Counts what
     * {@link #matches(Event)} takes among the events the window's query selects.
     */
    EventTally tally(Query window) {
        Query q = window.type(type);
        Set<String> actorMembers = new LinkedHashSet<>();
        if (actorText != null && actorIds.isEmpty()) {
            q = q.actor(actorText);
        }
        actorIds.forEach(side -> actorMembers.addAll(sides.members(side)));
        if (placeText != null) {
            q = q.place(placeText);
        }
        return new EventTally(q, actorMembers, placeIds, initiator);
    }

    boolean matches(Event e) {
        return type(e.subEventType()) && actors(roles(e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2()))
                && place(e.location());
    }

    boolean matches(Report r) {
        return type(r.subEventType()) && actors(roles(r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2()))
                && place(r.location());
    }

    /** The roles the actor is looked for in: the acting side's only, with the filter's initiator. */
    private Stream<List<ActorRef>> roles(List<ActorRef> actor1, List<ActorRef> actor2, List<ActorRef> assoc1,
                                         List<ActorRef> assoc2) {
        return initiator ? Stream.of(actor1, assoc1) : Stream.of(actor1, actor2, assoc1, assoc2);
    }

    private boolean type(SubEventType t) {
        if (subEventType != null) {
            return subEventType == t;
        }
        return eventType == null || t != null && t.eventType() == eventType;
    }

    private boolean actors(Stream<List<ActorRef>> roles) {
        if (actorText == null) {
            return true;
        }
        return roles.flatMap(List::stream).anyMatch(this::actor);
    }

    private boolean actor(ActorRef a) {
        if (!actorIds.isEmpty()) {
            return a.id() != null && actorIds.stream().anyMatch(id -> sides.within(a.id(), id));
        }
        return a.name().toLowerCase(Locale.ROOT).contains(actorText)
                || a.id() != null && a.id().toLowerCase(Locale.ROOT).contains(actorText);
    }

    private boolean place(Location loc) {
        if (placeText == null) {
            return true;
        }
        if (loc == null) {
            return false;
        }
        if (loc.gazetteerId() != null && placeIds.contains(loc.gazetteerId())) {
            return true;
        }
        return Stream.of(loc.name(), loc.admin1(), loc.country())
                .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(placeText));
    }
}
