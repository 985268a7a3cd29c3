package org.sitrep.eval.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.resolve.time.TimeTagger;

/** Scores the tagger on TimeBank + AQUAINT when the shared evaluation data is present; skips otherwise. */
class TimeBankEvaluationTest {
    @Test
    void score_timeBankAquaint_dateValueF1AboveFloor() {
        String shared = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval", "time")),
                "sitrep.shared/eval/time absent: TimeBank evaluation skipped");
        TimeMlEvaluation.Scores s = TimeMlEvaluation.score(TimeMlEvaluation.of(TimeTagger.standard()),
                TimeMlEvaluation.load(Path.of(shared, "eval", "time")));
        System.out.print(s.report());
        // floors a little under the figures last measured (strict 0.887, relaxed 0.937, value 0.831)
        assertTrue(s.strictF1() >= 0.88, "strict span F1 " + s.strictF1());
        assertTrue(s.relaxedF1() >= 0.93, "relaxed span F1 " + s.relaxedF1());
        assertTrue(s.valueF1() >= 0.825, "value F1 " + s.valueF1());
    }
}
