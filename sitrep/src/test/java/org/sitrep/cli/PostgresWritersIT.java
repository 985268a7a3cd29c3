package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Sitrep;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.PgTestServer;

/**
 * Two `sitrep ingest` processes writing one PostgreSQL database at once, on overlapping inputs (the example corpus,
 * in opposite orders): every document is stored once, and the events are those of one sequential ingest of the
 * documents in the order the two processes committed them.
 */
class PostgresWritersIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void serverGiven() {
        PgTestServer.url();
    }

    @Test
    void twoIngestsAtOnce_sameEventsAsOneSequentialIngest() throws Exception {
        List<String> files = exampleFiles();
        List<String> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        String shared = PgTestServer.freshDatabase();
        Process a = ingest(shared, files, "a");
        Process b = ingest(shared, reversed, "b");
        assertTrue(a.waitFor(600, TimeUnit.SECONDS) && b.waitFor(600, TimeUnit.SECONDS), "an ingest did not finish");
        assertEquals(0, a.exitValue(), Files.readString(dir.resolve("a.err")));
        assertEquals(0, b.exitValue(), Files.readString(dir.resolve("b.err")));
        int addedA = added(dir.resolve("a.out"));
        int addedB = added(dir.resolve("b.out"));
        System.out.println("PostgresWritersIT: ingest a added " + addedA + ", ingest b added " + addedB);
        assertEquals(files.size(), addedA + addedB, "each document added by exactly one of the two");

        List<String> commitOrder = new ArrayList<>();
        try (Sitrep s = Sitrep.openExisting(shared)) {
            Store store = s.store();
            assertEquals(files.size(), store.counts().documents(), "each example stored once");
            for (String id : store.documentIds()) {
                commitOrder.add(store.document(id).orElseThrow().path());
            }
        }
        String sequential = PgTestServer.freshDatabase();
        List<String> args = new ArrayList<>(List.of("ingest", "--db", sequential));
        args.addAll(commitOrder);
        ExamplesEndToEndTest.run(0, args.toArray(String[]::new));
        String together = ExamplesEndToEndTest.run(0, "events", "--db", shared, "--format", "jsonl");
        assertEquals(ExamplesEndToEndTest.run(0, "events", "--db", sequential, "--format", "jsonl"), together);
        assertEquals(ExamplesEndToEndTest.run(0, "export", "--db", sequential, "--what", "reports", "--format",
                "jsonl"), ExamplesEndToEndTest.run(0, "export", "--db", shared, "--what", "reports", "--format",
                "jsonl"));
    }

    /** The documents an ingest says it added ("N documents added, ..."). */
    private static int added(Path out) throws IOException {
        String line = Files.readString(out).strip();
        assertTrue(line.matches("(?s)\\d+ documents added.*"), line);
        return Integer.parseInt(line.substring(0, line.indexOf(' ')));
    }

    private static List<String> exampleFiles() throws IOException {
        try (Stream<Path> s = Files.list(ExamplesEndToEndTest.examples())) {
            return s.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().toString()).sorted().toList();
        }
    }

    private Process ingest(String db, List<String> files, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--db", db));
        command.addAll(files);
        return new ProcessBuilder(command)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }
}
