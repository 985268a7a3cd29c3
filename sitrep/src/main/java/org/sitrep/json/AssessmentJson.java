package org.sitrep.json;

import static org.sitrep.json.JsonFields.elements;
import static org.sitrep.json.JsonFields.integer;
import static org.sitrep.json.JsonFields.required;
import static org.sitrep.json.JsonFields.stringList;
import static org.sitrep.json.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AirwarsGrade;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Grade;
import org.sitrep.model.SourceTally;
import org.sitrep.model.ValueSource;

/**
 * Reading the JSON of an event's assessment: provenance of its values, source tally, contradictions and grade
 * ({@link RecordWriter} writes them).
 */
final class AssessmentJson {
    private AssessmentJson() {
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

    static SourceTally tally(JsonNode n) {
        if (n == null || n.isNull()) {
            return SourceTally.empty();
        }
        return new SourceTally(integer(n.get("documents"), "tally.documents"), stringList(n, "outlet_names"),
                stringList(n, "speakers"), stringList(n, "independent_source_names"), stringList(n, "notes"));
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
