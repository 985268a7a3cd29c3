package org.sitrep.extract;

import org.sitrep.model.ScoredType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class TypeDecisionTest {
    private static LearnedTypeModel.Prediction model(SubEventType a, double pa, SubEventType b, double pb) {
        Map<SubEventType, Double> m = new EnumMap<>(SubEventType.class);
        m.put(a, pa);
        m.put(b, pb);
        return new LearnedTypeModel.Prediction(m, 1 - pa - pb);
    }

    @Test
    void decide_rulesSure_keepTheirType() {
        TypeDecision d = new TypeDecision(0.8, 0.5);
        ScoredType t = d.decide(List.of(new ScoredType(SubEventType.ATTACK, 0.9)),
                model(SubEventType.ARMED_CLASH, 0.9, SubEventType.ATTACK, 0.05));
        assertEquals(SubEventType.ATTACK, t.type());
        assertEquals(0.9, t.score(), 1e-9);
    }

    @Test
    void decide_rulesUnsure_modelDecides_scoredAtMostHalf() {
        TypeDecision d = new TypeDecision(0.8, 0.1);
        ScoredType t = d.decide(List.of(new ScoredType(SubEventType.ATTACK, 0.5),
                new ScoredType(SubEventType.ARMED_CLASH, 0.5)), model(SubEventType.ARMED_CLASH, 0.7,
                SubEventType.ATTACK, 0.2));
        assertEquals(SubEventType.ARMED_CLASH, t.type());
        assertTrue(t.score() <= 0.5);
    }

    @Test
    void decide_ruleVotesTipANearTie() {
        LearnedTypeModel.Prediction p = model(SubEventType.ARMED_CLASH, 0.45, SubEventType.ATTACK, 0.4);
        List<ScoredType> rules = List.of(new ScoredType(SubEventType.ATTACK, 1.0));
        assertEquals(SubEventType.ARMED_CLASH, new TypeDecision(1.01, 0).decide(rules, p).type());
        assertEquals(SubEventType.ATTACK, new TypeDecision(1.01, 0.1).decide(rules, p).type());
    }

    @Test
    void decide_territoryTakenByWhom_rulesReadTheSide() {
        // regression: "Government troops captured the village after heavy fighting." went to the non-state type
        List<ScoredType> rules = List.of(new ScoredType(SubEventType.GOVERNMENT_REGAINS_TERRITORY, 0.8),
                new ScoredType(SubEventType.ARMED_CLASH, 0.2));
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, new TypeDecision(1.01, 0.2).decide(rules,
                model(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, 0.9, SubEventType.ARMED_CLASH, 0.05)).type());
    }

    @Test
    void decide_territoryWithoutAFight_isANonViolentTransfer() {
        LearnedTypeModel.Prediction p = model(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, 0.7,
                SubEventType.NON_VIOLENT_TRANSFER, 0.1);
        TypeDecision d = new TypeDecision(1.01, 0);
        List<ScoredType> taking = List.of(new ScoredType(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, 1.0));
        List<ScoredType> fought = List.of(new ScoredType(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, 0.6),
                new ScoredType(SubEventType.ARMED_CLASH, 0.4));
        // "rebels captured the town": nothing said of a fight either way, the taking stands
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, d.decide(taking, p).type());
        // "rebels took the town without a fight"
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER, d.decide(taking, p, new TypeDecision.Signs(true, false)).type());
        // "rebels took the town after clashes with the army": a battle
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, d.decide(fought, p).type());
        // "...; no clashes were reported": the negated clash still votes, the text says no fight
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER, d.decide(fought, p, new TypeDecision.Signs(true, false)).type());
        // other choices are left alone
        assertEquals(SubEventType.ARMED_CLASH, d.decide(fought,
                model(SubEventType.ARMED_CLASH, 0.7, SubEventType.ATTACK, 0.1), new TypeDecision.Signs(true, false))
                .type());
    }

    @Test
    void decide_groundTakenOnlyAsAnAim_isNoTaking() {
        LearnedTypeModel.Prediction p = model(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, 0.6,
                SubEventType.ARMED_CLASH, 0.3);
        TypeDecision d = new TypeDecision(1.01, 0);
        List<ScoredType> rules = List.of(new ScoredType(SubEventType.ARMED_CLASH, 0.67),
                new ScoredType(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, 0.33));
        // "the battle to seize the city began": what the fighters set out to do was not done
        assertEquals(SubEventType.ARMED_CLASH,
                d.decide(rules, p, new TypeDecision.Signs(false, false, true)).type());
        // "the fighters seized the city": the taking stands
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, d.decide(rules, p).type());
    }

    @Test
    void decide_takingTheRulesDidNotRead_isNoTaking() {
        LearnedTypeModel.Prediction p = model(SubEventType.GOVERNMENT_REGAINS_TERRITORY, 0.4,
                SubEventType.ARMED_CLASH, 0.3);
        TypeDecision d = new TypeDecision(1.01, 0);
        // "Army units targeted positions of the group in the village": an act, and no ground changing hands
        assertEquals(SubEventType.ARMED_CLASH,
                d.decide(List.of(new ScoredType(SubEventType.ARMED_CLASH, 1.0)), p).type());
        // no trigger at all: the model's reading stands
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, d.decide(List.of(), p).type());
        // "the army retook the village after the rebels withdrew": a transfer read by the rules is ground changing hands
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                d.decide(List.of(new ScoredType(SubEventType.NON_VIOLENT_TRANSFER, 1.0)), p).type());
    }

    @Test
    void decide_takenThenHarmed_isAnAttack() {
        LearnedTypeModel.Prediction p = model(SubEventType.ABDUCTION, 0.6, SubEventType.ATTACK, 0.2);
        TypeDecision d = new TypeDecision(1.01, 0);
        List<ScoredType> rules = List.of(new ScoredType(SubEventType.ABDUCTION, 1.0));
        // "gunmen kidnapped a trader; he was released after a ransom was paid"
        assertEquals(SubEventType.ABDUCTION, d.decide(rules, p).type());
        // "gunmen kidnapped a trader; his body was found the next day"
        assertEquals(SubEventType.ATTACK, d.decide(rules, p, new TypeDecision.Signs(false, true)).type());
        // harm words leave other choices alone
        assertEquals(SubEventType.ARMED_CLASH, d.decide(rules,
                model(SubEventType.ARMED_CLASH, 0.7, SubEventType.ATTACK, 0.1), new TypeDecision.Signs(false, true))
                .type());
    }

    @Test
    void decide_excessiveForce_onlyWithACueOfThatForce() {
        LearnedTypeModel.Prediction p = model(SubEventType.EXCESSIVE_FORCE, 0.5, SubEventType.PEACEFUL_PROTEST, 0.3);
        TypeDecision d = new TypeDecision(1.01, 0);
        // a march over a killing done by others: the rules found a protest and nothing done to it
        assertEquals(SubEventType.PEACEFUL_PROTEST,
                d.decide(List.of(new ScoredType(SubEventType.PEACEFUL_PROTEST, 1.0)), p).type());
        assertEquals(SubEventType.PEACEFUL_PROTEST, d.decide(List.of(), p).type());
        // "police opened fire on the protesters, killing two": the rules voted for it
        assertEquals(SubEventType.EXCESSIVE_FORCE,
                d.decide(List.of(new ScoredType(SubEventType.EXCESSIVE_FORCE, 1.0)), p).type());
        // "fired on mourners at a funeral, killing several": force against people, no protest word
        assertEquals(SubEventType.EXCESSIVE_FORCE,
                d.decide(List.of(new ScoredType(SubEventType.ATTACK, 1.0)), p).type());
    }

    @Test
    void decide_modelReadsComment_triggerDecides() {
        // comment that mentions an act ("the failure to strike Iran"): the model finds no event (NONE 0.8) and spreads
        // its type reading over the topic; the rules' trigger names the act referred to
        LearnedTypeModel.Prediction comment = model(SubEventType.PEACEFUL_PROTEST, 0.15, SubEventType.AIR_DRONE_STRIKE,
                0.05);
        List<ScoredType> rules = List.of(new ScoredType(SubEventType.AIR_DRONE_STRIKE, 1.0));
        ScoredType t = new TypeDecision(1.01, 0, 0.5).decide(rules, comment);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, t.type());
        assertEquals(0.5, t.score(), 1e-9);
        // below the threshold, or without the setting, the model's reading stands
        assertEquals(SubEventType.PEACEFUL_PROTEST, new TypeDecision(1.01, 0, 0.9).decide(rules, comment).type());
        assertEquals(SubEventType.PEACEFUL_PROTEST, new TypeDecision(1.01, 0).decide(rules, comment).type());
    }

    @Test
    void decide_commentWithoutTrigger_modelAlone() {
        LearnedTypeModel.Prediction comment = model(SubEventType.OTHER, 0.1, SubEventType.ARMED_CLASH, 0.05);
        assertEquals(SubEventType.OTHER, new TypeDecision(1.01, 0, 0.3).decide(List.of(), comment).type());
    }

    @Test
    void decide_noRules_modelAlone() {
        assertEquals(SubEventType.ARRESTS, new TypeDecision(0.5, 1).decide(List.of(),
                model(SubEventType.ARRESTS, 0.6, SubEventType.ATTACK, 0.1)).type());
    }

    @Test
    void new_negativeSetting_refused() {
        assertThrows(IllegalArgumentException.class, () -> new TypeDecision(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TypeDecision(0.5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new TypeDecision(0.5, 0, -0.1));
    }
}
