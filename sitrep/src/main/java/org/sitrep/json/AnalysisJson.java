package org.sitrep.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.analysis.ChangePoint;
import org.sitrep.model.analysis.ClaimVerdict;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.Interval;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.model.analysis.Segment;
import org.sitrep.model.analysis.SeriesPoint;

/**
 * The wire shapes of analysis answers (issue 11), shared by the command line's JSON Lines and the HTTP API:
 * snake_case members; an interval is {@code [low, high]}; unknown values are null.
 */
public final class AnalysisJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper SNAKE = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private AnalysisJson() {
    }

    /** A series bucket: {@code date} (first day), {@code end}, events, counted, value, days, observed_days, rate. */
    public static ObjectNode point(SeriesPoint p) {
        ObjectNode n = F.objectNode();
        n.put("date", p.from().toString());
        n.put("end", p.to().toString());
        n.put("events", p.events());
        n.put("counted", p.counted());
        n.put("value", p.value());
        n.put("days", p.days());
        n.put("observed_days", p.observedDays());
        n.put("rate", p.rate());
        return n;
    }

    /** Buckets as CSV: a header of {@link #point}'s members, then one row a bucket (null as an empty cell). */
    public static String csv(java.util.List<SeriesPoint> points) {
        StringBuilder b = new StringBuilder();
        java.util.List<String> header = new java.util.ArrayList<>();
        point(new SeriesPoint(java.time.LocalDate.EPOCH, java.time.LocalDate.EPOCH, 0, null, 0, 1, 1)).fieldNames()
                .forEachRemaining(header::add);
        b.append(String.join(",", header)).append('\n');
        for (SeriesPoint p : points) {
            ObjectNode n = point(p);
            b.append(String.join(",", header.stream().map(k -> n.get(k).isNull() ? "" : n.get(k).asText()).toList()))
                    .append('\n');
        }
        return b.toString();
    }

    /** A change: date, direction, rate_before, rate_after, probability, kind, and the intervals. */
    public static ObjectNode change(ChangePoint c) {
        ObjectNode n = F.objectNode();
        n.put("date", c.date().toString());
        n.put("direction", c.direction().wireName());
        n.put("rate_before", c.rateBefore());
        n.put("rate_after", c.rateAfter());
        n.put("probability", c.probability());
        n.put("kind", c.kind().wireName());
        n.set("rate_before_interval", interval(c.rateBeforeInterval()));
        n.set("rate_after_interval", interval(c.rateAfterInterval()));
        ArrayNode dates = n.putArray("date_interval");
        dates.add(c.dateLow().toString());
        dates.add(c.dateHigh().toString());
        return n;
    }

    /** A claim's verdict: claim, verdict, p_value, effect, interval, n_effect_events, method, explanation. */
    public static ObjectNode verdict(ClaimVerdict v) {
        ObjectNode n = F.objectNode();
        n.put("claim", v.claim());
        n.put("verdict", v.verdict().wireName());
        n.put("p_value", v.pValue());
        n.put("effect", v.effect());
        n.set("interval", interval(v.interval()));
        n.put("n_effect_events", v.nEffectEvents());
        n.put("method", v.method());
        n.put("explanation", v.explanation());
        return n;
    }

    /** A route's day, as `sitrep route --format jsonl` writes it. */
    public static ObjectNode routeDay(RouteDay d) {
        ObjectNode n = F.objectNode();
        ObjectNode route = n.putObject("route");
        route.put("id", d.route().id());
        route.put("name", d.route().name());
        n.put("date", d.date().toString());
        n.put("status", d.status().wireName());
        ArrayNode segments = n.putArray("segments");
        for (Segment s : d.segments()) {
            ObjectNode o = segments.addObject();
            o.put("from", s.from().name());
            o.put("to", s.to().name());
            o.put("status", s.status().wireName());
            o.set("cut_at", tree(s.cutAt()));
        }
        n.put("confidence", d.confidence());
        n.set("evidence", tree(d.evidence()));
        n.put("evidence_unlisted", d.unlistedEvidence());
        n.set("reasons", tree(d.reasons()));
        return n;
    }

    /** A route the analysis knows: id, name, aliases, towns, dependents. */
    public static ObjectNode route(Route r) {
        ObjectNode n = F.objectNode();
        n.put("id", r.id());
        n.put("name", r.name());
        n.set("aliases", tree(r.aliases()));
        n.set("towns", tree(r.towns()));
        ArrayNode deps = n.putArray("dependents");
        r.dependents().forEach(d -> deps.addObject().put("actor_id", d.actorId())
                .put("from", d.from() == null ? null : d.from().toString())
                .put("until", d.until() == null ? null : d.until().toString()).put("source", d.source()));
        return n;
    }

    /** Who held a place over an interval, as `sitrep control --format jsonl` writes it. */
    public static ObjectNode control(ControlInterval c) {
        ObjectNode n = F.objectNode();
        n.set("place", tree(c.place()));
        n.put("from", c.from().toString());
        n.put("to", c.to().toString());
        n.put("status", c.status().wireName());
        n.set("holder", tree(c.holder()));
        n.put("confidence", c.confidence());
        n.set("evidence", tree(c.evidence()));
        n.set("reasons", tree(c.reasons()));
        return n;
    }

    private static JsonNode interval(Interval i) {
        if (i == null) {
            return F.nullNode();
        }
        ArrayNode a = F.arrayNode();
        a.add(i.low());
        a.add(i.high());
        return a;
    }

    private static JsonNode tree(Object o) {
        return o == null ? F.nullNode() : SNAKE.valueToTree(o);
    }
}
