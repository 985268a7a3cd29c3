package org.sitrep.eval.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CameoRoleEvaluationTest {
    private static Path sample() throws Exception {
        return Path.of(CameoRoleEvaluationTest.class.getResource("/extract/roles/cameo-sample.xml").toURI());
    }

    @Test
    void read_ownFile_sentencesGoldAndNoEvents() throws Exception {
        List<CameoRoleEvaluation.Sentence> s = CameoRoleEvaluation.read(sample());
        assertEquals(2, s.size());
        assertEquals("Israeli troops clashed with Lebanese fighters near the border on Monday.", s.get(0).text());
        assertEquals(List.of(new CameoRoleEvaluation.Gold("190", "ISRMIL", "LBN")), s.get(0).gold());
        assertTrue(s.get(1).gold().isEmpty());
    }

    @Test
    void read_noSentences_failsNamingFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.xml");
        Files.writeString(f, "<Validation></Validation>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CameoRoleEvaluation.read(f));
        assertTrue(e.getMessage().contains("empty.xml"));
    }

    @Test
    void roots_namesAndDemonyms_wholeWordsCaseSensitive() {
        CameoActorCodes c = CameoActorCodes.get();
        assertEquals(Set.of("ISR"), c.roots("Israeli troops"));
        assertEquals(Set.of("USA", "RUS"), c.roots("US and Russian jets"));
        assertTrue(c.roots("let us go, Russians-free").contains("RUS"));
        assertTrue(c.roots("let us go").isEmpty());
    }

    @Test
    void evaluate_ownFile_clashActorsMatchBothRoles() throws Exception {
        CameoRoleEvaluation.Result r = CameoRoleEvaluation.evaluate(sample());
        assertEquals(1, r.goldEvents());
        assertEquals(1, r.actor1().found(), r::toString);
        assertEquals(1.0, r.actor1().precision(), 1e-9);
        assertEquals(1, r.actor1Conflict().gold());
    }

    @Test
    void evaluate_realValidationSet_whenPresent() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        Path f = shared == null ? null : Path.of(shared, "eval/cameo/PETR2_GSR_validation.xml");
        assumeTrue(f != null && Files.isRegularFile(f), "CAMEO validation set absent (sitrep.shared); skipping");
        CameoRoleEvaluation.Result r = CameoRoleEvaluation.evaluate(f);
        System.out.println(r);
        assertEquals(78, r.sentences());
        // measured actor1 on conflict codes P 0.643 R 0.458 when set
        assertTrue(r.actor1Conflict().recall() >= 0.35, r::toString);
    }
}
