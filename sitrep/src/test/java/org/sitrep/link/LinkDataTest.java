package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Attribution;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.SubEventType;

/**
 * Validates the linking data: the labelled stories (test resource {@code link/stories.jsonl}), the hard-negative
 * pairs, the source registry ({@code org/sitrep/link/sources.tsv}) and the sub-event type compatibility table.
 * Each check collects every problem, naming file and line, so one run shows all that is wrong with the data.
 */
class LinkDataTest {
    static final String STORIES = "/link/stories.jsonl";
    static final String HARD_NEGATIVES = "/link/hard-negatives.tsv";
    static final String SOURCES = "/org/sitrep/link/sources.tsv";
    static final String COMPATIBILITY = "/org/sitrep/link/type-compatibility.tsv";

    static final Set<String> REQUIRED_FIELDS = Set.of("report_id", "gold_event_id", "document_id", "outlet",
            "published", "text", "event_type", "sub_event_type", "actor1", "actor2", "location", "date",
            "fatalities", "modality", "attribution", "relay_of", "syndicated_from");
    static final Set<String> OPTIONAL_FIELDS = Set.of("contradiction");
    static final Set<String> CONTRADICTION_KINDS = Set.of("outcome", "number", "responsibility", "denial");
    static final Set<String> AFFILIATIONS = Set.of("state-owned", "government-aligned", "opposition-aligned",
            "party-affiliated", "armed-group media", "monitor", "wire service", "independent");
    static final List<String> SOURCE_HEADER = List.of("name", "aliases", "domains", "country", "languages",
            "affiliation", "aligned_with", "format", "basis", "reference_url");

    // Syria and its neighbours (Turkey's south, Lebanon, Israel, Jordan, Iraq): wide enough for every place a
    // Syria story names, narrow enough to catch swapped lat/lon or a sign slip.
    static final double MIN_LAT = 29.0, MAX_LAT = 38.5, MIN_LON = 34.0, MAX_LON = 48.7;
    static final LocalDate EARLIEST = LocalDate.of(2011, 3, 1), LATEST = LocalDate.of(2021, 12, 31);
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"'‘“])");
    static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    static final ObjectMapper JSON = new ObjectMapper();

    static List<Story> stories;
    static Map<String, Set<String>> compatible;

    @BeforeAll
    static void load() {
        List<String> problems = new ArrayList<>();
        stories = parseStories(readLines(STORIES), STORIES, problems);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        compatible = parseCompatibility(readLines(COMPATIBILITY), COMPATIBILITY, problems);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    // ------------------------------------------------------------------------------------------------ stories

    /** One labelled report, as read from a line of stories.jsonl. */
    record Story(int line, String reportId, String eventId, String documentId, String outlet, LocalDate published,
                 String text, SubEventType type, String place, double lat, double lon, int geoPrecision,
                 LocalDate start, LocalDate end, Integer fatalities, Modality modality, List<String[]> attribution,
                 String relayOf, String syndicatedFrom, String contradictionWith, String contradictionKind) {
    }

    static List<Story> parseStories(List<String> lines, String file, List<String> problems) {
        List<Story> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                problems.add(file + " line " + (i + 1) + ": blank line");
                continue;
            }
            parseStory(lines.get(i), i + 1, file, problems).ifPresent(out::add);
        }
        return out;
    }

    static Optional<Story> parseStory(String line, int n, String file, List<String> problems) {
        String at = file + " line " + n + ": ";
        int before = problems.size();
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(at + "not JSON: " + e.getOriginalMessage());
            return Optional.empty();
        }
        if (o == null || !o.isObject()) {
            problems.add(at + "not a JSON object");
            return Optional.empty();
        }
        for (String f : REQUIRED_FIELDS) {
            if (!o.has(f)) {
                problems.add(at + "missing field '" + f + "'");
            }
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!REQUIRED_FIELDS.contains(f) && !OPTIONAL_FIELDS.contains(f)) {
                problems.add(at + "unknown field '" + f + "'");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String id = text(o, "report_id", at, problems);
        String eventId = text(o, "gold_event_id", at, problems);
        String doc = text(o, "document_id", at, problems);
        String outlet = text(o, "outlet", at, problems);
        LocalDate published = date(o.get("published"), "published", at, problems);
        String body = text(o, "text", at, problems);
        if (body != null) {
            int sentences = SENTENCE_END.split(body.trim()).length;
            if (sentences > 3) {
                problems.add(at + "text has " + sentences + " sentences; a report is 1-3");
            }
        }
        SubEventType type = null;
        String sub = text(o, "sub_event_type", at, problems);
        if (sub != null) {
            type = Arrays.stream(SubEventType.values()).filter(t -> t.label().equals(sub)).findFirst().orElse(null);
            if (type == null) {
                problems.add(at + "sub_event_type '" + sub + "' is not an ACLED label");
            } else if (!type.eventType().label().equals(o.get("event_type").asText())) {
                problems.add(at + "event_type '" + o.get("event_type").asText() + "' does not match '" + sub
                        + "' (expected '" + type.eventType().label() + "')");
            }
        }
        for (String f : List.of("actor1", "actor2")) {
            JsonNode a = o.get(f);
            if (!a.isArray()) {
                problems.add(at + f + " must be an array of names");
            } else {
                a.forEach(x -> {
                    if (!x.isTextual() || x.asText().isBlank()) {
                        problems.add(at + f + " holds a blank or non-text name");
                    }
                });
            }
        }
        JsonNode loc = o.get("location");
        String place = loc.path("name").asText("");
        double lat = loc.path("lat").asDouble(Double.NaN), lon = loc.path("lon").asDouble(Double.NaN);
        int geo = loc.path("geo_precision").asInt(0);
        if (place.isBlank()) {
            problems.add(at + "location has no name");
        }
        if (!loc.path("lat").isNumber() || !loc.path("lon").isNumber()) {
            problems.add(at + "location lat/lon must be numbers");
        } else if (lat < MIN_LAT || lat > MAX_LAT || lon < MIN_LON || lon > MAX_LON) {
            problems.add(at + "location " + lat + "," + lon + " lies outside Syria and its neighbours");
        }
        if (geo < 1 || geo > 3) {
            problems.add(at + "geo_precision must be 1, 2 or 3");
        }
        JsonNode d = o.get("date");
        LocalDate start = date(d.get("start"), "date.start", at, problems);
        LocalDate end = date(d.get("end"), "date.end", at, problems);
        String precision = d.path("precision").asText("");
        if (Arrays.stream(DatePrecision.values()).noneMatch(p -> p.wireName().equals(precision))) {
            problems.add(at + "date.precision '" + precision + "' is not one of day, week, month, year");
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(at + "date ends before it starts");
        }
        if (start != null && published != null && published.isBefore(start)) {
            problems.add(at + "published " + published + " before the event starts " + start);
        }
        Integer fatalities = null;
        JsonNode fat = o.get("fatalities");
        if (!fat.isNull()) {
            if (!fat.isInt() || fat.asInt() < 0) {
                problems.add(at + "fatalities must be null or a non-negative integer");
            } else {
                fatalities = fat.asInt();
            }
        }
        Modality modality = Modality.parse(o.get("modality").asText(null)).orElse(null);
        if (modality == null) {
            problems.add(at + "modality '" + o.get("modality").asText() + "' is unknown");
        }
        List<String[]> chain = attribution(o.get("attribution"), outlet, at, problems);
        String relay = nullableText(o, "relay_of", at, problems);
        if (relay != null && chain.stream().noneMatch(a -> a[0].equals(relay) && a[1].equals("outlet"))) {
            problems.add(at + "relay_of '" + relay + "' is not an outlet link of the attribution chain");
        }
        String synd = nullableText(o, "syndicated_from", at, problems);
        String cWith = null, cKind = null;
        if (o.has("contradiction")) {
            JsonNode c = o.get("contradiction");
            cWith = c.path("with").asText("");
            cKind = c.path("kind").asText("");
            if (cWith.isBlank() || !CONTRADICTION_KINDS.contains(cKind) || c.size() != 2) {
                problems.add(at + "contradiction needs exactly 'with' (a report id) and 'kind' in "
                        + new TreeSet<>(CONTRADICTION_KINDS));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Story(n, id, eventId, doc, outlet, published, body, type, place, lat, lon, geo,
                start, end, fatalities, modality, chain, relay, synd, cWith, cKind));
    }

    static List<String[]> attribution(JsonNode a, String outlet, String at, List<String> problems) {
        List<String[]> chain = new ArrayList<>();
        if (!a.isArray() || a.isEmpty()) {
            problems.add(at + "attribution must be a non-empty array");
            return chain;
        }
        for (JsonNode link : a) {
            String name = link.path("name").asText("");
            String role = link.path("role").asText("");
            if (name.isBlank() || Arrays.stream(Attribution.Role.values()).noneMatch(r -> r.wireName().equals(role))) {
                problems.add(at + "attribution link needs a name and a role in speaker, organisation, outlet, "
                        + "author, document_outlet: " + link);
            }
            chain.add(new String[] {name, role});
        }
        String[] last = chain.get(chain.size() - 1);
        if (!last[1].equals("document_outlet") || !last[0].equals(outlet)) {
            problems.add(at + "attribution must end with the document's outlet '" + outlet + "' as document_outlet");
        }
        if (chain.stream().filter(l -> l[1].equals("document_outlet")).count() != 1) {
            problems.add(at + "attribution must have exactly one document_outlet link");
        }
        return chain;
    }

    @Test
    void parseStory_missingField_namesFileLineAndField() {
        List<String> problems = new ArrayList<>();
        String line = STORIES_SAMPLE.replace("\"fatalities\": 3, ", "");
        assertTrue(parseStory(line, 7, "x.jsonl", problems).isEmpty());
        assertEquals(List.of("x.jsonl line 7: missing field 'fatalities'"), problems);
    }

    @Test
    void parseStory_eventTypeNotMatchingSubType_isReported() {
        List<String> problems = new ArrayList<>();
        String line = STORIES_SAMPLE.replace("\"event_type\": \"Battles\"", "\"event_type\": \"Protests\"");
        parseStory(line, 1, "x.jsonl", problems);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("does not match 'Armed clash'"), problems::toString);
    }

    @Test
    void parseStory_slippedCoordinateAndEventAfterPublication_areBothReported() {
        List<String> problems = new ArrayList<>();
        String line = STORIES_SAMPLE.replace("\"lat\": 35.78", "\"lat\": 3.578")
                .replace("\"start\": \"2015-10-23\"", "\"start\": \"2015-10-25\"");
        parseStory(line, 1, "x.jsonl", problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("outside Syria")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("before the event starts")), problems::toString);
    }

    @Test
    void parseStory_wellFormedSample_hasNoProblems() {
        List<String> problems = new ArrayList<>();
        Optional<Story> s = parseStory(STORIES_SAMPLE, 1, "x.jsonl", problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertEquals(SubEventType.ARMED_CLASH, s.orElseThrow().type());
        assertEquals(3, s.orElseThrow().fatalities());
    }

    static final String STORIES_SAMPLE = "{\"report_id\": \"r1\", \"gold_event_id\": \"e1\", \"document_id\": \"d1\", "
            + "\"outlet\": \"Reuters\", \"published\": \"2015-10-24\", \"text\": \"Fighting went on. Three died.\", "
            + "\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\", \"actor1\": [\"Islamic State\"], "
            + "\"actor2\": [], \"location\": {\"name\": \"Khanasser\", \"lat\": 35.78, \"lon\": 37.5, "
            + "\"geo_precision\": 1}, \"date\": {\"start\": \"2015-10-23\", \"end\": \"2015-10-23\", "
            + "\"precision\": \"day\"}, \"fatalities\": 3, \"modality\": \"reported\", \"attribution\": "
            + "[{\"name\": \"Reuters\", \"role\": \"document_outlet\"}], \"relay_of\": null, "
            + "\"syndicated_from\": null}";

    @Test
    void stories_reportIds_areUnique() {
        Set<String> seen = new HashSet<>();
        List<String> dups = stories.stream().filter(s -> !seen.add(s.reportId()))
                .map(s -> STORIES + " line " + s.line() + ": duplicate report_id " + s.reportId()).toList();
        assertTrue(dups.isEmpty(), () -> String.join("\n", dups));
    }

    @Test
    void stories_counts_meetTheMinimumSize() {
        Map<String, List<Story>> byEvent = byEvent();
        long multi = byEvent.values().stream().filter(l -> l.size() >= 2).count();
        assertTrue(stories.size() >= 150, "need >= 150 reports, have " + stories.size());
        assertTrue(multi >= 30, "need >= 30 events with >= 2 reports, have " + multi);
    }

    @Test
    void stories_eachEvent_usesOneTypeOrCompatibleTypes() {
        List<String> problems = new ArrayList<>();
        byEvent().forEach((event, reports) -> {
            Set<String> types = new TreeSet<>();
            reports.forEach(r -> types.add(r.type().label()));
            for (String a : types) {
                for (String b : types) {
                    if (a.compareTo(b) < 0 && !compatible(a, b)) {
                        problems.add(event + ": '" + a + "' and '" + b + "' are not listed as compatible in "
                                + COMPATIBILITY);
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void stories_eachEvent_hasReportsWithinAWeekAndFiftyKilometres() {
        List<String> problems = new ArrayList<>();
        byEvent().forEach((event, reports) -> {
            LocalDate earliestEnd = reports.stream().map(Story::end).min(LocalDate::compareTo).orElseThrow();
            LocalDate latestStart = reports.stream().map(Story::start).max(LocalDate::compareTo).orElseThrow();
            if (ChronoUnit.DAYS.between(earliestEnd, latestStart) > 7) {
                problems.add(event + ": its reports' dates are more than a week apart");
            }
            for (Story a : reports) {
                for (Story b : reports) {
                    if (km(a.lat(), a.lon(), b.lat(), b.lon()) > 50) {
                        problems.add(event + ": " + a.reportId() + " and " + b.reportId() + " are over 50 km apart");
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void stories_samePlaceName_hasSameCoordinates() {
        Map<String, Story> first = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Story s : stories) {
            Story f = first.putIfAbsent(s.place(), s);
            if (f != null && (f.lat() != s.lat() || f.lon() != s.lon() || f.geoPrecision() != s.geoPrecision())) {
                problems.add(STORIES + " line " + s.line() + ": '" + s.place() + "' coded differently from line "
                        + f.line());
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void stories_documents_belongToOneOutletAndDate() {
        Map<String, Story> first = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Story s : stories) {
            Story f = first.putIfAbsent(s.documentId(), s);
            if (f != null && (!f.outlet().equals(s.outlet()) || !f.published().equals(s.published()))) {
                problems.add(STORIES + " line " + s.line() + ": document " + s.documentId()
                        + " has another outlet or date on line " + f.line());
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void stories_contradictions_pointToAnotherReportOfTheSameEvent() {
        Map<String, Story> byId = byId();
        List<String> problems = new ArrayList<>();
        stories.stream().filter(s -> s.contradictionWith() != null).forEach(s -> {
            Story other = byId.get(s.contradictionWith());
            if (other == null) {
                problems.add(STORIES + " line " + s.line() + ": contradiction with unknown report "
                        + s.contradictionWith());
            } else if (other == s || !other.eventId().equals(s.eventId())) {
                problems.add(STORIES + " line " + s.line() + ": contradiction must name another report of "
                        + s.eventId());
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        Set<String> kinds = new TreeSet<>();
        stories.stream().map(Story::contradictionKind).filter(Objects::nonNull).forEach(kinds::add);
        assertEquals(new TreeSet<>(CONTRADICTION_KINDS), kinds, "every contradiction kind should be exemplified");
    }

    @Test
    void stories_syndicatedCopies_repeatTheirSourceTextFromAnotherOutlet() {
        List<String> problems = new ArrayList<>();
        stories.stream().filter(s -> s.syndicatedFrom() != null).forEach(s -> {
            Optional<Story> src = stories.stream()
                    .filter(o -> o.documentId().equals(s.syndicatedFrom()) && o.eventId().equals(s.eventId()))
                    .findFirst();
            if (src.isEmpty()) {
                problems.add(STORIES + " line " + s.line() + ": syndicated_from " + s.syndicatedFrom()
                        + " has no report of the same event");
            } else if (!src.get().text().equals(s.text()) || src.get().outlet().equals(s.outlet())
                    || s.published().isBefore(src.get().published())) {
                problems.add(STORIES + " line " + s.line() + ": a syndicated copy repeats the text of an earlier "
                        + "report by another outlet");
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertTrue(stories.stream().anyMatch(s -> s.syndicatedFrom() != null), "no syndicated copy in the set");
        assertTrue(stories.stream().anyMatch(s -> s.relayOf() != null), "no relayed report in the set");
    }

    @Test
    void stories_outletsAndRelays_areInTheSourceRegistry() {
        Set<String> known = new HashSet<>();
        parseSources(readLines(SOURCES), SOURCES, new ArrayList<>())
                .forEach(r -> r.names().forEach(n -> known.add(n.toLowerCase(Locale.ROOT))));
        List<String> problems = new ArrayList<>();
        for (Story s : stories) {
            for (String o : new String[] {s.outlet(), s.relayOf()}) {
                if (o != null && !known.contains(o.toLowerCase(Locale.ROOT))) {
                    problems.add(STORIES + " line " + s.line() + ": outlet '" + o + "' is not in " + SOURCES);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    // -------------------------------------------------------------------------------------------- hard negatives

    @Test
    void hardNegatives_pairs_holdTheirStatedRelation() {
        Map<String, List<Story>> byEvent = byEvent();
        List<String> problems = new ArrayList<>();
        List<String[]> rows = tsv(readLines(HARD_NEGATIVES), HARD_NEGATIVES, List.of("event_a", "event_b", "kind",
                "note"), problems);
        for (String[] r : rows) {
            String at = HARD_NEGATIVES + " " + r[0] + " / " + r[1] + ": ";
            List<Story> a = byEvent.get(r[0]), b = byEvent.get(r[1]);
            if (a == null || b == null) {
                problems.add(at + "unknown gold event");
                continue;
            }
            double km = km(a.get(0).lat(), a.get(0).lon(), b.get(0).lat(), b.get(0).lon());
            LocalDate aStart = a.stream().map(Story::start).min(LocalDate::compareTo).orElseThrow();
            LocalDate aEnd = a.stream().map(Story::end).max(LocalDate::compareTo).orElseThrow();
            LocalDate bStart = b.stream().map(Story::start).min(LocalDate::compareTo).orElseThrow();
            LocalDate bEnd = b.stream().map(Story::end).max(LocalDate::compareTo).orElseThrow();
            boolean overlap = !aEnd.isBefore(bStart) && !bEnd.isBefore(aStart);
            long gap = overlap ? 0 : Math.max(ChronoUnit.DAYS.between(aEnd, bStart), ChronoUnit.DAYS.between(bEnd,
                    aStart));
            boolean holds = switch (r[2]) {
                case "same_day_other_place" -> overlap && km > 5;
                case "same_place_other_day" -> !overlap && km <= 25 && gap < 365;
                case "same_place_years_later" -> km <= 25 && gap >= 365;
                default -> {
                    problems.add(at + "unknown kind '" + r[2] + "'");
                    yield true;
                }
            };
            if (!holds) {
                problems.add(at + r[2] + " does not hold (" + Math.round(km) + " km, " + gap + " days apart)");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        Set<String> kinds = new TreeSet<>();
        rows.forEach(r -> kinds.add(r[2]));
        assertEquals(Set.of("same_day_other_place", "same_place_other_day", "same_place_years_later"), kinds);
    }

    // ----------------------------------------------------------------------------------------------- sources

    /** One row of the source registry. */
    record Source(int line, String name, List<String> aliases, List<String> domains, String affiliation,
                  String reference) {
        List<String> names() {
            List<String> all = new ArrayList<>(aliases);
            all.add(0, name);
            return all;
        }
    }

    static List<Source> parseSources(List<String> lines, String file, List<String> problems) {
        List<Source> out = new ArrayList<>();
        int n = 0;
        for (String[] f : tsv(lines, file, SOURCE_HEADER, problems)) {
            n++;
            String at = file + " row " + n + " (" + f[0] + "): ";
            if (f[0].isBlank()) {
                problems.add(at + "no outlet name");
            }
            if (!AFFILIATIONS.contains(f[5])) {
                problems.add(at + "affiliation '" + f[5] + "' is not one of " + new TreeSet<>(AFFILIATIONS));
            }
            if (!f[3].isEmpty() && !f[3].matches("[A-Z]{2}")) {
                problems.add(at + "country must be an ISO 3166-1 alpha-2 code or empty");
            }
            if (list(f[4]).stream().anyMatch(l -> !l.matches("[a-z]{2}"))) {
                problems.add(at + "languages must be ISO 639-1 codes separated by '|'");
            }
            if (f[7].isBlank() || f[8].isBlank()) {
                problems.add(at + "format and basis are required");
            }
            List<String> domains = list(f[2]);
            domains.stream().filter(d -> !HOST.matcher(d).matches())
                    .forEach(d -> problems.add(at + "domain '" + d + "' is not a lower-case host name"));
            if (!isReferenceUrl(f[9])) {
                problems.add(at + "reference_url '" + f[9] + "' is not an https URL with a host");
            }
            out.add(new Source(n, f[0], list(f[1]), domains, f[5], f[9]));
        }
        return out;
    }

    static boolean isReferenceUrl(String s) {
        try {
            URI u = new URI(s);
            return "https".equals(u.getScheme()) && u.getHost() != null && u.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Test
    void sources_everyRow_hasAllowedAffiliationAndReference() {
        List<String> problems = new ArrayList<>();
        List<Source> sources = parseSources(readLines(SOURCES), SOURCES, problems);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertTrue(sources.size() >= 50, "registry should cover ~50 outlets, has " + sources.size());
    }

    @Test
    void sources_namesAliasesAndDomains_areUnique() {
        List<String> problems = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (Source s : parseSources(readLines(SOURCES), SOURCES, new ArrayList<>())) {
            List<String> keys = new ArrayList<>();
            s.names().forEach(n -> keys.add("name " + n.toLowerCase(Locale.ROOT)));
            s.domains().forEach(d -> keys.add("domain " + d));
            for (String k : keys) {
                String prev = owner.putIfAbsent(k, s.name());
                if (prev != null) {
                    problems.add(SOURCES + ": " + k + " of '" + s.name() + "' is already used by '" + prev + "'");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void parseSources_unknownAffiliationAndHttpReference_areReported() {
        List<String> problems = new ArrayList<>();
        List<String> lines = List.of(String.join("\t", SOURCE_HEADER),
                "Example Times\t\texample.com\tGB\ten\tpro-rebel\t\tnewspaper\tA paper\thttp://example.com/about");
        parseSources(lines, "s.tsv", problems);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("s.tsv row 1 (Example Times): affiliation 'pro-rebel'"), problems::toString);
        assertTrue(problems.get(1).contains("reference_url"), problems::toString);
    }

    // ----------------------------------------------------------------------------------- type compatibility

    static Map<String, Set<String>> parseCompatibility(List<String> lines, String file, List<String> problems) {
        Map<String, Set<String>> out = new HashMap<>();
        Set<String> labels = new HashSet<>();
        Arrays.stream(SubEventType.values()).forEach(t -> labels.add(t.label()));
        int n = 0;
        for (String[] f : tsv(lines, file, List.of("sub_event_type_a", "sub_event_type_b", "why"), problems)) {
            n++;
            String at = file + " row " + n + ": ";
            if (!labels.contains(f[0]) || !labels.contains(f[1])) {
                problems.add(at + "'" + f[0] + "' / '" + f[1] + "' must both be ACLED sub-event labels");
            } else if (f[0].equals(f[1])) {
                problems.add(at + "a type is always compatible with itself; do not list it");
            } else if (f[2].isBlank()) {
                problems.add(at + "say why the two types may describe one event");
            } else if (!out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1])
                    | !out.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[0])) {
                problems.add(at + "pair listed twice");
            }
        }
        return out;
    }

    @Test
    void parseCompatibility_misspelledLabelAndDuplicatePair_areReported() {
        List<String> problems = new ArrayList<>();
        parseCompatibility(List.of("sub_event_type_a\tsub_event_type_b\twhy",
                "Armed clash\tAir strike\tmisspelt",
                "Armed clash\tNon-state actor overtakes territory\tone fight",
                "Non-state actor overtakes territory\tArmed clash\tthe same pair reversed"), "c.tsv", problems);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("c.tsv row 1:"), problems::toString);
        assertTrue(problems.get(1).startsWith("c.tsv row 3: pair listed twice"), problems::toString);
    }

    static boolean compatible(String a, String b) {
        return compatible.getOrDefault(a, Set.of()).contains(b);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    Map<String, List<Story>> byEvent() {
        Map<String, List<Story>> m = new LinkedHashMap<>();
        stories.forEach(s -> m.computeIfAbsent(s.eventId(), k -> new ArrayList<>()).add(s));
        return m;
    }

    Map<String, Story> byId() {
        Map<String, Story> m = new HashMap<>();
        stories.forEach(s -> m.putIfAbsent(s.reportId(), s));
        return m;
    }

    /** Rows of a tab-separated file after its '#' comment lines and the expected header; wrong widths reported. */
    static List<String[]> tsv(List<String> lines, String file, List<String> header, List<String> problems) {
        List<String[]> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || (line.isBlank() && !headerSeen)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!headerSeen) {
                headerSeen = true;
                if (!Arrays.asList(f).equals(header)) {
                    problems.add(file + " line " + (i + 1) + ": header must be " + String.join("<TAB>", header));
                    return rows;
                }
                continue;
            }
            if (f.length != header.size()) {
                problems.add(file + " line " + (i + 1) + ": " + f.length + " fields, expected " + header.size());
                continue;
            }
            for (int j = 0; j < f.length; j++) {
                f[j] = f[j].strip();
            }
            rows.add(f);
        }
        if (!headerSeen) {
            problems.add(file + ": no header line");
        }
        return rows;
    }

    static List<String> list(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split("\\|")).map(String::strip).toList();
    }

    static String text(JsonNode o, String field, String at, List<String> problems) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(at + field + " must be a non-empty string");
            return null;
        }
        return v.asText();
    }

    static String nullableText(JsonNode o, String field, String at, List<String> problems) {
        JsonNode v = o.get(field);
        if (v.isNull()) {
            return null;
        }
        return text(o, field, at, problems);
    }

    static LocalDate date(JsonNode v, String field, String at, List<String> problems) {
        if (v == null || !v.isTextual()) {
            problems.add(at + field + " must be a YYYY-MM-DD string");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.asText());
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                problems.add(at + field + " " + d + " is outside " + EARLIEST + ".." + LATEST);
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(at + field + " '" + v.asText() + "' is not a valid YYYY-MM-DD date");
            return null;
        }
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static List<String> readLines(String resource) {
        InputStream in = LinkDataTest.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource not found on the classpath: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
