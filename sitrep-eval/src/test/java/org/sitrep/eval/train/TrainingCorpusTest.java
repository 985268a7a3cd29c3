package org.sitrep.eval.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.SubEventType;

class TrainingCorpusTest {
    /** Tests run in the module directory; the corpus lives at the repository root. */
    private static final Path ROOT = Path.of("..");

    @Test
    void read_repositoryCorpus_everyTypeAndNoneWithExamples() throws Exception {
        List<TrainingCorpus.Example> all = TrainingCorpus.read(ROOT);
        Map<String, Integer> per = TrainingCorpus.perLabel(all);
        for (SubEventType t : SubEventType.values()) {
            assertTrue(per.getOrDefault(t.label(), 0) >= 20, () -> t.label() + " has " + per.get(t.label()));
        }
        assertTrue(per.getOrDefault("NONE", 0) >= 100);
        assertEquals(all.size(), all.stream().map(TrainingCorpus.Example::text).distinct().count());
    }

    @Test
    void read_unknownLabel_errorNamesFileAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("training/types"));
        Files.createDirectories(dir.resolve("training/labelled"));
        Files.writeString(dir.resolve("training/labelled/snippets-dev.tsv"), "id\tsub_event_type\ttext\n");
        Files.writeString(dir.resolve("training/types/x.tsv"), "# comment\nAttack\tGunmen shot a farmer.\nBombing\tA bomb.\n");
        var e = assertThrows(IllegalArgumentException.class, () -> TrainingCorpus.read(dir));
        assertTrue(e.getMessage().contains("x.tsv line 3") && e.getMessage().contains("Bombing"), e.getMessage());
    }

    @Test
    void heldOut_aboutOneInFive_andStable() {
        int held = 0;
        for (int i = 0; i < 5000; i++) {
            held += TrainingCorpus.heldOut("sentence number " + i) ? 1 : 0;
        }
        assertTrue(held > 850 && held < 1150, "held out " + held);
        assertEquals(TrainingCorpus.heldOut("Troops shelled the village."),
                TrainingCorpus.heldOut(new String("Troops shelled the village.")));
    }
}
