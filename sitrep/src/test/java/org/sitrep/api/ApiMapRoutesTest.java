package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.api.ApiFixture.body;
import static org.sitrep.api.ApiFixture.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.RouteDay;

/** The routes the web page reads (grid, routes, route status, control) and the page's own headers. */
class ApiMapRoutesTest {
    private static final String BASE = ApiServer.BASE;

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

    @Test
    void aggregate_countsEveryPlacedEventOnce_andTheDatedOnesByDay() {
        List<Event> all = api.sitrep.events(Query.all());
        List<Event> placed = all.stream().filter(e -> e.location() != null && e.location().resolved()).toList();
        for (int zoom : List.of(0, 6, 12)) {
            JsonNode grid = body(api.get(BASE + "/events/aggregate?zoom=" + zoom), 200);
            assertEquals(placed.size(), grid.get("events").asInt());
            assertEquals(all.size() - placed.size(), grid.get("unplaced").asInt());
            Set<String> listed = new TreeSet<>();
            int counted = 0;
            for (JsonNode c : grid.get("cells")) {
                counted += c.get("count").asInt();
                int byType = 0;
                for (JsonNode n : c.get("types")) {
                    byType += n.asInt();
                }
                assertEquals(c.get("count").asInt(), byType);
                c.get("events").forEach(e -> listed.add(e.get("id").asText()));
            }
            assertEquals(placed.size(), counted);
            assertEquals(new TreeSet<>(placed.stream().map(Event::id).toList()), listed, "a small store lists all");
        }
        assertTrue(body(api.get(BASE + "/events/aggregate?zoom=0"), 200).get("cells").size()
                < body(api.get(BASE + "/events/aggregate?zoom=12"), 200).get("cells").size(), "cells shrink");
        TreeMap<String, Integer> days = new TreeMap<>();
        all.stream().filter(e -> e.date() != null).forEach(e -> days.merge(e.date().start().toString(), 1,
                Integer::sum));
        TreeMap<String, Integer> answered = new TreeMap<>();
        body(api.get(BASE + "/events/aggregate"), 200).get("days")
                .forEach(d -> answered.put(d.get("date").asText(), d.get("count").asInt()));
        assertEquals(days, answered);
    }

    @Test
    void aggregate_appliesTheEventFilters() {
        String q = "type=Battles&from=2015-10-01&to=2015-10-31&bbox=35,33,40,37";
        List<Event> expected = api.sitrep.events(Query.all().type("Battles").from(LocalDate.of(2015, 10, 1))
                .to(LocalDate.of(2015, 10, 31)).bbox(org.sitrep.model.Box.parse("35,33,40,37")));
        assertFalse(expected.isEmpty());
        JsonNode grid = body(api.get(BASE + "/events/aggregate?zoom=14&" + q), 200);
        Set<String> listed = new TreeSet<>();
        grid.get("cells").forEach(c -> c.get("events").forEach(e -> listed.add(e.get("id").asText())));
        assertEquals(new TreeSet<>(expected.stream().map(Event::id).toList()), listed);
    }

    @Test
    void eventPoints_selectWhatTheStoreSelects_onEveryFilterTheyAnswer() {
        EventPoints points = new EventPoints(api.sitrep);
        int nonEmpty = 0;
        for (String q : List.of("", "reliability=F", "reliability=C", "min_credibility=3", "min_credibility=2",
                "contested=true", "type=Battles", "type=Air/drone strike", "from=2015-10-25", "to=2015-10-25",
                "from=2015-10-24&to=2015-10-26", "bbox=36,34,38,37", "bbox=170,-10,-170,10",
                "type=Explosions/Remote violence&bbox=35,32,43,38&from=2015-01-01&min_credibility=4")) {
            java.util.Map<String, List<String>> params = new java.util.HashMap<>();
            for (String kv : q.isEmpty() ? new String[0] : q.split("&")) {
                params.put(kv.substring(0, kv.indexOf('=')), List.of(kv.substring(kv.indexOf('=') + 1)));
            }
            Query query = EventParams.parse(params).query();
            assertTrue(EventPoints.answers(query), q);
            Set<String> fromMemory = new TreeSet<>();
            points.select(query, p -> fromMemory.add(p.id()));
            Set<String> fromStore = new TreeSet<>(api.sitrep.events(query).stream().map(Event::id).toList());
            assertEquals(fromStore, fromMemory, q);
            nonEmpty += fromStore.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty >= 10, "most filters select something here: " + nonEmpty);
        assertFalse(EventPoints.answers(Query.all().actor("Islamic State")), "the store answers actor filters");
    }

    @Test
    void aggregate_refusesWhatItCannotAnswer() {
        assertEquals("zoom", problem(api.get(BASE + "/events/aggregate?zoom=23"), 400).get("parameter").asText());
        assertEquals("zoom", problem(api.get(BASE + "/events/aggregate?zoom=x"), 400).get("parameter").asText());
        assertEquals("limit", problem(api.get(BASE + "/events/aggregate?limit=5"), 400).get("parameter").asText());
        assertEquals("zzz", problem(api.get(BASE + "/events/aggregate?zzz=1"), 400).get("parameter").asText());
    }

    @Test
    void routes_andARoutesDays_asTheCommandLineGivesThem() {
        JsonNode routes = body(api.get(BASE + "/routes"), 200).get("routes");
        List<String> ids = new ArrayList<>();
        routes.forEach(r -> ids.add(r.get("id").asText()));
        assertTrue(ids.contains("road:khanasser"), ids.toString());
        JsonNode khanasser = routes.get(ids.indexOf("road:khanasser"));
        assertTrue(khanasser.get("towns").size() >= 2);
        assertTrue(khanasser.get("towns").get(0).has("lat"));

        LocalDate from = LocalDate.of(2015, 10, 20);
        LocalDate to = LocalDate.of(2015, 11, 6);
        JsonNode answer = body(api.get(BASE + "/routes/khanasser/status?from=" + from + "&to=" + to), 200);
        assertEquals("road:khanasser", answer.get("days").get(0).get("route").get("id").asText());
        List<RouteDay> days = api.sitrep.routeDays("road:khanasser", from, to);
        assertEquals(days.size(), answer.get("days").size());
        for (int i = 0; i < days.size(); i++) {
            JsonNode d = answer.get("days").get(i);
            assertEquals(days.get(i).date().toString(), d.get("date").asText());
            assertEquals(days.get(i).status().wireName(), d.get("status").asText());
            assertEquals(days.get(i).reasons().size(), d.get("reasons").size());
        }
        JsonNode cutDay = answer.get("days").get(4);
        assertEquals("2015-10-24", cutDay.get("date").asText());
        assertEquals("cut", cutDay.get("status").asText());
        assertTrue(cutDay.get("segments").get(0).has("cut_at"));
        assertEquals(404, problem(api.get(BASE + "/routes/nowhere/status"), 404).get("status").asInt());
        assertEquals("to", problem(api.get(BASE + "/routes/khanasser/status?from=2015-10-20&to=2015-10-01"), 400)
                .get("parameter").asText());
    }

    @Test
    void control_byPlace_andByBox() {
        LocalDate at = LocalDate.of(2015, 10, 26);
        List<ControlInterval> expected = api.sitrep.control("Ithriyah", at, at);
        JsonNode one = body(api.get(BASE + "/control?place=Ithriyah&at=" + at), 200).get("intervals");
        assertEquals(expected.size(), one.size());
        assertEquals(expected.get(0).status().wireName(), one.get(0).get("status").asText());
        JsonNode box = body(api.get(BASE + "/control?bbox=37.5,35,38,36.5&at=" + at), 200).get("intervals");
        List<String> places = new ArrayList<>();
        box.forEach(c -> places.add(c.get("place").get("name").asText()));
        assertTrue(places.contains("Ithriyah"), places.toString());
        assertTrue(places.stream().noneMatch(p -> p.equals("As Salamīyah")), "outside the box: " + places);
        assertEquals("place", problem(api.get(BASE + "/control?at=" + at), 400).get("parameter").asText());
        assertEquals("at", problem(api.get(BASE + "/control?place=Ithriyah"), 400).get("parameter").asText());
        assertEquals(404, problem(api.get(BASE + "/control?place=Xqzvwkj&at=" + at), 404).get("status").asInt());
    }

    @Test
    void thePage_isServedWithAStrictPolicy_andTheApiKeepsItsOwn() {
        HttpResponse<String> page = api.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/webjars/leaflet/"), "Leaflet from its WebJar");
        assertFalse(page.body().contains("<script>") || page.body().contains("http://")
                || page.body().contains("https://"), "no inline script, nothing from elsewhere");
        assertEquals(WebPage.POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(200, api.get("/basemap.geojson").statusCode());
        assertEquals("default-src 'none'; frame-ancestors 'none'", api.get(BASE + "/health").headers()
                .firstValue("Content-Security-Policy").orElse(""));
    }
}
