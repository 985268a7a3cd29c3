package org.sitrep.eval.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.PassageReading;
import org.sitrep.extract.TypeScores;

class ReadingChoiceTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final String[] LABELS = {"Attack", "Armed clash", "Air/drone strike", "Arrests"};

    /** n cases of four labels, the first {@code wrong} of them predicted wrongly. */
    private static List<TypeScores.Judged> cases(int n, int wrong) {
        List<TypeScores.Judged> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String gold = LABELS[i % LABELS.length];
            String predicted = i < wrong ? LABELS[(i + 1) % LABELS.length] : gold;
            out.add(new TypeScores.Judged(Integer.toString(i), gold, predicted));
        }
        return out;
    }

    private static Map<PassageReading, List<List<TypeScores.Judged>>> readings(int defaultWrong, int blendWrong) {
        Map<PassageReading, List<List<TypeScores.Judged>>> m = new EnumMap<>(PassageReading.class);
        m.put(PassageReading.EVENT_SENTENCES, List.of(cases(400, 20), cases(800, defaultWrong)));
        m.put(PassageReading.BLEND, List.of(cases(400, 20), cases(800, blendWrong)));
        return m;
    }

    @Test
    void choose_nearTie_keepsTheDefault() {
        // the other reading gets two more passages right out of 800: within the resampling noise
        assertEquals(ReadingChoice.DEFAULT, ReadingChoice.choose(readings(100, 98), QUIET));
    }

    @Test
    void choose_otherClearlyBetter_takesIt() {
        assertEquals(PassageReading.BLEND, ReadingChoice.choose(readings(160, 60), QUIET));
    }

    @Test
    void choose_leadBeyondNoiseButUnderAPoint_keepsTheDefault() {
        // 80 more right out of 8,000 on one set of two: a lead of about 0.005, many bootstrap deviations, under 0.01
        Map<PassageReading, List<List<TypeScores.Judged>>> m = new EnumMap<>(PassageReading.class);
        m.put(PassageReading.EVENT_SENTENCES, List.of(cases(400, 20), cases(8000, 400)));
        m.put(PassageReading.BLEND, List.of(cases(400, 20), cases(8000, 320)));
        double lead = ReadingChoice.mean(m.get(PassageReading.BLEND)) - ReadingChoice.mean(m.get(ReadingChoice.DEFAULT));
        double sd = ReadingChoice.bootstrapSd(m.get(PassageReading.BLEND), m.get(ReadingChoice.DEFAULT));
        assertTrue(lead > 4 * sd && lead < ReadingChoice.MIN_LEAD, "lead " + lead + " sd " + sd);
        assertEquals(ReadingChoice.DEFAULT, ReadingChoice.choose(m, QUIET));
    }

    @Test
    void choose_otherWorse_keepsTheDefault() {
        assertEquals(ReadingChoice.DEFAULT, ReadingChoice.choose(readings(60, 160), QUIET));
    }

    @Test
    void bootstrapSd_identicalReadings_isZero() {
        List<List<TypeScores.Judged>> a = List.of(cases(200, 30));
        assertEquals(0, ReadingChoice.bootstrapSd(a, a), 1e-12);
    }

    @Test
    void choose_setsOfDifferentSizes_fails() {
        Map<PassageReading, List<List<TypeScores.Judged>>> m = new EnumMap<>(PassageReading.class);
        m.put(PassageReading.EVENT_SENTENCES, List.of(cases(100, 10)));
        m.put(PassageReading.BLEND, List.of(cases(90, 10)));
        assertThrows(IllegalArgumentException.class, () -> ReadingChoice.choose(m, QUIET));
    }
}
