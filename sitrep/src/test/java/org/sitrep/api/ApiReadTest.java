package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.api.ApiFixture.body;
import static org.sitrep.api.ApiFixture.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.model.ReportRecord;

/** The read routes over a store of the example articles, through a real HTTP client. */
class ApiReadTest {
    private static final String EVENTS = ApiServer.BASE + "/events";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @TempDir
    static Path dir;

    static ApiFixture api;

    @BeforeAll
    static void serve() throws IOException {
        api = new ApiFixture(dir, List.of(), false);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static List<String> allIds() {
        return api.sitrep.events(Query.all()).stream().map(Event::id).toList();
    }

    @Test
    void health_countsWhatTheStoreHolds() {
        JsonNode h = body(api.get(ApiServer.BASE + "/health"), 200);
        assertEquals("ok", h.get("status").asText());
        assertEquals(api.sitrep.counts().events(), h.get("events").asLong());
        assertEquals(api.sitrep.counts().documents(), h.get("documents").asLong());
        assertTrue(h.get("events").asLong() > 5, "the examples make events");
    }

    @Test
    void events_pagesOfTwo_visitEveryEventOnceInStoreOrder_lastPageHasNoCursor() {
        List<String> seen = new ArrayList<>();
        String next = EVENTS + "?limit=2";
        int pages = 0;
        while (next != null && pages++ < 100) {
            HttpResponse<String> r = api.get(next);
            JsonNode page = body(r, 200);
            page.get("events").forEach(e -> seen.add(e.get("id").asText()));
            JsonNode cursor = page.get("next_cursor");
            next = cursor.isNull() ? null : EVENTS + "?limit=2&cursor=" + cursor.asText();
            assertEquals(cursor.isNull(), r.headers().firstValue("Link").isEmpty(), "Link header iff a next page");
        }
        assertEquals(allIds(), seen);
        assertEquals(seen.size(), new HashSet<>(seen).size());
    }

    @Test
    void events_geojsonPages_followTheLinkHeader() throws IOException {
        int features = 0;
        String next = EVENTS + "?format=geojson&limit=3";
        for (int guard = 0; next != null && guard < 100; guard++) {
            HttpResponse<String> r = api.get(next);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("application/geo+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            JsonNode fc = ApiFixture.JSON.readTree(r.body());
            assertEquals("FeatureCollection", fc.get("type").asText());
            features += fc.get("features").size();
            next = r.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .orElse(null);
        }
        long located = api.sitrep.events(Query.all()).stream()
                .filter(e -> e.location() != null && e.location().lat() != null).count();
        assertEquals(located, features, "every located event once, across the pages");
    }

    @Test
    void events_jsonlAndCsv_holdThePage() {
        List<String> ids = allIds();
        HttpResponse<String> jsonl = api.get(EVENTS + "?format=jsonl&limit=4");
        assertEquals(200, jsonl.statusCode());
        List<String> lines = jsonl.body().lines().toList();
        assertEquals(Math.min(4, ids.size()), lines.size());
        assertEquals(ids.get(0), SitrepJson.standard().readEvent(lines.get(0)).id());
        HttpResponse<String> csv = api.get(EVENTS + "?format=csv&limit=4");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().lines().findFirst().orElse("").contains("event_date"), csv.body());
    }

    @Test
    void events_jsonIsTheWireFormat() {
        JsonNode page = body(api.get(EVENTS + "?limit=1"), 200);
        Event first = api.sitrep.events(Query.all().limit(1)).get(0);
        assertEquals(SitrepJson.standard().event(first), page.get("events").get(0));
    }

    @Test
    void events_bbox_selectsTheEventsInsideOnly() {
        Event located = api.sitrep.events(Query.all()).stream()
                .filter(e -> e.location() != null && e.location().lat() != null).findFirst().orElseThrow();
        double lat = located.location().lat();
        double lon = located.location().lon();
        String box = (lon - 0.2) + "," + (lat - 0.2) + "," + (lon + 0.2) + "," + (lat + 0.2);
        Set<String> expected = new HashSet<>();
        for (Event e : api.sitrep.events(Query.all())) {
            if (e.location() != null && e.location().lat() != null && Math.abs(e.location().lat() - lat) <= 0.2
                    && Math.abs(e.location().lon() - lon) <= 0.2) {
                expected.add(e.id());
            }
        }
        Set<String> got = new HashSet<>();
        body(api.get(EVENTS + "?limit=1000&bbox=" + box), 200).get("events")
                .forEach(e -> got.add(e.get("id").asText()));
        assertEquals(expected, got);
        assertTrue(got.contains(located.id()));
        assertTrue(got.size() < allIds().size(), "the box leaves some events out");
        assertEquals(0, body(api.get(EVENTS + "?bbox=-10,-10,-9,-9"), 200).get("events").size());
    }

    @Test
    void events_filters_areTheCommandLinesQuery() {
        JsonNode battles = body(api.get(EVENTS + "?limit=1000&type=" + enc("Battles") + "&from=2015-01-01"), 200);
        List<String> expected = api.sitrep.events(Query.all().type("Battles").from(java.time.LocalDate.of(2015, 1,
                1))).stream().map(Event::id).toList();
        List<String> got = new ArrayList<>();
        battles.get("events").forEach(e -> got.add(e.get("id").asText()));
        assertEquals(expected, got);
        JsonNode near = body(api.get(EVENTS + "?limit=1000&near=" + enc("36.0,37.5,100")
                + "&reliability=f&min_credibility=6&contested=false"), 200);
        assertEquals(api.sitrep.events(Query.all().near(org.sitrep.model.Near.parse("36.0,37.5,100"))
                .minReliability('F').minCredibility(6)).size(), near.get("events").size());
    }

    @Test
    void badParameters_problemNamingTheParameter() {
        String[][] cases = {{"bbox=1,2,3", "bbox"}, {"bbox=1,50,2,40", "bbox"}, {"from=yesterday", "from"},
                {"from=2016-01-02&to=2016-01-01", "to"}, {"limit=0", "limit"}, {"limit=1001", "limit"},
                {"limit=ten", "limit"}, {"cursor=not-a-cursor", "cursor"}, {"type=Picnic", "type"},
                {"min_credibility=9", "min_credibility"}, {"reliability=AB", "reliability"},
                {"contested=maybe", "contested"}, {"format=xml", "format"}, {"near=1,2", "near"},
                {"tyep=Battles", "tyep"}, {"actor=a&actor=b", "actor"}};
        for (String[] c : cases) {
            JsonNode p = problem(api.get(EVENTS + "?" + c[0]), 400);
            assertEquals(c[1], p.get("parameter").asText(), c[0]);
            assertTrue(p.get("detail").asText().contains(c[1]), p.toString());
        }
    }

    @Test
    void eventById_withItsReportsEvidenceSourcesAndGrade() {
        Event e = api.sitrep.events(Query.all()).stream().filter(x -> x.reportIds().size() > 1).findFirst()
                .orElse(api.sitrep.events(Query.all()).get(0));
        JsonNode n = body(api.get(EVENTS + "/" + e.id()), 200);
        assertEquals(e.id(), n.get("id").asText());
        assertEquals(e.reportIds().size(), n.get("reports").size());
        for (JsonNode r : n.get("reports")) {
            assertTrue(e.reportIds().contains(r.get("id").asText()));
            assertFalse(r.get("evidence").get("text").asText().isBlank());
            assertTrue(r.get("evidence").get("end").asInt() > r.get("evidence").get("start").asInt());
        }
        assertTrue(n.get("tally").has("independent_sources"));
        assertTrue(n.has("contradictions") && n.has("grade") && n.has("sources"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("reports");
        assertEquals(SitrepJson.standard().event(e), n, "the event's own members are the wire format's");
        JsonNode missing = problem(api.get(EVENTS + "/e0000000000000000"), 404);
        assertEquals("no event with id 'e0000000000000000'", missing.get("detail").asText());
    }

    @Test
    void reportAndDocumentById_documentTextHoldsTheEvidenceAtItsOffsets() {
        ReportRecord rec = api.sitrep.reports(Query.all()).get(0);
        JsonNode r = body(api.get(ApiServer.BASE + "/reports/" + rec.report().id()), 200);
        assertEquals(SitrepJson.standard().report(rec), r);
        String docId = rec.document().id();
        JsonNode d = body(api.get(ApiServer.BASE + "/documents/" + docId), 200);
        assertEquals(docId, d.get("id").asText());
        assertEquals(api.sitrep.reportsOf(docId).size(), d.get("reports").size());
        String text = d.get("text").get("text").asText();
        for (JsonNode rep : d.get("reports")) {
            JsonNode ev = rep.get("evidence");
            assertEquals(ev.get("text").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()));
        }
        assertTrue(d.get("text").get("spans_match").asBoolean());
        assertTrue(d.get("text").get("sections").isArray());
        assertTrue(d.has("syndication"));
        problem(api.get(ApiServer.BASE + "/reports/r0"), 404);
        problem(api.get(ApiServer.BASE + "/documents/d0"), 404);
    }

    @Test
    void unknownRouteAndMethod_problems() {
        // (this used /routes until the analysis routes took that path; any unknown path will do)
        HttpResponse<String> r = api.get(ApiServer.BASE + "/no-such-route");
        assertTrue(problem(r, 404).get("detail").asText().contains("GET /api/v1/no-such-route"), r.body());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        problem(api.get("/"), 404);
        problem(api.send(java.net.http.HttpRequest.newBuilder(api.uri(EVENTS))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build()), 404);
    }

    @Test
    void readOnlyServer_refusesWrites() {
        HttpResponse<String> r = api.send(java.net.http.HttpRequest.newBuilder(api.uri(ApiServer.BASE + "/documents"))
                .header("Authorization", "Bearer " + ApiFixture.TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Some text.")).build());
        problem(r, 403);
    }

    @Test
    void concurrentReads_allAnswerTheSame() throws Exception {
        String expected = api.get(EVENTS + "?limit=5").body();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(pool.submit(() -> api.get(EVENTS + "?limit=5")));
            }
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode());
                assertEquals(expected, r.body());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
