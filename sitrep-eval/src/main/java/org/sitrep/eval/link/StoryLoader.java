package org.sitrep.eval.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.knowledge.actors.GenericMention;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Reads our labelled linking set ({@code stories.jsonl}, see its README) into reports built from the gold
 * fields. Actors are resolved through the actor knowledge base when a name has exactly one candidate, else kept
 * as unresolved names (with the category a generic phrase implies). Gold fields carry no character spans, so
 * every value points at the whole evidence text. Bad lines fail with the file, line and problem.
 */
public final class StoryLoader {
    private final ActorKnowledgeBase actors;
    private final ObjectMapper json = new ObjectMapper();

    public StoryLoader(ActorKnowledgeBase actors) {
        this.actors = actors;
    }

    public List<StoryReport> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<StoryReport> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                out.add(parse(json.readTree(lines.get(i))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private StoryReport parse(JsonNode n) {
        String id = text(n, "report_id");
        String doc = text(n, "document_id");
        String body = text(n, "text");
        Mention whole = new Mention(body, new Span(0, body.length()));
        SubEventType type = SubEventType.parse(text(n, "sub_event_type"))
                .orElseThrow(() -> new IllegalArgumentException("unknown sub_event_type " + n.get("sub_event_type")));
        Modality modality = Modality.parse(text(n, "modality"))
                .orElseThrow(() -> new IllegalArgumentException("unknown modality " + n.get("modality")));
        Location location = null;
        JsonNode loc = n.get("location");
        if (loc != null && !loc.isNull()) {
            Double lat = loc.hasNonNull("lat") ? loc.get("lat").asDouble() : null;
            Double lon = loc.hasNonNull("lon") ? loc.get("lon").asDouble() : null;
            Integer precision = loc.hasNonNull("geo_precision") ? loc.get("geo_precision").asInt() : null;
            String name = text(loc, "name");
            // the words are the gold name; the span (unknown) is the whole evidence
            location = new Location(name, new Mention(name, whole.span()), lat, lon, precision, null, null, null,
                    List.of());
        }
        DateSpan date = null;
        JsonNode d = n.get("date");
        if (d != null && !d.isNull()) {
            DatePrecision p = DatePrecision.valueOf(text(d, "precision").toUpperCase(java.util.Locale.ROOT));
            // no mention: the gold date is not tied to a phrase, so linking treats it like a relative date
            date = new DateSpan(day(d, "start"), day(d, "end"), p, null, List.of());
        }
        Quantity fatalities = n.hasNonNull("fatalities") ? new Quantity(n.get("fatalities").asInt(), whole) : null;
        List<Attribution> chain = new ArrayList<>();
        for (JsonNode a : n.path("attribution")) {
            chain.add(new Attribution(text(a, "name"),
                    Attribution.Role.valueOf(text(a, "role").toUpperCase(java.util.Locale.ROOT)), null));
        }
        Report r = new Report(id, ReportKind.EVENT, null, doc, SectionKind.BODY, new Evidence(doc, body, whole.span()),
                whole, type, null, null, null, actors(n.path("actor1"), whole), actors(n.path("actor2"), whole),
                List.of(), List.of(), location, date, fatalities, null, null, modality, chain, List.of());
        String synd = n.hasNonNull("syndicated_from") ? n.get("syndicated_from").asText() : null;
        DocumentFacts facts = new DocumentFacts(doc, text(n, "outlet"), day(n, "published"), null, synd);
        return new StoryReport(r, text(n, "gold_event_id"), facts, body);
    }

    private List<ActorRef> actors(JsonNode names, Mention whole) {
        List<ActorRef> out = new ArrayList<>();
        for (JsonNode a : names) {
            String name = a.asText();
            List<Actor> c = actors.candidates(name);
            if (c.size() == 1) {
                out.add(new ActorRef(c.get(0).name(), c.get(0).id(), c.get(0).category(), whole));
                continue;
            }
            List<GenericMention> g = actors.genericCandidates(name);
            Integer category = g.size() == 1 ? g.get(0).category() : null;
            out.add(new ActorRef(name, null, category, whole));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asText();
    }

    private static LocalDate day(JsonNode n, String field) {
        try {
            return LocalDate.parse(text(n, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO date: " + n.get(field));
        }
    }
}
