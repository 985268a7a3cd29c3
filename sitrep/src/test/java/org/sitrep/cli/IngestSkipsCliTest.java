package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the command line: a bad path in a folder is named, the rest stored, a summary at the end, exit 1. */
class IngestSkipsCliTest {
    @TempDir
    Path dir;

    @Test
    void ingest_folderWithBrokenLinkAndOtherKinds_restStoredSummaryOnStderrExitOne() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(MainTest.fixtures().resolve("articles/azaz-shelling.txt"), corpus.resolve("a.txt"));
        Path broken = Files.createSymbolicLink(corpus.resolve("b.txt"), dir.resolve("gone.txt"));
        Files.write(corpus.resolve("brief.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Path db = dir.resolve("s.db");
        MainTest.Run r = MainTest.run("ingest", "--db", db.toString(), corpus.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("1 documents added, 0 unchanged, 1 skipped"), r.out());
        assertTrue(r.err().contains("sitrep: " + broken + ": broken symbolic link"), r.err());
        assertTrue(r.err().contains("sitrep: skipped 1 (broken symbolic link): " + broken), r.err());
        assertTrue(r.err().contains("sitrep: not read, not an article kind: 1 file: 1 .pdf (brief.pdf)"), r.err());
    }
}
