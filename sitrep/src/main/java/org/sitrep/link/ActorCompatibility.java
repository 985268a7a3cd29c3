package org.sitrep.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.knowledge.NameKey;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;

/**
 * Whether two reports name compatible sides. Actors are compared by knowledge-base id when resolved (a unit
 * also matches the forces it belongs to: parent and member-of links), else by their folded name. Lists differ in
 * completeness, so an empty side is "unknown", not a disagreement; sides may be swapped (a withdrawal told by
 * the side that left names it first). Disjoint sides count against a link only when both are resolved actors:
 * an unresolved "armed group" may be anyone. Even then it is a penalty, not a veto, because disputes over who
 * did it are contradictions inside one event.
 */
public final class ActorCompatibility {
    private final Function<String, Set<String>> family;

    /** A report's two sides as keys: "id:..." for resolved actors and their families, "name:..." otherwise. */
    public record Sides(Set<String> side1, boolean resolved1, Set<String> side2, boolean resolved2) {
        static final Sides NONE = new Sides(Set.of(), false, Set.of(), false);
    }

    private ActorCompatibility(Function<String, Set<String>> family) {
        this.family = family;
    }

    /** Families from the bundled actor knowledge base. */
    public static ActorCompatibility standard() {
        return withKnowledge(ActorKnowledgeBase.bundled());
    }

    public static ActorCompatibility withKnowledge(ActorKnowledgeBase kb) {
        return new ActorCompatibility(id -> {
            Set<String> out = new HashSet<>();
            ancestors(kb, id, out);
            return Set.copyOf(out);
        });
    }

    /** Ids compared as they are (tests, benchmarks). */
    public static ActorCompatibility flat() {
        return new ActorCompatibility(Set::of);
    }

    private static void ancestors(ActorKnowledgeBase kb, String id, Set<String> out) {
        if (!out.add(id) || out.size() > 16) {
            return;
        }
        kb.byId(id).ifPresent((Actor a) -> {
            if (a.parent() != null) {
                ancestors(kb, a.parent(), out);
            }
            for (String m : a.memberOf()) {
                ancestors(kb, m, out);
            }
        });
    }

    public Sides sides(Report r) {
        if (r.actor1().isEmpty() && r.actor2().isEmpty() && r.assocActor1().isEmpty() && r.assocActor2().isEmpty()) {
            return Sides.NONE;
        }
        Set<String> s1 = new HashSet<>();
        Set<String> s2 = new HashSet<>();
        boolean res1 = add(r.actor1(), s1) | add(r.assocActor1(), s1);
        boolean res2 = add(r.actor2(), s2) | add(r.assocActor2(), s2);
        return new Sides(Set.copyOf(s1), res1, Set.copyOf(s2), res2);
    }

    private boolean add(List<ActorRef> refs, Set<String> keys) {
        boolean resolved = false;
        for (ActorRef a : refs) {
            if (a.id() != null) {
                resolved = true;
                for (String f : family.apply(a.id())) {
                    keys.add("id:" + f);
                }
            } else {
                String k = NameKey.of(a.name());
                if (!k.isEmpty()) {
                    keys.add("name:" + k);
                }
            }
        }
        return resolved;
    }

    /**
     * Agreement of two reports' sides in [-1, 1]: the mean over both sides of +1 (shared actor), 0 (a side
     * unknown, or disjoint but not both resolved) or -1 (disjoint resolved actors), in the better orientation.
     */
    public static double score(Sides a, Sides b) {
        double straight = (side(a.side1(), a.resolved1(), b.side1(), b.resolved1())
                + side(a.side2(), a.resolved2(), b.side2(), b.resolved2())) / 2;
        double swapped = (side(a.side1(), a.resolved1(), b.side2(), b.resolved2())
                + side(a.side2(), a.resolved2(), b.side1(), b.resolved1())) / 2;
        return Math.max(straight, swapped);
    }

    /** Whether both sides share an actor (straight or swapped): the strong agreement the blind rule asks for. */
    public static boolean bothSidesShared(Sides a, Sides b) {
        return score(a, b) >= 1.0;
    }

    private static double side(Set<String> a, boolean resA, Set<String> b, boolean resB) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String k : small) {
            if (large.contains(k)) {
                return 1;
            }
        }
        return resA && resB ? -1 : 0;
    }
}
