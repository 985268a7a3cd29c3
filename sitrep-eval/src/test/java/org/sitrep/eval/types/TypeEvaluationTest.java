package org.sitrep.eval.types;

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
import org.sitrep.extract.SnippetClassifier;

class TypeEvaluationTest {
    private static Path labelled(String name) throws URISyntaxException {
        if (name.equals("snippets-dev.tsv")) {
            // training data of the learned type model, kept out of every jar (tests run in the module directory)
            return Path.of("../training/labelled/snippets-dev.tsv");
        }
        return Path.of(TypeEvaluationTest.class.getResource("/extract/labelled/" + name).toURI());
    }

    @Test
    void read_bothLabelledFiles_everyLabelIsAcledOrNone() throws Exception {
        List<TypeEvaluation.Row> dev = TypeEvaluation.read(labelled("snippets-dev.tsv"));
        List<TypeEvaluation.Row> test = TypeEvaluation.read(labelled("snippets-test.tsv"));
        List<TypeEvaluation.Row> real = TypeEvaluation.read(labelled("snippets-real-style.tsv"));
        assertEquals(272, dev.size());
        assertEquals(100, test.size());
        assertEquals(187, real.size());
        assertEquals(25, real.stream().filter(r -> r.label().isPresent()).map(r -> r.label().get()).distinct().count());
        // read() rejects any label that is not exactly an ACLED label or NONE; every type must be represented
        assertEquals(25, dev.stream().filter(r -> r.label().isPresent()).map(r -> r.label().get()).distinct().count());
    }

    @Test
    void evaluate_devSet_meetsFloor() throws Exception {
        TypeEvaluation.Result r = TypeEvaluation.evaluate(TypeEvaluation.read(labelled("snippets-dev.tsv")),
                new SnippetClassifier());
        TypeEvaluation.print("dev forced", r.forced(), System.out);
        TypeEvaluation.print("dev unforced", r.unforced(), System.out);
        // measured 0.975 forced and 0.956 unforced when set (0.950 / 0.930 before the scene, subject and
        // chemical rules); the word model trains on this set, so these figures are optimistic
        assertTrue(r.forced().weightedF1() >= 0.95, () -> "dev forced weighted F1 " + r.forced().weightedF1());
        assertTrue(r.unforced().weightedF1() >= 0.93, () -> "dev unforced weighted F1 " + r.unforced().weightedF1());
        assertEquals(242, r.forced().rows());
        assertEquals(272, r.unforced().rows());
    }

    @Test
    void evaluate_heldOutSet_aggregateOnly() throws Exception {
        TypeEvaluation.Result r = TypeEvaluation.evaluate(TypeEvaluation.read(labelled("snippets-test.tsv")),
                new SnippetClassifier());
        // aggregate only. Measured 0.796 forced, 0.756 unforced before, 0.977 / 0.903 after the type-accuracy
        // work, whose error analysis read this set's errors: it is no longer a clean held-out check (the
        // real-style set below is)
        System.out.printf("held-out forced %.3f unforced %.3f%n", r.forced().weightedF1(), r.unforced().weightedF1());
        assertTrue(r.forced().weightedF1() >= 0.93, () -> "held-out forced " + r.forced().weightedF1());
        assertTrue(r.unforced().weightedF1() >= 0.86, () -> "held-out unforced " + r.unforced().weightedF1());
    }

    @Test
    void evaluate_realStyleSet_aggregateOnly() throws Exception {
        TypeEvaluation.Result r = TypeEvaluation.evaluate(TypeEvaluation.read(labelled("snippets-real-style.tsv")),
                new SnippetClassifier());
        // never tuned on (written before the type-accuracy changes and scored only in aggregate).
        // Measured before/after: forced 0.867 / 0.906, unforced 0.846 / 0.880.
        System.out.printf("real-style forced %.3f unforced %.3f%n", r.forced().weightedF1(), r.unforced().weightedF1());
        assertTrue(r.forced().weightedF1() >= 0.88, () -> "real-style forced " + r.forced().weightedF1());
        assertTrue(r.unforced().weightedF1() >= 0.85, () -> "real-style unforced " + r.unforced().weightedF1());
        assertEquals(179, r.forced().rows());
    }

    @Test
    void read_unknownLabel_errorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "id\tsub_event_type\ttext\nx-1\tAirstrike\tJets struck a village.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeEvaluation.read(f));
        assertTrue(e.getMessage().contains("bad.tsv line 2") && e.getMessage().contains("Airstrike"), e.getMessage());
    }
}
