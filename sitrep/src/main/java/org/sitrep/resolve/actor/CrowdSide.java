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
 * ACLED names the side that demonstrates by what it did, not by who its people are: the actor of a protest is
 * Protesters, of a riot Rioters, and who they were (teachers, residents, a union) is an associated actor. So a protest
 * or riot whose acting side names no armed or state actor takes Protesters or Rioters as its actor, its own people
 * moving to the associates; a side with no people named takes it from the act's word ("A demonstration took place"
 * names its protesters). Only a side of people is so read: civilians, protesters or rioters, or words that name
 * people (victim-heads.tsv: "teachers", "youths"); a side naming anyone else (a party, the police that stepped in) is
 * left as read. Excessive force against protesters is left too: there the force is the side that acts.
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
        Optional<Actor> crowd = crowdOf(r.subEventType());
        if (crowd.isEmpty() || !r.actor1().stream().allMatch(this::people)) {
            return r;
        }
        Actor c = crowd.get();
        if (r.actor1().stream().anyMatch(a -> c.id().equals(a.id()))) {
            return r;
        }
        Mention m = !r.actor1().isEmpty() ? r.actor1().get(0).mention() : r.trigger();
        if (m == null) {
            return r;
        }
        List<ActorRef> assoc = new ArrayList<>(r.actor1());
        assoc.addAll(r.assocActor1());
        return r.withActors(List.of(new ActorRef(c.name(), c.id(), c.category(), m)), r.actor2(), assoc,
                r.assocActor2());
    }

    private boolean people(ActorRef a) {
        if (a.category() != null) {
            return PEOPLE.contains(a.category());
        }
        return kb.victimPhrase(a.mention().text()).isPresent();
    }

    private Optional<Actor> crowdOf(SubEventType t) {
        if (t == null) {
            return Optional.empty();
        }
        return switch (t) {
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION -> protesters;
            case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> rioters;
            default -> Optional.empty();
        };
    }
}
