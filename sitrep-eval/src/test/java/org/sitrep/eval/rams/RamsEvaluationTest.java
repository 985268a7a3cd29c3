package org.sitrep.eval.rams;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.SubEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import org.sitrep.extract.SnippetClassifier;

/** RAMS mapping, passage reader and evaluators on passages we wrote; the real set only when sitrep.shared is set. */
class RamsEvaluationTest {
    private static Path sample() throws Exception {
        return Path.of(RamsEvaluationTest.class.getResource("/extract/roles/rams-sample.jsonlines").toURI());
    }

    @Test
    void acled_dataFile_exactPrefixAndUnmapped() {
        RamsAcledMap m = RamsAcledMap.get();
        assertEquals(Optional.of(SubEventType.AIR_DRONE_STRIKE), m.acled("conflict.attack.airstrikemissilestrike"));
        assertEquals(Optional.of(SubEventType.ARRESTS), m.acled("justice.arrestjaildetain.arrestjaildetain"));
        // the exact entry beats the prefix "justice.*", which does not map
        assertEquals(Optional.empty(), m.acled("justice.judicialconsequences.execute"));
        assertTrue(m.listed("contact.discussion.meet"));
        assertEquals(Optional.empty(), m.acled("contact.discussion.meet"));
        assertFalse(m.listed("nosuch.type"));
    }

    @Test
    void acled_rowWithoutReason_failsNamingFile() {
        DataRow bad = new DataRow("rams-acled.tsv", 3, new String[] {"conflict.attack.x", "Attack"},
                IllegalStateException::new);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RamsAcledMap(List.of(bad)));
        assertTrue(e.getMessage().contains("rams-acled.tsv line 3"));
        DataRow unknown = new DataRow("rams-acled.tsv", 4, new String[] {"a.b", "Bombing", "why"},
                IllegalStateException::new);
        assertThrows(IllegalStateException.class, () -> new RamsAcledMap(List.of(unknown)));
    }

    @Test
    void read_ownPassages_textOffsetsAndArguments() throws Exception {
        List<RamsPassage> ps = RamsPassage.read(sample());
        assertEquals(3, ps.size());
        RamsPassage p = ps.get(0);
        assertEquals("Jets of the coalition bombed an IS depot in Raqqa.", p.sentenceText());
        assertEquals("bombed", p.text().substring(p.trigger()[0], p.trigger()[1]));
        assertEquals("attacker", p.args().get(0).role());
        assertEquals("Jets of the coalition", p.text().substring(p.args().get(0).start(), p.args().get(0).end()));
        assertTrue(ps.get(1).syria());
        assertFalse(p.syria());
    }

    @Test
    void read_badLine_failsNamingFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.jsonlines");
        Files.writeString(f, "{\"doc_key\": \"x\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RamsPassage.read(f));
        assertTrue(e.getMessage().contains("bad.jsonlines line 1"), e.getMessage());
    }

    @Test
    void evaluate_ownPassages_onlyMappedScored() throws Exception {
        RamsTypeEvaluation.Result r = RamsTypeEvaluation.evaluate(sample(), new SnippetClassifier());
        assertEquals(3, r.passagesRead());
        assertEquals(2, r.passagesMapped());
        assertEquals(1, r.unmappedTypes().get("contact.discussion.meet"));
        assertEquals(1.0, r.all().forced().weightedF1(), 1e-9, () -> r.all().forced().errors().toString());
        assertEquals(1.0, r.all().atTrigger().weightedF1(), 1e-9, () -> r.all().atTrigger().errors().toString());
    }

    @Test
    void labels_dataFile_typesNonesAndConfidence() {
        RamsLabels l = RamsLabels.load();
        assertEquals(257, l.size());
        assertTrue(l.of("no-such-passage").isEmpty());
    }

    @Test
    void labels_badRows_failNamingFileAndLine() {
        DataRow unknown = new DataRow("rams-labels.tsv", 9, new String[] {"k", "Bombing", "sure", "why"},
                IllegalStateException::new);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RamsLabels(List.of(unknown)));
        assertTrue(e.getMessage().contains("rams-labels.tsv line 9"), e.getMessage());
        DataRow doubt = new DataRow("rams-labels.tsv", 10, new String[] {"k", "NONE", "maybe", "why"},
                IllegalStateException::new);
        assertThrows(IllegalStateException.class, () -> new RamsLabels(List.of(doubt)));
        DataRow once = new DataRow("rams-labels.tsv", 11, new String[] {"k", "NONE", "sure", "why"},
                IllegalStateException::new);
        assertThrows(IllegalStateException.class, () -> new RamsLabels(List.of(once, once)));
    }

    @Test
    void evaluateLabelled_ownPassages_typedSureAndDetection() throws Exception {
        RamsLabels labels = new RamsLabels(List.of(
                new DataRow("t", 1, new String[] {"own1", "Air/drone strike", "sure", "jets bombed"},
                        IllegalStateException::new),
                new DataRow("t", 2, new String[] {"own2", "NONE", "sure", "a meeting"}, IllegalStateException::new),
                new DataRow("t", 3, new String[] {"own3", "Arrests", "unsure", "police arrest"},
                        IllegalStateException::new)));
        RamsTypeEvaluation.Labelled r = RamsTypeEvaluation.evaluateLabelled(RamsPassage.read(sample()), labels,
                new SnippetClassifier());
        assertEquals(3, r.labelled());
        assertEquals(2, r.typed().passages());
        assertEquals(1, r.sure().passages());
        assertEquals(1.0, r.typed().forced().weightedF1(), 1e-9, () -> r.typed().forced().errors().toString());
        // the meeting is no event: an empty detection is right there
        assertEquals(1.0, r.detection().weightedF1(), 1e-9, () -> r.detection().errors().toString());
        // a label for a passage the file lacks is an error, not a silent skip
        RamsLabels extra = new RamsLabels(List.of(new DataRow("t", 1, new String[] {"gone", "NONE", "sure", "x"},
                IllegalStateException::new)));
        assertThrows(IllegalStateException.class,
                () -> RamsTypeEvaluation.evaluateLabelled(RamsPassage.read(sample()), extra, new SnippetClassifier()));
    }

    @Test
    void keyOnMapped_countsNoEventAndAgreementOnMappedPassagesOnly() throws Exception {
        // own1 (air strike) and own3 (arrest) are mapped; own2 (a meeting) is not and is not counted
        RamsLabels labels = new RamsLabels(List.of(
                new DataRow("t", 1, new String[] {"own1", "Shelling/artillery/missile attack", "sure", "x"},
                        IllegalStateException::new),
                new DataRow("t", 2, new String[] {"own2", "NONE", "sure", "a meeting"}, IllegalStateException::new),
                new DataRow("t", 3, new String[] {"own3", "Arrests", "sure", "police arrest"},
                        IllegalStateException::new)));
        RamsTypeEvaluation.KeyOnMapped k = RamsTypeEvaluation.keyOnMapped(RamsPassage.read(sample()),
                RamsAcledMap.get(), labels);
        assertEquals(new RamsTypeEvaluation.KeyOnMapped(2, 2, 0, 2, 1), k);
        RamsLabels none = new RamsLabels(List.of(new DataRow("t", 1, new String[] {"own1", "NONE", "sure", "x"},
                IllegalStateException::new)));
        assertEquals(new RamsTypeEvaluation.KeyOnMapped(2, 1, 1, 0, 0),
                RamsTypeEvaluation.keyOnMapped(RamsPassage.read(sample()), RamsAcledMap.get(), none));
    }

    @Test
    void evaluateRoles_ownPassages_overlapMatching() throws Exception {
        RamsRoleEvaluation.Result r = RamsRoleEvaluation.evaluate(sample());
        // one violent passage (the air strike, not about Syria); our actor1 overlaps the gold attacker
        assertEquals(1, r.dev().passages());
        assertEquals(0, r.syria().passages());
        assertEquals(1, r.dev().actor1().gold());
        assertEquals(1, r.dev().actor1().found(), r::toString);
        assertEquals(1, r.dev().actor2().gold());
    }

    @Test
    void evaluate_realRamsSet_floorWhenPresent() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        Path f = shared == null ? null : Path.of(shared, "eval/roles/rams-test.jsonlines");
        assumeTrue(f != null && Files.isRegularFile(f), "RAMS test set absent (sitrep.shared); skipping");
        RamsTypeEvaluation.Result r = RamsTypeEvaluation.evaluate(f, new SnippetClassifier());
        System.out.printf("RAMS forced all %.3f dev %.3f syria %.3f%n", r.all().forced().weightedF1(),
                r.dev().forced().weightedF1(), r.syria().forced().weightedF1());
        // measured 0.697 all / 0.726 dev / 0.647 Syria before the type-accuracy work, 0.792 / 0.832 / 0.705 after,
        // 0.676 / 0.727 / 0.572 with the learned type model (issue #14): it lifts ACLED notes (0.750 to 0.836) but
        // on RAMS it spreads the trigger-less passages, which the old armed-clash fallback mostly got right, over
        // other types. A known regression on this set, not a target: the floor guards against further loss.
        // Session 7 gave the model the rules' cues: ACLED up, RAMS down to 0.618 / 0.401. Session 8 dropped the cues'
        // "no trigger" flag (it sent trigger-less war comment to Other and Change to group), added our news-style
        // part E and let the rules' trigger decide where the model reads a text as comment (commentary_none, chosen
        // on our own comment sentences): 0.671 / 0.572 with ACLED at 0.847 / 0.758 / 0.878. Floors back to main's.
        assertTrue(r.all().forced().weightedF1() >= 0.65, () -> "RAMS forced " + r.all().forced().weightedF1());
        assertTrue(r.syria().forced().weightedF1() >= 0.55, () -> "RAMS Syria forced " + r.syria().forced().weightedF1());
    }
}
