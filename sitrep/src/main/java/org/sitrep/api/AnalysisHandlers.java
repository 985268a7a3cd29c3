package org.sitrep.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.app.SeriesChart;
import org.sitrep.app.Sitrep;
import org.sitrep.json.AnalysisJson;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Box;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.model.analysis.ChangePoint;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.model.analysis.Series;

/**
 * The analysis routes (issue 11): series, changes and claim tests, routes and their status, control of places.
 * Same names and meanings as `sitrep series`, `changes`, `test-claim`, `routes`, `route` and `control`; the JSON
 * shapes are {@link AnalysisJson}'s, the same as the command line's JSON Lines.
 */
final class AnalysisHandlers {
    /** Places a bbox answer covers at most: the first ones the record speaks of, by event date. */
    static final int MAX_PLACES = 200;
    /** How far back events name the places a bbox answer covers. */
    private static final int LOOKBACK_DAYS = 365;
    /** The formats of a series answer; a changes answer takes the first two. */
    enum Format { JSON, JSONL, CSV, SVG, PNG }

    private static final List<Format> SERIES_FORMATS = List.of(Format.values());
    private static final List<Format> CHANGES_FORMATS = List.of(Format.JSON, Format.JSONL);

    private final Sitrep sitrep;
    private final SitrepJson json = SitrepJson.standard();

    AnalysisHandlers(Sitrep sitrep) {
        this.sitrep = sitrep;
    }

    /** Registers the analysis routes under {@link ApiServer#BASE}. */
    static void register(RoutesConfig routes, Sitrep sitrep) {
        AnalysisHandlers h = new AnalysisHandlers(sitrep);
        routes.get(ApiServer.BASE + "/series", h::series);
        routes.get(ApiServer.BASE + "/changes", h::changes);
        routes.post(ApiServer.BASE + "/claims/test", h::testClaim);
        routes.get(ApiServer.BASE + "/routes", h::routes);
        routes.get(ApiServer.BASE + "/routes/{id}/status", h::routeStatus);
        routes.get(ApiServer.BASE + "/control", h::control);
    }

    void series(Context ctx) {
        AnalysisParams.Asked asked = AnalysisParams.series(ctx.queryParamMap(), SERIES_FORMATS);
        Series s = sitrep.series(asked.filter());
        switch (asked.format()) {
            case SVG -> ctx.contentType("image/svg+xml").result(SeriesChart.svg(s, sitrep.changes(s)));
            case PNG -> ctx.contentType("image/png").result(SeriesChart.png(s, sitrep.changes(s)));
            case CSV -> ctx.contentType("text/csv; charset=utf-8").result(AnalysisJson.csv(s.points()));
            case JSONL -> ctx.contentType("application/x-ndjson").result(lines(s.points().stream()
                    .map(AnalysisJson::point).toList()));
            default -> {
                ObjectNode n = JsonNodeFactory.instance.objectNode();
                ArrayNode pts = n.putArray("points");
                s.points().forEach(p -> pts.add(AnalysisJson.point(p)));
                notes(n, s);
                RecordHandlers.answer(ctx, n);
            }
        }
    }

    void changes(Context ctx) {
        AnalysisParams.Asked asked = AnalysisParams.series(ctx.queryParamMap(), CHANGES_FORMATS);
        Series s = sitrep.series(asked.filter());
        List<ChangePoint> changes = sitrep.changes(s);
        if (asked.format() == Format.JSONL) {
            ctx.contentType("application/x-ndjson").result(lines(changes.stream().map(AnalysisJson::change).toList()));
            return;
        }
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode a = n.putArray("changes");
        changes.forEach(c -> a.add(AnalysisJson.change(c)));
        notes(n, s);
        RecordHandlers.answer(ctx, n);
    }

    void testClaim(Context ctx) {
        RecordHandlers.answer(ctx, AnalysisJson.verdict(sitrep.testClaim(ClaimRequest.parse(ctx.body()))));
    }

    void routes(Context ctx) {
        EventParams.Params p = new EventParams.Params(ctx.queryParamMap());
        p.refuseUnread();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode a = n.putArray("routes");
        for (Route r : Sitrep.routes()) {
            a.add(AnalysisJson.route(r));
        }
        RecordHandlers.answer(ctx, n);
    }

    void routeStatus(Context ctx) {
        EventParams.Params p = new EventParams.Params(ctx.queryParamMap());
        LocalDate from = p.value("from", AnalysisParams::date);
        LocalDate to = p.value("to", AnalysisParams::date);
        p.refuseUnread();
        String id = ctx.pathParam("id");
        if (Sitrep.route(id).isEmpty()) {
            throw Problem.notFound("no route known as '" + id + "' (see " + ApiServer.BASE + "/routes)");
        }
        List<RouteDay> days;
        try {
            days = sitrep.routeDays(id, from, to);
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter(from == null || to == null ? "from" : "to", e.getMessage());
        }
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode a = n.putArray("days");
        days.forEach(d -> a.add(AnalysisJson.routeDay(d)));
        RecordHandlers.answer(ctx, n);
    }

    void control(Context ctx) {
        EventParams.Params p = new EventParams.Params(ctx.queryParamMap());
        String place = p.text("place");
        Box bbox = p.value("bbox", Box::parse);
        LocalDate at = p.value("at", AnalysisParams::date);
        LocalDate from = p.value("from", AnalysisParams::date);
        LocalDate to = p.value("to", AnalysisParams::date);
        p.refuseUnread();
        if ((place == null) == (bbox == null)) {
            throw Problem.badParameter(place == null ? "place" : "bbox", "give a place or a bbox (one of them)");
        }
        if (at != null && (from != null || to != null)) {
            throw Problem.badParameter("at", "give at (one day) or from and to, not both");
        }
        LocalDate a = at != null ? at : from;
        LocalDate b = at != null ? at : to;
        if (a == null && b == null) {
            throw Problem.badParameter("at", "give at, from or to");
        }
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode out = n.putArray("intervals");
        for (String name : place != null ? List.of(place) : placesIn(bbox, b != null ? b : a)) {
            List<ControlInterval> intervals;
            try {
                intervals = sitrep.control(name, a, b);
            } catch (IllegalArgumentException e) {
                if (place != null) {
                    throw e.getMessage().startsWith("no place") ? Problem.notFound(e.getMessage())
                            : Problem.badParameter("to", e.getMessage());
                }
                continue;
            }
            intervals.forEach(c -> out.add(AnalysisJson.control(c)));
        }
        RecordHandlers.answer(ctx, n);
    }

    /**
     * The places a bbox answer covers: the towns along the known routes inside the box (what a map's control layer
     * follows), then the gazetteer ids of town-precise places events inside the box were placed at in the year up
     * to a day.
     */
    private List<String> placesIn(Box box, LocalDate day) {
        Set<String> ids = new LinkedHashSet<>();
        Sitrep.routes().stream().flatMap(r -> r.towns().stream()).filter(t -> box.contains(t.lat(), t.lon()))
                .map(org.sitrep.model.analysis.Town::gazetteerId).forEach(ids::add);
        sitrep.streamEvents(Query.all().bbox(box).from(day.minusDays(LOOKBACK_DAYS)).to(day), (Event e) -> {
            if (ids.size() < MAX_PLACES && e.location() != null && e.location().gazetteerId() != null
                    && Integer.valueOf(1).equals(e.location().geoPrecision())) {
                ids.add(e.location().gazetteerId());
            }
        });
        return List.copyOf(ids);
    }

    private String lines(List<ObjectNode> nodes) {
        StringBuilder b = new StringBuilder();
        nodes.forEach(x -> b.append(json.write(x)).append('\n'));
        return b.toString();
    }

    private static void notes(ObjectNode n, Series s) {
        ArrayNode notes = n.putArray("notes");
        s.notes().forEach(notes::add);
    }
}
