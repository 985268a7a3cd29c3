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

    /** Exclusive or by hand: the units read x1 - x2 and x2 - x1, so Attack wins exactly when the two inputs differ. */
    private static final String[] XOR_MLP = {"encoder\tall-minilm-l6-v2-q", "head\tmlp", "hidden\t0\t1 -1",
        "hidden\t0\t-1 1", "class\tAttack\t0\t5 5", "class\tNONE\t2.5\t0 0"};

    @Test
    void parse_mlpHead_predictsThroughTheHiddenLayer() {
        LearnedTypeModel m = parse(XOR_MLP);
        assertEquals(LearnedTypeModel.HEAD_MLP, m.head());
        assertEquals(SubEventType.ATTACK, m.predict(new float[] {1f, 0f}).bestType().type());
        assertTrue(m.predict(new float[] {0f, 1f}).none() < 0.1);
        assertTrue(m.predict(new float[] {1f, 1f}).none() > 0.9);
        assertTrue(m.predict(new float[] {0f, 0f}).none() > 0.9);
        assertThrows(IllegalArgumentException.class, () -> m.predict(new float[] {1f, 0f, 0f}));
    }

    @Test
    void parse_withoutHeadRow_readsTheLinearFormat() {
        assertEquals(LearnedTypeModel.HEAD_LINEAR, parse("encoder\tall-minilm-l6-v2-q", "class\tAttack\t0\t1 0",
                "class\tNONE\t0\t0 1").head());
        assertEquals(LearnedTypeModel.HEAD_LINEAR, parse("encoder\tall-minilm-l6-v2-q", "head\tlinear",
                "class\tAttack\t0\t1 0", "class\tNONE\t0\t0 1").head());
    }

    @Test
    void parse_badHead_errorNamesTheProblem() {
        var e = assertThrows(DataFile.DataException.class, () -> parse("encoder\tall-minilm-l6-v2-q", "head\tdeep",
                "class\tAttack\t0\t1 0", "class\tNONE\t0\t0 1"));
        assertTrue(e.getMessage().contains("test-model.tsv") && e.getMessage().contains("deep"), e.getMessage());
        e = assertThrows(DataFile.DataException.class, () -> parse("encoder\tall-minilm-l6-v2-q", "hidden\t0\t1 -1",
                "class\tAttack\t0\t1", "class\tNONE\t0\t0"));
        assertTrue(e.getMessage().contains("hidden rows"), e.getMessage());
        e = assertThrows(DataFile.DataException.class, () -> parse("encoder\tall-minilm-l6-v2-q", "head\tmlp",
                "hidden\t0\t1 -1", "class\tAttack\t0\t5 5", "class\tNONE\t2.5\t0 0"));
        assertTrue(e.getMessage().contains("1 hidden units"), e.getMessage());
        e = assertThrows(DataFile.DataException.class, () -> parse("encoder\tall-minilm-l6-v2-q", "head\tmlp",
                "hidden\t0\t1 -1", "hidden\t0\t-1 1 0", "class\tAttack\t0\t5 5", "class\tNONE\t2.5\t0 0"));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
        assertThrows(DataFile.DataException.class, () -> parse("encoder\tall-minilm-l6-v2-q", "head\tmlp",
                "hidden\t0", "class\tAttack\t0\t5", "class\tNONE\t2.5\t0"));
    }
}
