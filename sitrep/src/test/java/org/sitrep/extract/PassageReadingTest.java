package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.SubEventType;

class PassageReadingTest {
    /** A stand-in model: the event sentence reads as an air strike, commentary as NONE, the whole text in between. */
    private static final String EVENT = "Jets bombed the market.";
    private static final String COMMENT = "Analysts expect more talks.";
    private static final String WHOLE = COMMENT + " " + EVENT;
    private static final String OUTCOME = "Five civilians were killed.";

    private static LearnedTypeModel.Prediction p(SubEventType t, double pt, double none) {
        Map<SubEventType, Double> m = new EnumMap<>(SubEventType.class);
        for (SubEventType s : SubEventType.values()) {
            m.put(s, s == t ? pt : (1 - pt - none) / (SubEventType.values().length - 1));
        }
        return new LearnedTypeModel.Prediction(m, none);
    }

    private final List<String> asked = new ArrayList<>();
    private final Function<String, LearnedTypeModel.Prediction> model = text -> {
        asked.add(text);
        return switch (text) {
            case EVENT -> p(SubEventType.AIR_DRONE_STRIKE, 0.8, 0.1);
            case COMMENT -> p(SubEventType.AGREEMENT, 0.1, 0.85);
            default -> p(SubEventType.AGREEMENT, 0.4, 0.4);
        };
    };

    @Test
    void whole_readsTheTextOnce() {
        LearnedTypeModel.Prediction r = PassageReading.WHOLE.read(WHOLE, List.of(COMMENT, EVENT), model);
        assertEquals(SubEventType.AGREEMENT, r.bestType().type());
        assertEquals(List.of(WHOLE), asked);
    }

    @Test
    void eventSentence_theSentenceLeastLikeNoneDecides() {
        LearnedTypeModel.Prediction r = PassageReading.EVENT_SENTENCE.read(WHOLE, List.of(COMMENT, EVENT), model);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, r.bestType().type());
        assertEquals(0.1, r.none(), 1e-9);
    }

    @Test
    void blend_meanOfWholeAndEventSentence() {
        LearnedTypeModel.Prediction r = PassageReading.BLEND.read(WHOLE, List.of(COMMENT, EVENT), model);
        assertEquals((0.4 + 0.1) / 2, r.none(), 1e-9);
        assertEquals((0.8 + p(SubEventType.AGREEMENT, 0.4, 0.4).types().get(SubEventType.AIR_DRONE_STRIKE)) / 2,
                r.types().get(SubEventType.AIR_DRONE_STRIKE), 1e-9);
        double sum = r.none() + r.types().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    void eventSentences_commentLeftOut_eventSentencesReadTogether() {
        Function<String, LearnedTypeModel.Prediction> m = text -> {
            asked.add(text);
            return switch (text) {
                case EVENT -> p(SubEventType.AIR_DRONE_STRIKE, 0.6, 0.1);
                case COMMENT -> p(SubEventType.AGREEMENT, 0.1, 0.85);
                case OUTCOME -> p(SubEventType.ATTACK, 0.7, 0.05);
                case EVENT + " " + OUTCOME -> p(SubEventType.AIR_DRONE_STRIKE, 0.7, 0.05);
                default -> p(SubEventType.AGREEMENT, 0.4, 0.4);
            };
        };
        // the most event-like sentence alone would be the outcome, read as an attack on civilians
        assertEquals(SubEventType.ATTACK, PassageReading.EVENT_SENTENCE.read(COMMENT + " " + EVENT + " " + OUTCOME,
                List.of(COMMENT, EVENT, OUTCOME), m).bestType().type());
        asked.clear();
        assertEquals(SubEventType.AIR_DRONE_STRIKE, PassageReading.EVENT_SENTENCES.read(
                COMMENT + " " + EVENT + " " + OUTCOME, List.of(COMMENT, EVENT, OUTCOME), m).bestType().type());
        assertTrue(asked.contains(EVENT + " " + OUTCOME), asked::toString);
        // every sentence an event: the whole text, as written
        asked.clear();
        PassageReading.EVENT_SENTENCES.read(EVENT + " " + OUTCOME, List.of(EVENT, OUTCOME), m);
        assertEquals(EVENT + " " + OUTCOME, asked.get(asked.size() - 1));
    }

    @Test
    void oneSentence_everyModeReadsTheTextItself() {
        for (PassageReading mode : PassageReading.values()) {
            asked.clear();
            mode.read(EVENT, List.of(EVENT), model);
            assertEquals(List.of(EVENT), asked, mode.name());
        }
    }

    @Test
    void setting_readFromWeightsFile_badValueRefused() {
        LearnedTypeModel none = new LearnedTypeModel(DataRow.parse("m.tsv", List.of("encoder\tall-minilm-l6-v2-q",
                "class\tAttack\t0\t1", "class\tNONE\t0\t0"), 2, DataFile.DataException::new));
        assertEquals(PassageReading.WHOLE, PassageReading.of(none));
        LearnedTypeModel blend = new LearnedTypeModel(DataRow.parse("m.tsv", List.of("encoder\tall-minilm-l6-v2-q",
                "setting\tpassage_reading\t2", "class\tAttack\t0\t1", "class\tNONE\t0\t0"), 2,
                DataFile.DataException::new));
        assertEquals(PassageReading.BLEND, PassageReading.of(blend));
        LearnedTypeModel bad = new LearnedTypeModel(DataRow.parse("m.tsv", List.of("encoder\tall-minilm-l6-v2-q",
                "setting\tpassage_reading\t7", "class\tAttack\t0\t1", "class\tNONE\t0\t0"), 2,
                DataFile.DataException::new));
        var e = assertThrows(DataFile.DataException.class, () -> PassageReading.of(bad));
        assertTrue(e.getMessage().contains("passage_reading"), e.getMessage());
    }

    @Test
    void sentences_splitAsTheClassifierSplits() {
        assertEquals(List.of(COMMENT, EVENT), new SnippetClassifier().sentences(WHOLE));
    }
}
