package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.sitrep.app.Grading;
import org.sitrep.app.IngestListener;
import org.sitrep.app.Sitrep;

/** A store filled from the repository's example articles, served on a free loopback port, and a client for it. */
final class ApiFixture implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();

    final Sitrep sitrep;
    final ApiServer server;
    final HttpClient client = HttpClient.newHttpClient();

    /** Ingests every example but those named in {@code keepBack}; {@code tokenFile} null: a read-only server. */
    ApiFixture(Path dir, List<String> keepBack, boolean withToken) throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(examples())) {
            inputs = files.filter(f -> !keepBack.contains(f.getFileName().toString())).sorted().toList();
        }
        sitrep = Sitrep.open(dir.resolve("api.db"));
        IngestListener strict = (file, problem) -> {
            throw new AssertionError(file + ": " + problem);
        };
        sitrep.ingest(inputs, Grading.standard(), strict);
        Path tokenFile = null;
        if (withToken) {
            tokenFile = dir.resolve("token");
            Files.writeString(tokenFile, TOKEN + "\n");
        }
        server = ApiServer.start(sitrep, "127.0.0.1", 0, tokenFile, Grading.standard());
    }

    static Path examples() {
        String p = System.getProperty("sitrep.examples");
        Assumptions.assumeTrue(p != null && Files.isDirectory(Path.of(p)), "examples/ folder not found");
        return Path.of(p);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The JSON body of a response that must have this status. */
    static JsonNode body(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), () -> r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    /** The problem document of a refused request: RFC 9457 members, its media type, no stack trace. */
    static JsonNode problem(HttpResponse<String> r, int status) {
        JsonNode p = body(r, status);
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("")
                .split(";")[0].strip());
        assertEquals(status, p.get("status").asInt());
        assertEquals("about:blank", p.get("type").asText());
        assertEquals(Problem.title(status), p.get("title").asText());
        assertEquals(false, p.get("detail").asText().isBlank());
        assertEquals(false, r.body().contains("\tat ") || r.body().contains("Exception"), r.body());
        return p;
    }

    @Override
    public void close() {
        server.close();
        sitrep.close();
    }
}
