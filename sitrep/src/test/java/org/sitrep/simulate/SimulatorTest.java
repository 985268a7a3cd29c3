package org.sitrep.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analyse.Routes;
import org.sitrep.knowledge.places.Gazetteer;

/** A simulated world: the same seed gives the same files, and the truth hangs together. */
class SimulatorTest {
    private static final int DAYS = 60;
    private static Simulator simulator;

    @BeforeAll
    static void load() {
        simulator = new Simulator(Gazetteer.get(), Routes.standard().all());
    }

    private static SimulationSettings settings(long seed, SimulationSettings.Noise noise, int perDay) {
        return new SimulationSettings(seed, 120, DAYS, LocalDate.of(2015, 3, 1), noise, perDay, true);
    }

    @Test
    void sameSeed_sameFiles_otherSeed_otherWorld(@TempDir Path tmp) throws IOException {
        simulator.run(settings(7, SimulationSettings.Noise.PARTISAN, 8), tmp.resolve("a"));
        simulator.run(settings(7, SimulationSettings.Noise.PARTISAN, 8), tmp.resolve("b"));
        simulator.run(settings(8, SimulationSettings.Noise.PARTISAN, 8), tmp.resolve("c"));
        Map<String, String> a = files(tmp.resolve("a"));
        assertTrue(a.size() > DAYS * 8, "articles: " + a.size());
        assertEquals(a, files(tmp.resolve("b")));
        assertNotEquals(a.get("truth.jsonl"), files(tmp.resolve("c")).get("truth.jsonl"));
    }

    @Test
    void sameSeed_sameWorld_withOrWithoutNoise(@TempDir Path tmp) throws IOException {
        simulator.run(settings(3, SimulationSettings.Noise.PARTISAN, 10), tmp.resolve("noisy"));
        simulator.run(settings(3, SimulationSettings.Noise.NONE, 4), tmp.resolve("plain"));
        assertEquals(world(tmp.resolve("noisy")), world(tmp.resolve("plain")));
    }

    @Test
    void truth_controlEveryPlaceDay_eventsCoveredByTheirArticles_plantedChanges(@TempDir Path tmp) throws IOException {
        SimulationSummary s = simulator.run(settings(11, SimulationSettings.Noise.PARTISAN, 6), tmp);
        List<JsonNode> lines = truth(tmp);
        long places = kind(lines, "place").size();
        assertEquals(120, places);
        assertEquals(places * DAYS, kind(lines, "control").size());
        assertEquals((long) s.routes() * DAYS, kind(lines, "route_status").size());
        assertFalse(kind(lines, "lead_lag").isEmpty());
        assertFalse(kind(lines, "change_point").isEmpty());
        Map<String, JsonNode> articles = new HashMap<>();
        kind(lines, "article").forEach(a -> articles.put(a.path("id").asText(), a));
        assertEquals(s.articles(), articles.size());
        Set<String> roles = new HashSet<>();
        for (JsonNode a : articles.values()) {
            roles.add(a.path("role").asText());
            assertTrue(Files.isRegularFile(tmp.resolve(a.path("file").asText())), a.toString());
        }
        assertTrue(roles.containsAll(List.of("report", "roundup", "copy", "denial")), roles::toString);
        for (JsonNode e : kind(lines, "event")) {
            assertTrue(e.path("articles").size() > 0, e::toString);
            for (JsonNode id : e.path("articles")) {
                JsonNode a = articles.get(id.asText());
                assertEquals(e.path("id").asText(), a.path("event").asText());
                assertFalse(LocalDate.parse(a.path("published").asText())
                        .isBefore(LocalDate.parse(e.path("date").asText())), a::toString);
            }
        }
    }

    @Test
    void controlChangesOnlyByCapture(@TempDir Path tmp) throws IOException {
        simulator.run(settings(5, SimulationSettings.Noise.NONE, 3), tmp);
        List<JsonNode> lines = truth(tmp);
        Map<String, TreeMap<String, String>> holders = new HashMap<>();
        for (JsonNode c : kind(lines, "control")) {
            holders.computeIfAbsent(c.path("place").asText(), k -> new TreeMap<>())
                    .put(c.path("date").asText(), c.path("holder").asText());
        }
        Set<String> captured = new HashSet<>();
        for (JsonNode e : kind(lines, "event")) {
            if (e.path("type").asText().contains("territory")) {
                captured.add(e.path("place").asText() + "|" + e.path("date").asText() + "|"
                        + e.path("actor1").asText());
            }
        }
        int changes = 0;
        for (Map.Entry<String, TreeMap<String, String>> p : holders.entrySet()) {
            String before = null;
            for (Map.Entry<String, String> d : p.getValue().entrySet()) {
                if (before != null && !before.equals(d.getValue())) {
                    changes++;
                    assertTrue(captured.contains(p.getKey() + "|" + d.getKey() + "|" + d.getValue()), d::toString);
                }
                before = d.getValue();
            }
        }
        assertTrue(changes > 0);
    }

    @Test
    void plantedLeadLag_islamicStateAttacksTripleAfterACoalitionLullWeek_notWithoutIt(@TempDir Path tmp)
            throws IOException {
        for (long seed : new long[] {2, 9}) {
            double planted = attackRatioAfterLullWeeks(tmp.resolve("planted-" + seed), seed, true);
            double none = attackRatioAfterLullWeeks(tmp.resolve("none-" + seed), seed, false);
            assertTrue(planted > 2.0, "seed " + seed + " planted: " + planted);
            assertTrue(none > 0.5 && none < 1.6, "seed " + seed + " without: " + none);
        }
    }

    /**
     * Islamic State's attacks per day after a lull week of the coalition (at most half the strikes its campaign
     * planned in the seven days before, the plan read back from the truth's change points) over its attacks per day
     * after other weeks.
     */
    private static double attackRatioAfterLullWeeks(Path dir, long seed, boolean plant) throws IOException {
        int days = 365;
        LocalDate start = LocalDate.of(2016, 1, 1);
        simulator.run(new SimulationSettings(seed, 250, days, start, SimulationSettings.Noise.NONE, 1, plant), dir);
        List<JsonNode> lines = truth(dir);
        double[] planned = new double[days];
        List<JsonNode> changes = kind(lines, "change_point").stream()
                .filter(c -> c.path("actor").asText().equals(LeadLag.CAUSE)).toList();
        Arrays.fill(planned, changes.get(0).path("rate_before").asDouble());
        for (JsonNode c : changes) {
            int from = (int) ChronoUnit.DAYS.between(start, LocalDate.parse(c.path("date").asText()));
            Arrays.fill(planned, from, days, c.path("rate_after").asDouble());
        }
        int[] strikes = new int[days];
        int[] attacks = new int[days];
        for (JsonNode e : kind(lines, "event")) {
            int d = (int) ChronoUnit.DAYS.between(start, LocalDate.parse(e.path("date").asText()));
            String type = e.path("type").asText();
            if (type.equals("Air/drone strike") && e.path("actor1").asText().equals(LeadLag.CAUSE)) {
                strikes[d]++;
            } else if (!type.equals("Air/drone strike") && e.path("actor1").asText().equals(LeadLag.EFFECT)) {
                attacks[d]++;
            }
        }
        double[] sum = new double[2];
        int[] count = new int[2];
        for (int d = LeadLag.LAG_DAYS; d < days; d++) {
            int struck = 0;
            double plan = 0;
            for (int k = d - LeadLag.LAG_DAYS; k < d; k++) {
                struck += strikes[k];
                plan += planned[k];
            }
            int lull = struck <= LeadLag.LULL_SHARE * plan ? 1 : 0;
            sum[lull] += attacks[d];
            count[lull]++;
        }
        assertTrue(count[1] > 20 && count[0] > 20, "lull days " + count[1] + ", others " + count[0]);
        return (sum[1] / count[1]) / (sum[0] / count[0]);
    }

    @Test
    void tooManyPlaces_clearError(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> simulator.run(
                new SimulationSettings(1, 100_000, 5, LocalDate.of(2015, 1, 1), SimulationSettings.Noise.NONE, 2,
                        false), tmp));
        assertTrue(e.getMessage().contains("--places"), e.getMessage());
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    /** The world's lines of the truth: places, routes, change points, control, route states, events' facts. */
    private static List<String> world(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode n : truth(dir)) {
            String k = n.path("kind").asText();
            if (k.equals("event")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("articles");
            }
            if (!k.equals("article") && !k.equals("settings")) {
                out.add(n.toString());
            }
        }
        return out;
    }

    private static List<JsonNode> truth(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
            out.add(json.readTree(line));
        }
        return out;
    }

    private static List<JsonNode> kind(List<JsonNode> lines, String kind) {
        return lines.stream().filter(n -> n.path("kind").asText().equals(kind)).toList();
    }
}
