package org.sitrep.analyse;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Which side an actor fights on, by the knowledge base's family tree: the Syrian Arab Army is of the Syrian Armed
 * Forces. Used to tell whether ground taken helps the side that depends on a route or holds a place.
 */
final class Sides {
    /** ACLED's category of state forces. */
    private static final int STATE_FORCES = 1;
    private static final int MAX_DEPTH = 8;
    private final ActorKnowledgeBase actors;

    Sides(ActorKnowledgeBase actors) {
        this.actors = actors;
    }

    private static final class Holder {
        static final Sides STANDARD = new Sides(ActorKnowledgeBase.bundled());
    }

    static Sides standard() {
        return Holder.STANDARD;
    }

    /** Whether an actor id is this side or part of it. */
    boolean within(String actorId, String side) {
        String id = actorId;
        for (int i = 0; id != null && i < MAX_DEPTH; i++) {
            if (id.equals(side)) {
                return true;
            }
            id = actors.byId(id).map(Actor::parent).orElse(null);
        }
        return false;
    }

    /**
     * The party an actor fights for: the top of its family tree (the Syrian Arab Army's is the Syrian Armed
     * Forces), the actor itself when it has no parent or the knowledge base does not know it.
     */
    String party(String actorId) {
        String id = actorId;
        for (int i = 0; i < MAX_DEPTH; i++) {
            String parent = actors.byId(id).map(Actor::parent).orElse(null);
            if (parent == null) {
                return id;
            }
            id = parent;
        }
        return id;
    }

    /**
     * Every actor id {@link #within} this side: the side and each actor of the knowledge base whose family tree
     * reaches it (an id the knowledge base does not know is within a side only when it is the side itself).
     */
    Set<String> members(String side) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(side);
        for (Actor a : actors.all()) {
            if (within(a.id(), side)) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    /** An actor's name by id, the id itself when the knowledge base does not know it. */
    String name(String actorId) {
        return actors.byId(actorId).map(Actor::name).orElse(actorId);
    }

    /** Whether a side is a state's forces. */
    boolean state(String side) {
        return actors.byId(side).map(a -> a.category() == STATE_FORCES).orElse(false);
    }

    /** Whether ground taken in this event goes to this side (a government retaking ground is the state's gain). */
    boolean gains(Event e, String side) {
        if (e.subEventType() == SubEventType.GOVERNMENT_REGAINS_TERRITORY) {
            return state(side);
        }
        Optional<String> taker = e.actor1().stream().map(ActorRef::id).filter(id -> id != null).findFirst();
        return taker.isPresent() && within(taker.get(), side);
    }
}
