package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.ArchiveFixtures;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.record.Recorder;
import org.sitrep.store.Store;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The watcher ingests files as they arrive, never half a file still being written, with the watch service and by
 * polling alone, and stops when asked.
 */
class WatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "watch service: {0}")
    @ValueSource(booleans = {true, false})
    void filesArriving_ingestedWhole_thenStops(boolean watchService) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path old = Files.writeString(in.resolve("before.txt"), ArchiveFixtures.article(1));
        List<String> problems = new CopyOnWriteArrayList<>();
        try (Store store = SqliteStore.open(dir.resolve("w.db"))) {
            Ingest ingest = new Ingest(Engine.standard(), store, new Recorder(store, EventAssessor.standard()));
            Watcher w = new Watcher(in, ingest, Duration.ofMillis(600), Duration.ofMillis(200), watchService);
            AtomicReference<IngestSummary> result = new AtomicReference<>();
            Thread t = new Thread(() -> result.set(w.run((f, p) -> problems.add(f + ": " + p))), "watcher");
            t.start();
            String oldId = id(old);
            waitFor(() -> store.contains(oldId), "a file there before the watcher started");

            // a file written slowly, a piece every 150 ms (less than the settle time), must be read whole
            byte[] whole = ArchiveFixtures.page("Slow page", 3).getBytes(StandardCharsets.UTF_8);
            Path slow = Files.createDirectories(in.resolve("later")).resolve("slow.html");
            try (OutputStream out = Files.newOutputStream(slow)) {
                for (int i = 0; i < whole.length; i += whole.length / 8 + 1) {
                    out.write(whole, i, Math.min(whole.length / 8 + 1, whole.length - i));
                    out.flush();
                    Thread.sleep(150);
                }
            }
            waitFor(() -> store.contains(DocumentReader.idOf(whole)), "the slowly written page");
            assertEquals(2, store.counts().documents(), "no half of the slow file was stored: " + problems);

            Files.writeString(in.resolve("wire.rss"), ArchiveFixtures.rss(2));
            waitFor(() -> store.counts().documents() == 4, "a feed's two items");

            w.stop();
            t.join(WAIT.toMillis());
            assertFalse(t.isAlive(), "the watcher stopped");
            assertEquals(4, result.get().added(), "the file there before, the slow page, the feed's two items: " + result.get().line());
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    private static String id(Path file) throws java.io.IOException {
        return DocumentReader.idOf(Files.readAllBytes(file));
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not ingested within " + WAIT + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
