package org.sitrep.json;

import static org.sitrep.json.JsonFields.elements;
import static org.sitrep.json.JsonFields.integer;
import static org.sitrep.json.JsonFields.required;
import static org.sitrep.json.JsonFields.stringList;
import static org.sitrep.json.JsonFields.strings;
import static org.sitrep.json.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AirwarsGrade;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Grade;
import org.sitrep.model.SourceTally;
import org.sitrep.model.ValueSource;

/** The JSON of an event's assessment: provenance of its values, source tally, contradictions and grade. */
final class AssessmentJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AssessmentJson() {
    }

    static ArrayNode provenance(List<ValueSource> values) {
        ArrayNode a = F.arrayNode();
        for (ValueSource v : values) {
            ObjectNode o = a.addObject();
            o.put("field", v.field());
            o.put("report_id", v.reportId());
            o.put("source", v.source());
        }
        return a;
    }

    static List<ValueSource> provenance(JsonNode n) {
        List<ValueSource> out = new ArrayList<>();
        if (n != null && !n.isNull()) {
            for (JsonNode v : elements(n, "provenance")) {
                out.add(new ValueSource(required(v, "field"), required(v, "report_id"), text(v, "source")));
            }
        }
        return out;
    }

    static ObjectNode tally(SourceTally t) {
        ObjectNode o = F.objectNode();
        o.put("documents", t.documents());
        o.put("outlets", t.outlets().size());
        o.put("independent_sources", t.independent());
        o.set("outlet_names", strings(t.outlets()));
        o.set("speakers", strings(t.speakers()));
        o.set("independent_source_names", strings(t.independentSources()));
        o.set("notes", strings(t.notes()));
        return o;
    }

    static SourceTally tally(JsonNode n) {
        if (n == null || n.isNull()) {
            return SourceTally.empty();
        }
        return new SourceTally(integer(n.get("documents"), "tally.documents"), stringList(n, "outlet_names"),
                stringList(n, "speakers"), stringList(n, "independent_source_names"), stringList(n, "notes"));
    }

    static ArrayNode contradictions(List<Contradiction> values) {
        ArrayNode a = F.arrayNode();
        for (Contradiction c : values) {
            ObjectNode o = a.addObject();
            o.put("kind", c.kind().wireName());
            o.put("summary", c.summary());
            ArrayNode sides = o.putArray("sides");
            for (Contradiction.Side side : c.sides()) {
                ObjectNode so = sides.addObject();
                so.put("position", side.position());
                so.set("report_ids", strings(side.reportIds()));
                so.set("sources", strings(side.sources()));
            }
        }
        return a;
    }

    static List<Contradiction> contradictions(JsonNode n) {
        List<Contradiction> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        for (JsonNode c : elements(n, "contradictions")) {
            List<Contradiction.Side> sides = new ArrayList<>();
            for (JsonNode so : elements(c.get("sides"), "contradictions.sides")) {
                sides.add(new Contradiction.Side(required(so, "position"), stringList(so, "report_ids"),
                        stringList(so, "sources")));
            }
            Contradiction.Kind kind;
            try {
                kind = Contradiction.Kind.fromWire(required(c, "kind"));
            } catch (IllegalArgumentException e) {
                throw new JsonFormatException("unknown contradiction kind: " + text(c, "kind"));
            }
            out.add(new Contradiction(kind, required(c, "summary"), sides));
        }
        return out;
    }

    static JsonNode grade(Grade g) {
        if (g == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("code", g.code());
        o.put("reliability", String.valueOf(g.reliability()));
        o.put("credibility", g.credibility());
        o.put("airwars", g.airwars() == null ? null : g.airwars().label());
        o.set("reasons", strings(g.reasons()));
        return o;
    }

    static Grade grade(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        String rel = required(n, "reliability");
        String aw = text(n, "airwars");
        try {
            return new Grade(rel.length() == 1 ? rel.charAt(0) : '?', integer(n.get("credibility"), "credibility"),
                    aw == null ? null : AirwarsGrade.fromLabel(aw), stringList(n, "reasons"));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("grade: " + e.getMessage());
        }
    }
}
