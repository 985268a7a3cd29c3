package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Whether two reports' sides may be one: the same actor under another name ("the US-led coalition", "the anti-IS
 * coalition"), or sides that keep two reports apart as two happenings.
 */
final class SideMatch {
    /** Words that describe doers without naming a side ("carried out by gunmen"). */
    private static final Set<String> DESCRIPTIONS = ClosedClass.of("doer-descriptions");

    private final ActorLexicon actors;

    SideMatch(ActorLexicon actors) {
        this.actors = actors;
    }

    /** Two reports that cannot be one happening: different doers, or different counts of strikes. */
    boolean conflict(Report p, Report r) {
        // "The attack was carried out by gunmen": a bare description of the doers, not another side
        boolean sides = !p.actor1().isEmpty() && !r.actor1().isEmpty() && !shares(p.actor1(), r.actor1())
                && !described(r.actor1());
        boolean counts = p.count() != null && r.count() != null && p.count().value() != r.count().value();
        // the earlier event's doer named as the later one's target ("the army ... the attack on the army")
        boolean swapped = p.subEventType() != SubEventType.ARMED_CLASH
                && (shares(p.actor1(), r.actor2()) || shares(r.actor1(), p.actor2()));
        return sides || counts || swapped;
    }

    /** Doers named only by a bare description ("gunmen", "the attackers"), no known actor. */
    private static boolean described(List<ActorRef> actors) {
        return actors.stream().allMatch(x -> x.id() == null
                && DESCRIPTIONS.contains(x.name().toLowerCase(Locale.ROOT).replaceFirst("^the ", "")));
    }

    /** Whether some actor of {@code a} may be some actor of {@code b}. */
    boolean shares(List<ActorRef> a, List<ActorRef> b) {
        for (ActorRef x : a) {
            for (ActorRef y : b) {
                if (sameActor(x.name(), y.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The same name, or names ending in the same head that is not a bare force word and not owned by two different
     * states: "the US-led coalition" and "the anti-IS coalition" may be one side; "Syrian forces" and "Russian
     * forces", or "Russian jets" and "Turkish jets", are not.
     */
    private boolean sameActor(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        String[] wa = words(a);
        String[] wb = words(b);
        String head = wa[wa.length - 1].toLowerCase(Locale.ROOT);
        if (!head.equals(wb[wb.length - 1].toLowerCase(Locale.ROOT)) || actors.forceWords().contains(head)) {
            return false;
        }
        String sa = state(wa);
        String sb = state(wb);
        return sa == null || sb == null || sa.equals(sb);
    }

    private static String[] words(String name) {
        return name.trim().split("[\\s\\-]+");
    }

    /** The forces of the first word of a name that names a state or its people ("Russian", "US"), or null. */
    private String state(String[] words) {
        for (String w : words) {
            String forces = actors.stateForces().get(w);
            if (forces != null) {
                return forces;
            }
        }
        return null;
    }
}
