package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeEvaluationTest {
    private static Path labelled(String name) throws URISyntaxException {
        return Path.of(TypeEvaluationTest.class.getResource((name.equals("snippets-dev.tsv") ? "/org/sitrep/extract/labelled/" : "/extract/labelled/") + name).toURI());
    }

    @Test
    void read_bothLabelledFiles_everyLabelIsAcledOrNone() throws Exception {
        List<TypeEvaluation.Row> dev = TypeEvaluation.read(labelled("snippets-dev.tsv"));
        List<TypeEvaluation.Row> test = TypeEvaluation.read(labelled("snippets-test.tsv"));
        assertEquals(272, dev.size());
        assertEquals(100, test.size());
        // read() rejects any label that is not exactly an ACLED label or NONE; every type must be represented
        assertEquals(25, dev.stream().filter(r -> r.label().isPresent()).map(r -> r.label().get()).distinct().count());
    }

    @Test
    void evaluate_devSet_meetsFloor() throws Exception {
        TypeEvaluation.Result r = TypeEvaluation.evaluate(TypeEvaluation.read(labelled("snippets-dev.tsv")),
                new SnippetClassifier());
        TypeEvaluation.print("dev forced", r.forced(), System.out);
        TypeEvaluation.print("dev unforced", r.unforced(), System.out);
        // measured 0.950 forced and 0.933 unforced when set
        assertTrue(r.forced().weightedF1() >= 0.92, () -> "dev forced weighted F1 " + r.forced().weightedF1());
        assertTrue(r.unforced().weightedF1() >= 0.90, () -> "dev unforced weighted F1 " + r.unforced().weightedF1());
        assertEquals(242, r.forced().rows());
        assertEquals(272, r.unforced().rows());
    }

    @Test
    void evaluate_heldOutSet_aggregateOnly() throws Exception {
        TypeEvaluation.Result r = TypeEvaluation.evaluate(TypeEvaluation.read(labelled("snippets-test.tsv")),
                new SnippetClassifier());
        // aggregate only: the held-out set is not for tuning. Measured 0.818 forced, 0.746 unforced.
        System.out.printf("held-out forced %.3f unforced %.3f%n", r.forced().weightedF1(), r.unforced().weightedF1());
        assertTrue(r.forced().weightedF1() >= 0.75, () -> "held-out forced " + r.forced().weightedF1());
        assertTrue(r.unforced().weightedF1() >= 0.68, () -> "held-out unforced " + r.unforced().weightedF1());
    }

    @Test
    void score_handComputed_weightedBySupport() {
        // gold A,A,B,NONE ; predicted A,B,B,A
        TypeEvaluation.Score s = TypeEvaluation.score(List.of(new String[] {"1", "A", "A"},
                new String[] {"2", "A", "B"}, new String[] {"3", "B", "B"}, new String[] {"4", "NONE", "A"}));
        // A: P=1/2 R=1/2 F=0.5 (support 2); B: P=1/2 R=1 F=2/3 (support 1); NONE: F=0 (support 1)
        assertEquals((2 * 0.5 + 2.0 / 3) / 4, s.weightedF1(), 1e-9);
        assertEquals(0.5, s.accuracy(), 1e-9);
        assertEquals(2, s.confusions().size()); // A->B and NONE->A
    }

    @Test
    void read_unknownLabel_errorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "id\tsub_event_type\ttext\nx-1\tAirstrike\tJets struck a village.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeEvaluation.read(f));
        assertTrue(e.getMessage().contains("bad.tsv line 2") && e.getMessage().contains("Airstrike"), e.getMessage());
    }
}
