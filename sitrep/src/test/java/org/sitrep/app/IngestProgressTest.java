package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.record.Recorder;
import org.sitrep.store.Store;
import org.sitrep.store.sqlite.SqliteStore;

/** An ingest tells how far it is in bytes, within one long file too, and warns when a limit split the work. */
class IngestProgressTest {
    @TempDir
    Path dir;

    /** Hears everything. */
    private static final class Heard implements IngestListener {
        final List<String> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<Long> progress = new ArrayList<>();
        long total = -1;

        @Override
        public void problem(Path file, String problem) {
            problems.add(problem);
        }

        @Override
        public void warning(Path file, String warning) {
            warnings.add(warning);
        }

        @Override
        public void starting(int files, long bytes) {
            total = bytes;
        }

        @Override
        public void progress(long bytesDone) {
            progress.add(bytesDone);
        }
    }

    private static String news(int paragraphs) {
        StringBuilder sb = new StringBuilder("Fighting near Idlib\n\n");
        for (int i = 0; i < paragraphs; i++) {
            sb.append("Warplanes struck a market in Saraqib on Monday, killing ").append(3 + i % 9)
                    .append(" people, a monitor said. Shelling hit villages south of Idlib on Tuesday.\n\n");
        }
        return sb.toString();
    }

    private Heard ingest(List<Path> files) {
        Heard heard = new Heard();
        try (Store store = SqliteStore.open(dir.resolve("p.db"))) {
            new Ingest(Engine.standard(), store, new Recorder(store, EventAssessor.standard())).run(files, heard);
        }
        return heard;
    }

    @Test
    void longFile_progressMovesWithinIt_inBytes_upToItsSize() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), news(400), StandardCharsets.UTF_8);
        Path small = Files.writeString(dir.resolve("small.txt"), news(2), StandardCharsets.UTF_8);
        Heard heard = ingest(List.of(big, small));
        long size = Files.size(big) + Files.size(small);
        assertTrue(heard.problems.isEmpty(), heard.problems::toString);
        assertEquals(size, heard.total);
        long bigSize = Files.size(big);
        long within = heard.progress.stream().filter(b -> b > 0 && b < bigSize).count();
        assertTrue(within >= 10, "progress inside the long file: " + heard.progress);
        for (int i = 1; i < heard.progress.size(); i++) {
            assertTrue(heard.progress.get(i) >= heard.progress.get(i - 1), heard.progress::toString);
        }
        assertEquals(size, heard.progress.get(heard.progress.size() - 1));
    }

    @Test
    void runOnSentence_isStoredWithAWarningSayingWhere() throws Exception {
        StringBuilder sb = new StringBuilder("Warplanes struck Raqqa");
        while (sb.length() < 9_000) {
            sb.append(" and the villages around it");
        }
        Path f = Files.writeString(dir.resolve("runon.txt"), sb + "\n", StandardCharsets.UTF_8);
        Heard heard = ingest(List.of(f));
        assertTrue(heard.problems.isEmpty(), heard.problems::toString);
        assertEquals(1, heard.warnings.size(), heard.warnings::toString);
        assertTrue(heard.warnings.get(0).startsWith("sentences_split: 1 sentence longer than 2000 characters"),
                heard.warnings.get(0));
    }
}
