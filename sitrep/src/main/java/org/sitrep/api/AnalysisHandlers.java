package org.sitrep.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Box;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.CutPoint;
import org.sitrep.model.analysis.Dependence;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.PlaceRef;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.model.analysis.Side;
import org.sitrep.model.analysis.Town;

/**
 * The analysis routes: {@code GET /routes}, {@code GET /routes/{id}/status} and {@code GET /control}, with the
 * semantics of {@code sitrep routes}, {@code sitrep route} and {@code sitrep control} and their JSON lines' shape
 * (snake_case). {@code /control} with a bbox answers for the towns along the known routes inside it: the places the
 * analysis follows, so a map can show who held what on a day.
 */
final class AnalysisHandlers {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final Sitrep sitrep;

    AnalysisHandlers(Sitrep sitrep) {
        this.sitrep = sitrep;
    }

    record RouteLine(String id, String name, List<String> aliases, List<Town> towns, List<DependenceLine> dependents,
                     String source) {
    }

    record DependenceLine(String actorId, String from, String until, String source, String note) {
    }

    record DayLine(String date, String status, List<SegmentLine> segments, double confidence,
                   List<EvidenceItem> evidence, List<String> reasons) {
    }

    record SegmentLine(String from, String to, String status, CutPoint cutAt) {
    }

    record IntervalLine(PlaceRef place, String from, String to, String status, Side holder, double confidence,
                        List<EvidenceItem> evidence, List<String> reasons) {
    }

    void routes(Context ctx) {
        known(ctx);
        answer(ctx, Map.of("routes", Sitrep.routes().stream().map(AnalysisHandlers::route).toList()));
    }

    void routeStatus(Context ctx) {
        known(ctx, "from", "to");
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        order(from, to);
        String id = ctx.pathParam("id");
        Route r = Sitrep.route(id).orElseThrow(() -> Problem.notFound("no route known as '" + id + "'"));
        List<RouteDay> days;
        try {
            days = sitrep.routeDays(r.id(), from, to);
        } catch (IllegalArgumentException e) {
            throw new Problem(422, e.getMessage(), null);
        }
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("route", Map.of("id", r.id(), "name", r.name()));
        n.put("days", days.stream().map(AnalysisHandlers::day).toList());
        answer(ctx, n);
    }

    void control(Context ctx) {
        known(ctx, "place", "bbox", "at", "from", "to");
        String place = ctx.queryParam("place");
        String bbox = ctx.queryParam("bbox");
        if ((place == null) == (bbox == null)) {
            throw Problem.badParameter("place", "give exactly one of place and bbox");
        }
        LocalDate at = date(ctx, "at");
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (at != null && (from != null || to != null)) {
            throw Problem.badParameter("at", "give at, or from and to, not both");
        }
        if (at == null && from == null && to == null) {
            throw Problem.badParameter("at", "give at, from or to");
        }
        order(from, to);
        List<String> places = place != null ? List.of(place) : townsIn(box(bbox));
        List<IntervalLine> intervals = new ArrayList<>();
        for (String p : places) {
            try {
                sitrep.control(p, at != null ? at : from, at != null ? at : to)
                        .forEach(c -> intervals.add(interval(c)));
            } catch (IllegalArgumentException e) {
                if (place != null) { // a town of a route the analysis cannot place is left out of a bbox answer
                    throw Problem.notFound(e.getMessage());
                }
            }
        }
        answer(ctx, Map.of("intervals", intervals));
    }

    /** The gazetteer ids of the towns along the known routes inside the box, each once, in route order. */
    private static List<String> townsIn(Box box) {
        return Sitrep.routes().stream().flatMap(r -> r.towns().stream())
                .filter(t -> box.contains(t.lat(), t.lon())).map(Town::gazetteerId).distinct().toList();
    }

    private static RouteLine route(Route r) {
        return new RouteLine(r.id(), r.name(), r.aliases(), r.towns(), r.dependents().stream()
                .map(AnalysisHandlers::dependence).toList(), r.source());
    }

    private static DependenceLine dependence(Dependence d) {
        return new DependenceLine(d.actorId(), d.from() == null ? null : d.from().toString(),
                d.until() == null ? null : d.until().toString(), d.source(), d.note());
    }

    private static DayLine day(RouteDay d) {
        return new DayLine(d.date().toString(), d.status().wireName(), d.segments().stream()
                .map(s -> new SegmentLine(s.from().name(), s.to().name(), s.status().wireName(), s.cutAt())).toList(),
                d.confidence(), d.evidence(), d.reasons());
    }

    private static IntervalLine interval(ControlInterval c) {
        return new IntervalLine(c.place(), c.from().toString(), c.to().toString(), c.status().wireName(), c.holder(),
                c.confidence(), c.evidence(), c.reasons());
    }

    /** A parameter this route does not read is refused, so a misspelt one never silently changes the answer. */
    static void known(Context ctx, String... names) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!java.util.Arrays.asList(names).contains(name)) {
                throw Problem.badParameter(name, "not a parameter of this route (known: "
                        + (names.length == 0 ? "none" : String.join(", ", names)) + ")");
            }
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw Problem.badParameter(name, "'" + v + "' is not a calendar date in the form YYYY-MM-DD");
        }
    }

    static void order(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Problem.badParameter("to", to + " is before from " + from);
        }
    }

    static Box box(String s) {
        try {
            return Box.parse(s);
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("bbox", e.getMessage());
        }
    }

    static void answer(Context ctx, Object value) {
        ctx.contentType("application/json");
        try {
            ctx.result(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
