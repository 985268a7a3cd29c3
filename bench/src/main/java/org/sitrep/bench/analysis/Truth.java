package org.sitrep.bench.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A simulation's ground truth, read from its {@code truth.jsonl}. */
final class Truth {
    record Holding(String holder, boolean contested) {
    }

    record TrueEvent(String id, LocalDate date, String type, String actor1, String place) {
    }

    record TrueArticle(String id, String file, String role, String event) {
    }

    LocalDate start;
    int days;
    final List<String> places = new ArrayList<>();
    final List<String> routes = new ArrayList<>();
    /** "date|place" to the holder that day. */
    final Map<String, Holding> control = new HashMap<>();
    /** "date|route" to its state that day. */
    final Map<String, String> routeStatus = new HashMap<>();
    final Map<String, TrueEvent> events = new HashMap<>();
    /** By file name (a0000001.html). */
    final Map<String, TrueArticle> articles = new HashMap<>();

    static Truth read(Path file) throws IOException {
        Truth t = new Truth();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    t.add(json.readTree(line));
                }
            }
        }
        return t;
    }

    private void add(JsonNode n) {
        switch (n.path("kind").asText()) {
            case "settings" -> {
                start = LocalDate.parse(n.path("start").asText());
                days = n.path("days").asInt();
            }
            case "place" -> places.add(n.path("id").asText());
            case "route" -> routes.add(n.path("id").asText());
            case "control" -> control.put(n.path("date").asText() + "|" + n.path("place").asText(),
                    new Holding(n.path("holder").asText(), n.path("contested").asBoolean()));
            case "route_status" -> routeStatus.put(n.path("date").asText() + "|" + n.path("route").asText(),
                    n.path("status").asText());
            case "event" -> events.put(n.path("id").asText(), new TrueEvent(n.path("id").asText(),
                    LocalDate.parse(n.path("date").asText()), n.path("type").asText(), n.path("actor1").asText(),
                    n.path("place").asText()));
            case "article" -> {
                String path = n.path("file").asText();
                String name = path.substring(path.lastIndexOf('/') + 1);
                articles.put(name, new TrueArticle(n.path("id").asText(), path, n.path("role").asText(),
                        n.path("event").isNull() ? null : n.path("event").asText()));
            }
            default -> { }
        }
    }

    LocalDate end() {
        return start.plusDays(days - 1L);
    }
}
