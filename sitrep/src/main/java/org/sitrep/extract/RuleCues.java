package org.sitrep.extract;

import java.util.Map;
import org.sitrep.model.SubEventType;

/**
 * What the trigger rules read from a text's structure, as features for the {@link LearnedTypeModel}: the rules'
 * vote share for each of the 25 types, then five flags. The sentence vector blurs exactly what decides the neighbouring
 * types (an ambush of soldiers is a clash, of villagers an attack; a crowd met by gunfire is excessive force, a crowd
 * throwing stones a violent demonstration; a drone is an air strike, a roadside bomb an IED), while the rules read it
 * from the clause's roles: who acts, whom it is done to, and whether the target is an armed actor or civilians. The
 * model learns how far to trust each cue from our own sentences; the same function builds the training rows and the
 * runtime input. There is no flag for "no trigger voted" (all shares zero already say it): as a feature of its own it
 * gave every trigger-less text the prior of our trigger-less training lines, which are mostly strategic developments,
 * so that comment about a war went to Other or Change to group.
 */
public final class RuleCues {
    /** Flags after the vote shares, in order. */
    enum Flag {
        /** Some clause puts an event forward as having happened (not a plan, a denial or a statistic). */
        ASSERTED,
        /** Some act's target or victims are all civilians ("killed two shepherds"). */
        TARGET_CIVILIAN,
        /** Some act's target is an armed or organised actor ("ambushed a police patrol"). */
        TARGET_ARMED,
        /** Some act has a named agent. */
        AGENT_NAMED,
        /** A protest or riot reading and a violence reading in one text: force met a crowd, or a crowd used it. */
        CROWD_AND_FORCE,
        /** Some act's agent is a state force ("police fired", "soldiers shelled": state_words.txt). */
        AGENT_STATE,
        /** Some act's agent is a crowd of ordinary people ("villagers", "a mob": mob_words.txt). */
        AGENT_CROWD
    }

    /** Length of the cue vector. */
    public static final int SIZE = SubEventType.values().length + Flag.values().length;

    private RuleCues() {
    }

    /** The cue vector from the rules' votes (raw weights, shared out here) and the flags that hold. */
    static float[] of(Map<SubEventType, Double> votes, java.util.Set<Flag> flags) {
        float[] out = new float[SIZE];
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        boolean crowd = false;
        boolean force = false;
        for (var e : votes.entrySet()) {
            if (total > 0) {
                out[e.getKey().ordinal()] = (float) (e.getValue() / total);
            }
            SubEventType.EventType et = e.getKey().eventType();
            crowd |= et == SubEventType.EventType.PROTESTS || et == SubEventType.EventType.RIOTS;
            force |= et == SubEventType.EventType.BATTLES || et == SubEventType.EventType.VIOLENCE_AGAINST_CIVILIANS
                    || e.getKey() == SubEventType.EXCESSIVE_FORCE || e.getKey() == SubEventType.PROTEST_WITH_INTERVENTION;
        }
        int base = SubEventType.values().length;
        for (Flag f : flags) {
            out[base + f.ordinal()] = 1;
        }
        out[base + Flag.CROWD_AND_FORCE.ordinal()] = crowd && force ? 1 : 0;
        return out;
    }
}
