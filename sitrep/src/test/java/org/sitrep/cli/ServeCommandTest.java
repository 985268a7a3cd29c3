package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Sitrep;
import picocli.CommandLine;

/** {@code sitrep serve}: starts over an existing store, says where, answers, stops; bad settings are bad input. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void serve_printsItsAddress_answersHealth_andStops() throws Exception {
        Path db = dir.resolve("s.db");
        Sitrep.open(db).close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cl.execute("serve", "--db",
                db.toString(), "--port", "0"));
        Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/api/v1/").matcher("");
        for (int i = 0; i < 600 && !m.reset(out.toString()).find(); i++) {
            assertTrue(!run.isDone(), () -> "serve ended: " + err);
            Thread.sleep(50);
        }
        assertTrue(m.reset(out.toString()).find(), out::toString);
        assertTrue(out.toString().contains("read-only"), out::toString);
        assertTrue(out.toString().contains("the map at http://127.0.0.1:" + m.group(1) + "/ "), out::toString);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + m.group(1) + "/api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"events\":0"), health.body());
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        serve.stop.countDown();
        assertEquals(Main.OK, run.get(30, TimeUnit.SECONDS));
    }

    @Test
    void serve_missingStoreOrBadTokenFile_badInputNamingIt() throws Exception {
        MainTest.Run none = MainTest.run("serve", "--db", dir.resolve("none.db").toString(), "--port", "0");
        assertEquals(Main.BAD_INPUT, none.code());
        assertTrue(none.err().contains("none.db: no such store"), none.err());
        Path db = dir.resolve("t.db");
        Sitrep.open(db).close();
        Path token = dir.resolve("token.txt");
        Files.writeString(token, "short");
        MainTest.Run bad = MainTest.run("serve", "--db", db.toString(), "--port", "0", "--token-file",
                token.toString());
        assertEquals(Main.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("token.txt: a token is"), bad.err());
        MainTest.Run port = MainTest.run("serve", "--db", db.toString(), "--port", "70000");
        assertEquals(Main.USAGE, port.code());
    }
}
