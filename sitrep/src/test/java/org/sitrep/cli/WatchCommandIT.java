package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Sitrep;
import org.sitrep.ingest.ArchiveFixtures;
import org.sitrep.ingest.DocumentReader;

/** {@code sitrep watch} in its own process: ingests a file that arrives, and Ctrl-C (SIGINT) stops it cleanly. */
class WatchCommandIT {
    @TempDir
    Path dir;

    @Test
    void watch_ingestsArrivingFile_ctrlC_stopsWithSummaryAndAUsableStore() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path db = dir.resolve("w.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "watch", in.toString(), "--db", db.toString(), "--settle", "0.3",
                "--poll", "0.2"))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        try {
            byte[] page = ArchiveFixtures.page("Arriving page", 5).getBytes(StandardCharsets.UTF_8);
            Files.write(in.resolve("arriving.html"), page);
            String id = DocumentReader.idOf(page);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!stored(db, id)) {
                assertTrue(p.isAlive(), "watch ended early: " + Files.readString(dir.resolve("err.txt")));
                assertTrue(System.nanoTime() < end, "not ingested in time: " + Files.readString(dir.resolve("err.txt")));
                Thread.sleep(200);
            }
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "watch stopped after Ctrl-C");
        } finally {
            p.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("out.txt"));
        assertTrue(out.contains("1 documents added"), out + Files.readString(dir.resolve("err.txt")));
        try (Sitrep s = Sitrep.openExisting(db)) {
            assertEquals(1, s.counts().documents());
        }
    }

    private static boolean stored(Path db, String id) {
        if (!Files.exists(db)) {
            return false;
        }
        try (Sitrep s = Sitrep.openExisting(db)) {
            return s.document(id).isPresent();
        } catch (RuntimeException e) {
            return false; // the store is being created
        }
    }
}
