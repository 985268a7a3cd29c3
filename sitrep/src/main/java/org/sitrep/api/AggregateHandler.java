package org.sitrep.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.app.Sitrep;
import org.sitrep.model.EventPoint;
import org.sitrep.model.SubEventType;

/**
 * {@code GET /events/aggregate}: the events a filter selects, counted on a grid whose cells shrink as the map
 * zooms in (about 48 screen pixels a cell), so a page shows 100,000 events as a few hundred cells instead of
 * drawing each. A cell holds its count, its events' mean position, their summed known fatalities, counts by
 * event type and contested events; a cell of at most {@link #LISTED} events also lists them (id, date, type,
 * fatalities), so the page draws single events as themselves and can open any of them. The answer also counts the
 * selected events by day (start of their date) for a timeline, and says how many have no coordinates.
 */
final class AggregateHandler {
    static final int LISTED = 25;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Degrees of longitude a 256-pixel map tile spans at zoom 0, over the pixels a cell spans. */
    private static final double CELL_AT_ZOOM_0 = 360.0 / (256.0 / 48.0);
    private static final int MAX_ZOOM = 22;

    private final EventPoints points;

    AggregateHandler(Sitrep sitrep) {
        this.points = new EventPoints(sitrep);
    }

    /** The events of one cell, summed as they stream past. */
    private static final class Cell {
        int count;
        double latSum;
        double lonSum;
        long fatalities;
        int contested;
        final Map<String, Integer> types = new TreeMap<>();
        final ArrayNode events = F.arrayNode();

        void add(EventPoint e) {
            count++;
            latSum += e.lat();
            lonSum += e.lon();
            if (e.fatalities() != null) {
                fatalities += e.fatalities();
            }
            if (e.contested()) {
                contested++;
            }
            String type = type(e.type());
            types.merge(type, 1, Integer::sum);
            if (count <= LISTED) {
                ObjectNode o = events.addObject();
                o.put("id", e.id());
                o.put("date", e.dated() ? e.startDate().toString() : null);
                o.put("event_type", type);
                o.put("sub_event_type", e.type() == null ? null : e.type().label());
                o.put("fatalities", e.fatalities());
                o.put("contested", e.contested());
                o.put("location", e.place());
            }
        }
    }

    /** Reads the map's digest now, on a thread of its own, so the page's first request finds it ready. */
    void prepare() {
        points.prepareInBackground();
    }

    void aggregate(Context ctx) {
        Map<String, List<String>> params = new HashMap<>(ctx.queryParamMap());
        List<String> z = params.remove("zoom");
        refuse(params, "limit");
        refuse(params, "cursor");
        refuse(params, "format");
        int zoom = zoom(z);
        EventParams p = EventParams.parse(params);
        double size = CELL_AT_ZOOM_0 / (1L << zoom);
        Map<Long, Cell> cells = new HashMap<>();
        Map<String, Integer> days = new TreeMap<>();
        int[] unplaced = {0};
        int[] placed = {0};
        Map<Long, Integer> byDay = new HashMap<>();
        points.select(p.query(), e -> {
            if (e.dated()) {
                byDay.merge(e.start(), 1, Integer::sum);
            }
            if (!e.placed()) {
                unplaced[0]++;
                return;
            }
            placed[0]++;
            long col = (long) Math.floor((e.lon() + 180) / size);
            long row = (long) Math.floor((e.lat() + 90) / size);
            cells.computeIfAbsent(col * 4_000_000L + row, k -> new Cell()).add(e);
        });
        byDay.forEach((day, count) -> days.put(java.time.LocalDate.ofEpochDay(day).toString(), count));
        ObjectNode n = F.objectNode();
        n.put("zoom", zoom);
        n.put("cell_degrees", size);
        n.put("events", placed[0]);
        n.put("unplaced", unplaced[0]);
        ArrayNode out = n.putArray("cells");
        cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> out.add(json(en.getValue())));
        ArrayNode d = n.putArray("days");
        days.forEach((date, count) -> d.addObject().put("date", date).put("count", count));
        RecordHandlers.answer(ctx, n);
    }

    private static ObjectNode json(Cell c) {
        ObjectNode o = F.objectNode();
        o.put("lat", c.latSum / c.count);
        o.put("lon", c.lonSum / c.count);
        o.put("count", c.count);
        o.put("fatalities", c.fatalities);
        o.put("contested", c.contested);
        ObjectNode types = o.putObject("types");
        c.types.forEach(types::put);
        if (c.count <= LISTED) {
            o.set("events", c.events);
        }
        return o;
    }

    /** A parameter of GET /events this route does not take: it answers every selected event at once. */
    private static void refuse(Map<String, List<String>> params, String name) {
        if (params.containsKey(name)) {
            throw Problem.badParameter(name, "not a parameter of this route (it answers all events at once)");
        }
    }

    private static String type(SubEventType s) {
        return s == null ? "Unknown" : s.eventType().label();
    }

    private static int zoom(List<String> z) {
        if (z == null || z.isEmpty() || z.get(0).isBlank()) {
            return 6;
        }
        if (z.size() > 1) {
            throw Problem.badParameter("zoom", "given more than once");
        }
        try {
            int zoom = Integer.parseInt(z.get(0).strip());
            if (zoom < 0 || zoom > MAX_ZOOM) {
                throw Problem.badParameter("zoom", "a map zoom level 0 to " + MAX_ZOOM + ", not " + zoom);
            }
            return zoom;
        } catch (NumberFormatException e) {
            throw Problem.badParameter("zoom", "'" + z.get(0) + "' is not a whole number");
        }
    }
}
