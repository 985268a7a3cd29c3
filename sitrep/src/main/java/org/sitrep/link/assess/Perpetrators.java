package org.sitrep.link.assess;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.ActorRef;

/**
 * Who a report says did it (its actor1), reduced to belligerent sides: actors of one party are one side
 * ("United States" and "US-led coalition"), an unspecified name ("unidentified armed group") is a blame on
 * somebody other than the state. Two reports blame different perpetrators when they name no side in common,
 * or when one blames only an unspecified group and the other blames a state force.
 */
record Perpetrators(Set<String> sides, boolean unspecified, boolean includesState) {
    static Perpetrators of(List<ActorRef> actor1, Belligerents b) {
        Set<String> sides = new TreeSet<>();
        boolean unspecified = false;
        boolean state = false;
        for (ActorRef a : actor1) {
            if (b.unspecified(a)) {
                unspecified = true;
            } else {
                sides.add(b.sideKey(a));
                state |= b.state(a).orElse(false);
            }
        }
        return new Perpetrators(Collections.unmodifiableSet(sides), unspecified, state);
    }

    boolean named() {
        return !sides.isEmpty() || unspecified;
    }

    /** True when the two name perpetrators that cannot both be right. */
    boolean conflictsWith(Perpetrators o) {
        if (!named() || !o.named()) {
            return false;
        }
        if (sides.isEmpty() && o.sides.isEmpty()) {
            return false;
        }
        if (sides.isEmpty()) {
            return o.includesState;
        }
        if (o.sides.isEmpty()) {
            return includesState;
        }
        return Collections.disjoint(sides, o.sides);
    }

    /** Readable form: the side names without their key prefixes. */
    String label() {
        List<String> names = sides.stream().map(s -> s.substring(s.indexOf(':') + 1)).toList();
        if (names.isEmpty()) {
            return "an unidentified group";
        }
        return String.join(" and ", names);
    }
}
