package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class RuleCuesTest {
    private static final int FLAGS = SubEventType.values().length;
    private final SnippetClassifier classifier = new SnippetClassifier();

    private static float flag(float[] cues, RuleCues.Flag f) {
        return cues[FLAGS + f.ordinal()];
    }

    private static double voteSum(float[] cues) {
        double s = 0;
        for (int i = 0; i < FLAGS; i++) {
            s += cues[i];
        }
        return s;
    }

    @Test
    void of_votesShared_flagsSet() {
        float[] c = RuleCues.of(Map.of(SubEventType.ATTACK, 3.0, SubEventType.ARMED_CLASH, 1.0),
                EnumSet.of(RuleCues.Flag.TARGET_CIVILIAN));
        assertEquals(RuleCues.SIZE, c.length);
        assertEquals(0.75, c[SubEventType.ATTACK.ordinal()], 1e-6);
        assertEquals(0.25, c[SubEventType.ARMED_CLASH.ordinal()], 1e-6);
        assertEquals(1f, flag(c, RuleCues.Flag.TARGET_CIVILIAN));
        assertEquals(0f, flag(c, RuleCues.Flag.TARGET_ARMED));
        assertEquals(0f, flag(c, RuleCues.Flag.CROWD_AND_FORCE));
    }

    @Test
    void of_protestAndViolence_crowdMetForce() {
        float[] c = RuleCues.of(Map.of(SubEventType.PEACEFUL_PROTEST, 1.0, SubEventType.ATTACK, 1.0), EnumSet.noneOf(
                RuleCues.Flag.class));
        assertEquals(1f, flag(c, RuleCues.Flag.CROWD_AND_FORCE));
        float[] calm = RuleCues.of(Map.of(SubEventType.PEACEFUL_PROTEST, 1.0), EnumSet.noneOf(RuleCues.Flag.class));
        assertEquals(0f, flag(calm, RuleCues.Flag.CROWD_AND_FORCE));
    }

    @Test
    void cues_whoIsTargeted_armedOrCivilian() {
        float[] armed = classifier.cues("Gunmen ambushed a police patrol near the town, killing two officers.");
        assertEquals(1f, flag(armed, RuleCues.Flag.TARGET_ARMED));
        float[] civilians = classifier.cues("Gunmen killed four villagers in their fields near the town.");
        assertEquals(1f, flag(civilians, RuleCues.Flag.TARGET_CIVILIAN));
        assertEquals(0f, flag(civilians, RuleCues.Flag.TARGET_ARMED));
        assertEquals(1f, flag(civilians, RuleCues.Flag.ASSERTED));
        assertEquals(1.0, voteSum(civilians), 1e-6);
    }

    @Test
    void cues_whoActs_stateForceOrCrowd() {
        float[] state = classifier.cues("Police fired tear gas to disperse the protesters outside the ministry.");
        assertEquals(1f, flag(state, RuleCues.Flag.AGENT_STATE));
        assertEquals(0f, flag(state, RuleCues.Flag.AGENT_CROWD));
        float[] crowd = classifier.cues("Angry villagers beat a suspected thief to death in the market.");
        assertEquals(1f, flag(crowd, RuleCues.Flag.AGENT_CROWD));
        assertEquals(0f, flag(crowd, RuleCues.Flag.AGENT_STATE));
    }

    @Test
    void cues_offDutyOrRetiredPersonnel_civilianTargets() {
        // ACLED's codebook: personnel off duty, former or retired are civilians; violence against them is an Attack
        for (String text : new String[] {"Gunmen shot dead an off-duty policeman outside his home in the town.",
                "Unknown attackers killed a retired army officer in his shop on Monday.",
                "Gunmen shot a police officer, off duty at the time, near the market.",
                "Militants killed two former soldiers on the road near the village."}) {
            float[] c = classifier.cues(text);
            assertEquals(1f, flag(c, RuleCues.Flag.TARGET_CIVILIAN), text);
            assertEquals(0f, flag(c, RuleCues.Flag.TARGET_ARMED), text);
        }
        float[] onDuty = classifier.cues("Gunmen shot dead a policeman at a checkpoint outside the town.");
        assertEquals(1f, flag(onDuty, RuleCues.Flag.TARGET_ARMED));
        // members of armed or criminal groups are armed targets: violence against them is a clash
        float[] bandits = classifier.cues("Vigilantes killed three bandits near the village at dawn.");
        assertEquals(1f, flag(bandits, RuleCues.Flag.TARGET_ARMED));
    }

    @Test
    void cues_armedMen_notCivilianAgents() {
        float[] c = classifier.cues("Armed men killed four villagers in their fields near the town.");
        assertEquals(0f, flag(c, RuleCues.Flag.AGENT_CROWD));
        assertEquals(1f, flag(c, RuleCues.Flag.TARGET_CIVILIAN));
        float[] men = classifier.cues("Men from the village beat a suspected thief to death in the market.");
        assertEquals(1f, flag(men, RuleCues.Flag.AGENT_CROWD));
        float[] two = classifier.cues("Two individuals on a motorcycle shot dead a shopkeeper in the market.");
        assertEquals(0f, flag(two, RuleCues.Flag.AGENT_CROWD));
    }

    @Test
    void cues_noTrigger_allZero() {
        // no flag of its own for "no trigger": it gave trigger-less comment the prior of strategic developments
        float[] c = classifier.cues("Analysts expect the talks to resume next month in Geneva.");
        for (float v : c) {
            assertEquals(0f, v);
        }
    }

    private static float share(float[] cues, SubEventType t) {
        return cues[t.ordinal()];
    }

    @Test
    void cues_fireWithItsObjectBetween_violentDemonstration() {
        // "setting ... on fire" and "set ... alight" with the burnt things in between: protest_escalation.tsv
        for (String text : new String[] {
                "Residents blocked the main road by setting several tyres on fire to protest power cuts.",
                "Protesters set old tyres alight on the highway to demand better roads.",
                "Students protesting grant delays set the rector's car ablaze outside the campus."}) {
            assertEquals(1f, share(classifier.cues(text), SubEventType.VIOLENT_DEMONSTRATION), text);
        }
    }

    @Test
    void cues_roadBlockedWithMaterial_violentDemonstration() {
        // ACLED counts road-blocking with barricades or other material as a violent demonstration
        float[] logs = classifier.cues("Villagers blocked the road with logs and tree trunks to demand a bridge.");
        assertEquals(1f, share(logs, SubEventType.VIOLENT_DEMONSTRATION));
        float[] scuffle = classifier.cues("Protesters scuffled with police during the march over pensions.");
        assertEquals(1f, share(scuffle, SubEventType.VIOLENT_DEMONSTRATION));
    }

    @Test
    void cues_protestersBlockingARoad_noIntervention() {
        // the protesters blocking a road is their protest; the police blocking a march is an intervention
        float[] road = classifier.cues("Residents blocked the main road for two hours to protest power cuts.");
        assertEquals(1f, share(road, SubEventType.PEACEFUL_PROTEST));
        assertEquals(0f, share(road, SubEventType.PROTEST_WITH_INTERVENTION));
        float[] police = classifier.cues("Police blocked the march of the protesters near the ministry.");
        assertEquals(1f, share(police, SubEventType.PROTEST_WITH_INTERVENTION));
    }
}
