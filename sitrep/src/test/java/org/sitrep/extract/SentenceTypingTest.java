package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.SectionKind;
import org.sitrep.model.SubEventType;

/** The learned model in the record: where it types a sentence's events and where the rules' types stand. */
class SentenceTypingTest {
    private static final ExtractStage RULES = new ExtractStage();
    private static final ExtractStage LEARNED = ExtractStage.withLearnedTypes(PhraseLexicon.builder().build(),
            PhraseLexicon.builder().build());

    private static List<Report> read(ExtractStage stage, String text) {
        return stage.extract(Fixtures.doc(SectionKind.BODY, text));
    }

    @Test
    void untypedKilling_takesTheForcedChoice_flagged() {
        String s = "Gunmen shot dead a former commander in the town.";
        assertEquals(null, ExtractStageTest.only(read(RULES, s)).subEventType(), "no rule types a rank noun");
        Report r = ExtractStageTest.only(read(LEARNED, s));
        assertEquals(SubEventType.ATTACK, r.subEventType());
        assertTrue(r.flags().contains(SentenceTyping.FLAG), r.flags().toString());
    }

    @Test
    void clausesTypedApart_keepTheRulesTypes() {
        String s = "The army shelled the village, killing two civilians, and rebels ambushed a patrol.";
        List<Report> rs = read(LEARNED, s);
        assertEquals(List.of(SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.ARMED_CLASH),
                rs.stream().map(Report::subEventType).toList());
        assertTrue(rs.stream().noneMatch(r -> r.flags().contains(SentenceTyping.FLAG)));
    }

    @Test
    void deniedAct_keepsTheTriggersType_modelNotAsked() {
        Report r = ExtractStageTest.only(read(LEARNED, "The army did not shell the village."));
        assertEquals(Modality.NEGATED, r.modality());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, r.subEventType());
        assertFalse(r.flags().contains(SentenceTyping.FLAG));
    }

    @Test
    void agreeingChoice_changesNothing() {
        String s = "Villagers beat a suspected thief to death in the market.";
        Report rules = ExtractStageTest.only(read(RULES, s));
        Report learned = ExtractStageTest.only(read(LEARNED, s));
        assertEquals(SubEventType.MOB_VIOLENCE, learned.subEventType());
        assertEquals(rules, learned, "same report, same flags, when rules and model agree");
    }
}
