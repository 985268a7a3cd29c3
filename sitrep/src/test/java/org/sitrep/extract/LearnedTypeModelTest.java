package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.SubEventType;

class LearnedTypeModelTest {
    private static LearnedTypeModel parse(String... lines) {
        return new LearnedTypeModel(DataRow.parse("test-model.tsv", List.of(lines), 2, DataFile.DataException::new));
    }

    @Test
    void shipped_everyTypeAndNone_probabilitiesSumToOne() {
        LearnedTypeModel m = LearnedTypeModel.get();
        LearnedTypeModel.Prediction p = m.predict("Warplanes bombed a market in the town, killing nine civilians.");
        assertEquals(25, p.types().size());
        double sum = p.none() + p.types().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-6);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, p.bestType().type());
    }

    @Test
    void shipped_readsWordingWithoutTriggers() {
        // regression checks on sentences we wrote, not evidence of accuracy (see the README's measured figures)
        LearnedTypeModel m = LearnedTypeModel.get();
        assertEquals(SubEventType.PEACEFUL_PROTEST,
                m.predict("Hundreds of teachers marched to parliament demanding higher pay.").bestType().type());
        assertEquals(SubEventType.ABDUCTION,
                m.predict("Masked men took the village doctor from his home; his family has not heard from him since.")
                        .bestType().type());
        LearnedTypeModel.Prediction none = m.predict("Analysts expect the talks to resume next month in Geneva.");
        assertTrue(none.none() > none.bestType().score() * 0.5, () -> "NONE " + none.none());
    }

    @Test
    void parse_smallModel_predictsByWeights() {
        LearnedTypeModel m = parse("encoder\tall-minilm-l6-v2-q", "setting\trule_weight\t0.3",
                "class\tAttack\t0\t1 0", "class\tArrests\t0\t0 1", "class\tNONE\t-5\t0 0");
        LearnedTypeModel.Prediction p = m.predict(new float[] {3f, 0f});
        assertEquals(SubEventType.ATTACK, p.bestType().type());
        assertTrue(p.none() < 0.01);
        assertEquals(0.3, m.setting("rule_weight").orElseThrow());
        assertEquals(0, m.lexicalBuckets());
    }

    @Test
    void parse_badRows_errorNamesFileAndProblem() {
        var e = assertThrows(DataFile.DataException.class, () -> parse("encoder\tno-such-encoder",
                "class\tAttack\t0\t1 0", "class\tNONE\t0\t0 1"));
        assertTrue(e.getMessage().contains("test-model.tsv") && e.getMessage().contains("no-such-encoder"));
        e = assertThrows(DataFile.DataException.class, () -> parse("encoder\tall-minilm-l6-v2-q",
                "class\tAttack\t0\t1 0", "class\tNONE\t0\t0 1 2"));
        assertTrue(e.getMessage().contains("weights"), e.getMessage());
        e = assertThrows(DataFile.DataException.class, () -> parse("encoder\tall-minilm-l6-v2-q",
                "class\tBombing\t0\t1 0", "class\tNONE\t0\t0 1"));
        assertTrue(e.getMessage().contains("Bombing"), e.getMessage());
        assertThrows(DataFile.DataException.class, () -> parse("encoder\tall-minilm-l6-v2-q", "class\tAttack\t0\t1"));
    }

    @Test
    void ruleCues_readFromTheSetting() {
        assertTrue(parse("encoder\tall-minilm-l6-v2-q", "setting\trule_cues\t1", "class\tAttack\t0\t1 0",
                "class\tNONE\t0\t0 1").ruleCues());
        assertTrue(!parse("encoder\tall-minilm-l6-v2-q", "class\tAttack\t0\t1 0", "class\tNONE\t0\t0 1").ruleCues());
    }

    @Test
    void predict_wrongDimensions_refused() {
        LearnedTypeModel m = parse("encoder\tall-minilm-l6-v2-q", "class\tAttack\t0\t1 0", "class\tNONE\t0\t0 1");
        assertThrows(IllegalArgumentException.class, () -> m.predict(new float[] {1f}));
    }
}
