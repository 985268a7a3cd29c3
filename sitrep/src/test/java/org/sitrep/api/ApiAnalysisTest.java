package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis routes over the examples: series with every bucket, changes, claim tests (same names and meanings as
 * the command line), routes, a route's days, control of a place or of the places inside a box; bad requests are
 * problem documents naming the parameter.
 */
class ApiAnalysisTest {
    @TempDir
    static Path dir;

    static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dir, List.of(), false);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void series_everyBucketOfTheSpan_inEachFormat() {
        String q = "/series?actor=" + enc("US-led coalition") + "&from=2015-06-01&to=2015-06-10";
        JsonNode n = ApiFixture.body(api.get(ApiServer.BASE + q), 200);
        assertEquals(10, n.get("points").size());
        assertEquals("2015-06-01", n.get("points").get(0).get("date").asText());
        assertEquals(0, n.get("points").get(0).get("events").asInt());
        assertTrue(n.get("points").get(6).get("events").asInt() > 0, n.toString());
        assertTrue(n.get("notes").isArray());
        HttpResponse<String> csv = api.get(ApiServer.BASE + q + "&format=csv");
        assertEquals(11, csv.body().lines().count(), "a header and ten days");
        HttpResponse<String> svg = api.get(ApiServer.BASE + q + "&format=svg");
        assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(svg.body().contains("<svg"));
        ApiFixture.problem(api.get(ApiServer.BASE + "/series?by=year"), 400);
        assertEquals("type", ApiFixture.problem(api.get(ApiServer.BASE + "/series?type=Skirmish"), 400)
                .get("parameter").asText());
        assertEquals("zzz", ApiFixture.problem(api.get(ApiServer.BASE + "/series?zzz=1"), 400)
                .get("parameter").asText());
    }

    @Test
    void changes_areListedWithTheirNames() {
        JsonNode n = ApiFixture.body(api.get(ApiServer.BASE + "/changes?type=" + enc("Air/drone strike")
                + "&counts=true"), 200);
        assertTrue(n.get("changes").isArray());
        for (JsonNode c : n.get("changes")) {
            for (String k : List.of("date", "direction", "rate_before", "rate_after", "probability", "kind")) {
                assertTrue(c.has(k), k + " in " + c);
            }
        }
        ApiFixture.problem(api.get(ApiServer.BASE + "/changes?format=svg"), 400);
    }

    @Test
    void claimTest_oneCoincidenceIsInsufficient_andBadBodiesAreProblems() {
        String body = "{\"relation\": \"lull-precedes\", \"cause_type\": \"Air/drone strike\", \"cause_actor\": "
                + "\"US-led coalition\", \"effect_type\": \"Battles\", \"effect_actor\": \"ISIS\", \"lag\": 2}";
        JsonNode v = ApiFixture.body(post(body), 200);
        assertEquals("insufficient_evidence", v.get("verdict").asText(), v.toString());
        assertFalse(v.get("explanation").asText().isBlank());
        assertEquals(v, ApiFixture.body(post(body), 200), "seeded: the same answer again");
        assertEquals("relation", ApiFixture.problem(post("{}"), 400).get("parameter").asText());
        assertEquals("cause", ApiFixture.problem(post("{\"relation\": \"lull-precedes\", \"cause\": 1}"), 400)
                .get("parameter").asText());
        assertEquals("lag", ApiFixture.problem(post("{\"relation\": \"rise-precedes\", \"lag\": 0}"), 400)
                .get("parameter").asText());
        ApiFixture.problem(post("not json"), 400);
    }

    @Test
    void routes_aRoutesDays_andControl() {
        JsonNode routes = ApiFixture.body(api.get(ApiServer.BASE + "/routes"), 200).get("routes");
        assertTrue(routes.size() >= 9, routes.toString());
        JsonNode days = ApiFixture.body(api.get(ApiServer.BASE + "/routes/khanasser/status?from=2015-10-20"
                + "&to=2015-10-31"), 200).get("days");
        assertEquals(12, days.size());
        assertEquals("road:khanasser", days.get(0).get("route").get("id").asText());
        ApiFixture.problem(api.get(ApiServer.BASE + "/routes/nowhere-road/status?from=2015-10-20&to=2015-10-21"),
                404);
        JsonNode held = ApiFixture.body(api.get(ApiServer.BASE + "/control?place=Ithriyah&at=2015-10-25"), 200);
        assertEquals(1, held.get("intervals").size());
        assertEquals("Ithriyah", held.get("intervals").get(0).get("place").get("name").asText());
        JsonNode box = ApiFixture.body(api.get(ApiServer.BASE + "/control?bbox=36.5,35.0,38.5,36.5&at=2015-10-25"),
                200);
        assertTrue(box.get("intervals").isArray());
        ApiFixture.problem(api.get(ApiServer.BASE + "/control?at=2015-10-25"), 400);
        ApiFixture.problem(api.get(ApiServer.BASE + "/control?place=Nowhereville&at=2015-10-25"), 404);
    }

    private static HttpResponse<String> post(String body) {
        return api.send(HttpRequest.newBuilder(api.uri(ApiServer.BASE + "/claims/test"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
