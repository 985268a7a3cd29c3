package org.sitrep.analyse;

import java.util.EnumSet;
import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * The kinds of event that control of a place and the state of a road weigh: fighting (battles, explosions and
 * remote violence) and territory changing hands. Protests, violence against civilians and the rest say nothing
 * about who holds a town, so a road's corridor need not read them.
 */
final class WeighedTypes {
    /** Every sub-event type either analysis weighs. */
    static final Set<SubEventType> ALL;

    static {
        Set<SubEventType> all = EnumSet.noneOf(SubEventType.class);
        for (SubEventType t : SubEventType.values()) {
            if (fighting(t) || territorial(t)) {
                all.add(t);
            }
        }
        ALL = Set.copyOf(all);
    }

    private WeighedTypes() {
    }

    /** Events that move ground from one side to another. */
    static boolean territorial(SubEventType t) {
        return t == SubEventType.GOVERNMENT_REGAINS_TERRITORY || t == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                || t == SubEventType.NON_VIOLENT_TRANSFER;
    }

    /** Fighting at a place: battles, explosions and remote violence. */
    static boolean fighting(SubEventType t) {
        return t.eventType() == SubEventType.EventType.BATTLES
                || t.eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE;
    }
}
