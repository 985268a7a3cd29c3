package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.api.ApiFixture.body;
import static org.sitrep.api.ApiFixture.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Counts;
import org.sitrep.model.Query;

/** Uploads: the token guards them, an uploaded example is ingested as the command line would, 413 above the limit. */
class ApiWriteTest {
    private static final String UPLOADED = "2017-09-24-agency-russian-mod-asapov.txt";
    private static final String MULTIPART = "2017-09-19-html-euphrates-crossing.html";
    private static final String DOCUMENTS = ApiServer.BASE + "/documents";

    @TempDir
    static Path dir;

    static ApiFixture api;

    @BeforeAll
    static void serve() throws IOException {
        api = new ApiFixture(dir, List.of(UPLOADED, MULTIPART), true);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static HttpRequest.Builder post(String query, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(DOCUMENTS + query));
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    @Test
    void upload_withoutOrWithAWrongToken_401AndNothingChanges() throws IOException {
        byte[] doc = Files.readAllBytes(ApiFixture.examples().resolve(UPLOADED));
        Counts before = api.sitrep.counts();
        for (String auth : new String[] {null, "Bearer wrong-token-0123456789abcdef", "Basic " + ApiFixture.TOKEN,
                "Bearer " + ApiFixture.TOKEN + "x", "Bearer " + ApiFixture.TOKEN.substring(1)}) {
            HttpResponse<String> r = api.send(post("?name=a.txt", auth).POST(HttpRequest.BodyPublishers.ofByteArray(
                    doc)).build());
            problem(r, 401);
            assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""));
        }
        assertEquals(before, api.sitrep.counts());
    }

    @Test
    void upload_withTheToken_isIngestedAsTheCommandLineWould_andItsEventsAreServed() throws IOException {
        byte[] doc = Files.readAllBytes(ApiFixture.examples().resolve(UPLOADED));
        Counts before = api.sitrep.counts();
        HttpResponse<String> r = api.send(post("?name=" + UPLOADED, "Bearer " + ApiFixture.TOKEN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(doc)).build());
        JsonNode n = body(r, 201);
        String id = n.get("document_id").asText();
        assertEquals(DOCUMENTS + "/" + id, r.headers().firstValue("Location").orElse(""));
        assertTrue(n.get("added").asBoolean());
        assertEquals(before.documents() + 1, api.sitrep.counts().documents());
        assertEquals(api.sitrep.reportsOf(id).size(), n.get("reports").asInt());
        assertTrue(n.get("events").size() > 0, n.toString());
        Set<String> served = new HashSet<>();
        body(api.get(ApiServer.BASE + "/events?limit=1000"), 200).get("events")
                .forEach(e -> served.add(e.get("id").asText()));
        for (JsonNode e : n.get("events")) {
            assertTrue(served.contains(e.get("id").asText()), "uploaded event listed: " + e);
            assertTrue(Set.of("created", "changed").contains(e.get("change").asText()));
        }
        assertEquals(UPLOADED, body(api.get(DOCUMENTS + "/" + id), 200).get("path").asText());
        assertEquals(uploadedAsCli(doc), api.sitrep.reportsOf(id).size(), "the same reports as sitrep ingest");

        JsonNode again = body(api.send(post("", "Bearer " + ApiFixture.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(doc)).build()), 200);
        assertFalse(again.get("added").asBoolean());
        assertEquals(id, again.get("document_id").asText());
    }

    /** How many reports `sitrep ingest` makes of the document, in a store of its own. */
    private static int uploadedAsCli(byte[] doc) {
        try (Sitrep own = Sitrep.open(dir.resolve("cli.db"))) {
            own.ingest(UPLOADED, doc, org.sitrep.app.Grading.standard(), (f, p) -> {
                throw new AssertionError(p);
            });
            return own.reports(Query.all()).size();
        }
    }

    @Test
    void upload_multipart_takesTheFileAndItsName() throws IOException {
        byte[] doc = Files.readAllBytes(ApiFixture.examples().resolve(MULTIPART));
        String boundary = "sitrep-boundary-7d1f";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + MULTIPART + "\"\r\nContent-Type: text/html\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(doc);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = api.send(post("", "Bearer " + ApiFixture.TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build());
        JsonNode n = body(r, 201);
        JsonNode d = body(api.get(DOCUMENTS + "/" + n.get("document_id").asText()), 200);
        assertEquals(MULTIPART, d.get("path").asText());
        assertEquals("text/html", d.get("media_type").asText());
    }

    @Test
    void upload_overTheLimit_413_andEmptyOrBadNames_400() throws IOException {
        Counts before = api.sitrep.counts();
        assertEquals(413, statusOfHeadersOnly(Sitrep.MAX_DOCUMENT_BYTES + 1));
        problem(api.send(post("", "Bearer " + ApiFixture.TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build()),
                400);
        JsonNode p = problem(api.send(post("?name=" + java.net.URLEncoder.encode("../../etc/x y", StandardCharsets.UTF_8),
                "Bearer " + ApiFixture.TOKEN).POST(HttpRequest.BodyPublishers.ofString("A text.")).build()), 400);
        assertEquals("name", p.get("parameter").asText());
        problem(api.send(post("", "Bearer " + ApiFixture.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 1, 2, 3, 0, 0, 7})).build()), 422);
        assertEquals(before, api.sitrep.counts());
    }

    /**
     * The status the server answers to an upload's headers alone: an oversized upload is refused from its declared
     * length before a byte of it is read. (Sending the 20 MB instead races the early answer: the server closes while
     * the client still writes, and Java 17's client hangs on {@code Expect: 100-continue} answered by a final status.)
     */
    private static int statusOfHeadersOnly(long declaredLength) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", api.uri("/").getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + DOCUMENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + ApiFixture.TOKEN + "\r\nContent-Type: text/plain\r\nContent-Length: " + declaredLength
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 "), "a status line: " + status);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void token_comparedInConstantTime_andReadStrictly() throws IOException {
        JavaClasses api = new ClassFileImporter().importClasses(BearerToken.class);
        ArchRuleDefinition.classes().that().haveSimpleName("BearerToken").should()
                .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class).check(api);
        ArchRuleDefinition.noClasses().that().haveSimpleName("BearerToken").should()
                .callMethod(String.class, "equals", Object.class).orShould()
                .callMethod(java.util.Arrays.class, "equals", byte[].class, byte[].class).check(api);
        Path shortToken = dir.resolve("short-token");
        Files.writeString(shortToken, "abc");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BearerToken.read(shortToken));
        assertTrue(e.getMessage().startsWith(shortToken.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BearerToken.read(dir.resolve("no-such-token")));
        BearerToken t = BearerToken.read(dir.resolve("token"));
        assertTrue(t.accepts("bearer " + ApiFixture.TOKEN));
        assertFalse(t.accepts(null));
        assertFalse(t.accepts("Bearer"));
    }
}
