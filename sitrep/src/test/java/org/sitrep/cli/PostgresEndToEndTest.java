package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.postgres.PgTestServer;

/**
 * The command line on a PostgreSQL database: the example corpus ingested into it gives the same events, reports and
 * query answers as the same corpus ingested into a store file.
 */
class PostgresEndToEndTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void serverGiven() {
        PgTestServer.url();
    }

    private static String run(int code, String... args) {
        return ExamplesEndToEndTest.run(code, args);
    }

    @Test
    void ingest_examples_sameEventsAsTheStoreFile() {
        String pg = PgTestServer.freshDatabase();
        String file = dir.resolve("ex.db").toString();
        String examples = ExamplesEndToEndTest.examples().toString();
        String intoPg = run(0, "ingest", "--db", pg, examples);
        assertEquals(run(0, "ingest", "--db", file, examples), intoPg);
        assertTrue(run(0, "ingest", "--db", pg, examples).startsWith("0 documents added, 10 unchanged"));

        String events = run(0, "events", "--db", pg, "--format", "jsonl");
        assertEquals(run(0, "events", "--db", file, "--format", "jsonl"), events);
        assertTrue(events.lines().count() >= 10, events);
        assertEquals(run(0, "events", "--db", file), run(0, "events", "--db", pg));
        for (String[] filter : new String[][] {{"--near", "36.2,37.15,60"}, {"--type", "Battles"},
            {"--from", "2015-10-20", "--to", "2015-10-31"}, {"--place", "aleppo"}}) {
            assertEquals(run(0, with("events", "--db", file, filter)), run(0, with("events", "--db", pg, filter)),
                    String.join(" ", filter));
        }
        assertEquals(run(0, "export", "--db", file, "--what", "reports", "--format", "jsonl"),
                run(0, "export", "--db", pg, "--what", "reports", "--format", "jsonl"));
    }

    @Test
    void passwordInTheAddress_refusedWithoutEchoingIt() {
        String err = runErr(1, "events", "--db", "postgresql://me:s3cret@localhost:5432/x");
        assertTrue(err.contains("PGPASSWORD"), err);
        assertTrue(!err.contains("s3cret"), err);
    }

    @Test
    void events_databaseWithoutAStore_clearError() {
        String err = runErr(1, "events", "--db", PgTestServer.freshDatabase());
        assertTrue(err.contains("no sitrep store in this database"), err);
    }

    private static String runErr(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertEquals(expectedCode, code, "exit code; stdout: " + out);
        return err.toString();
    }

    private static String[] with(String command, String option, String db, String[] more) {
        String[] out = new String[3 + more.length];
        out[0] = command;
        out[1] = option;
        out[2] = db;
        System.arraycopy(more, 0, out, 3, more.length);
        return out;
    }
}
