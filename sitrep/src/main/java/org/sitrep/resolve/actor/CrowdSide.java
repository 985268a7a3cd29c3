package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Mention;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * ACLED names the side that demonstrates by what it did, not by who its people are, and gives a demonstration only
 * the sides that took part in it:
 * <ul>
 * <li>a protest's actor is Protesters, who they were (teachers, residents, a union) an associated actor; a side with
 * no people named takes it from the act's word ("A demonstration took place" names its protesters);</li>
 * <li>a peaceful protest has no other side: what it was against or for ("against the government", "in support of
 * the detainees") is its subject, not a party to it, and only another crowd (a counter-protest) stays;</li>
 * <li>a protest met by force (intervention, excessive force) has the force as its other side, whichever way the
 * sentence put them ("Police dispersed the protesters");</li>
 * <li>a riot's actor is Rioters when the side that acts is people (civilians, rioters, or words that name people,
 * victim-heads.tsv: "youths"), its people again associates.</li>
 * </ul>
 * A protest whose acting side is armed (and no force met it), or a riot by anyone else, is left as read.
 */
final class CrowdSide {
    /** ACLED inter codes of people: 5 rioters, 6 protesters, 7 civilians. */
    private static final Set<Integer> PEOPLE = Set.of(5, 6, 7);

    private final ActorKnowledgeBase kb;
    private final Optional<Actor> protesters;
    private final Optional<Actor> rioters;

    CrowdSide(ActorKnowledgeBase kb) {
        this.kb = kb;
        this.protesters = kb.byId("protesters");
        this.rioters = kb.byId("rioters");
    }

    /** The report with its crowd side named as ACLED names it; unchanged when it is no protest or riot. */
    Report apply(Report r) {
        SubEventType t = r.subEventType();
        if (t == null || protesters.isEmpty() || rioters.isEmpty()) {
            return r;
        }
        return switch (t) {
            case PEACEFUL_PROTEST -> peaceful(r);
            case PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> metByForce(r);
            case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> riot(r);
            default -> r;
        };
    }

    private Report peaceful(Report r) {
        if (r.actor1().stream().anyMatch(CrowdSide::armed)) {
            return r;
        }
        List<ActorRef> counter = r.actor2().stream().filter(a -> protesters.get().id().equals(a.id())).toList();
        return crowd(r, protesters.get(), r.actor1(), counter, counter.isEmpty() ? List.of() : r.assocActor2());
    }

    private Report metByForce(Report r) {
        List<ActorRef> force = new ArrayList<>();
        List<ActorRef> people = new ArrayList<>();
        for (ActorRef a : r.actor1()) {
            (armed(a) ? force : people).add(a);
        }
        boolean swapped = !force.isEmpty();
        for (ActorRef a : r.actor2()) {
            (armed(a) ? force : people).add(a);
        }
        return crowd(r, protesters.get(), people, force, swapped ? List.of() : r.assocActor2());
    }

    private Report riot(Report r) {
        if (!r.actor1().stream().allMatch(this::people)) {
            return r;
        }
        return crowd(r, rioters.get(), r.actor1(), r.actor2(), r.assocActor2());
    }

    /**
     * The report with the crowd {@code c} as its actor (provenance: its first person named, else the act's word),
     * {@code people} its associates unless they are that crowd already, and {@code other} as the other side.
     */
    private static Report crowd(Report r, Actor c, List<ActorRef> people, List<ActorRef> other,
                                List<ActorRef> otherAssoc) {
        Mention m = !people.isEmpty() ? people.get(0).mention() : r.trigger();
        if (m == null) {
            return r;
        }
        List<ActorRef> assoc = new ArrayList<>();
        people.stream().filter(a -> !c.id().equals(a.id())).forEach(assoc::add);
        assoc.addAll(r.assocActor1());
        ActorRef named = people.stream().filter(a -> c.id().equals(a.id())).findFirst()
                .orElse(new ActorRef(c.name(), c.id(), c.category(), m));
        return r.withActors(List.of(named), other, assoc, otherAssoc);
    }

    /** State forces and armed groups (ACLED inter codes 1..4 and 8): never a crowd. */
    private static boolean armed(ActorRef a) {
        return a.category() != null && !PEOPLE.contains(a.category());
    }

    private boolean people(ActorRef a) {
        if (a.category() != null) {
            return PEOPLE.contains(a.category());
        }
        return kb.victimPhrase(a.mention().text()).isPresent();
    }
}
