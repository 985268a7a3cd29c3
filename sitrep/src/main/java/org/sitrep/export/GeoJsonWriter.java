package org.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * Events as an RFC 7946 GeoJSON FeatureCollection of Points ([lon, lat], WGS 84, no {@code crs} member).
 * Events without coordinates cannot be placed on a map and are left out.
 */
public final class GeoJsonWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Writes the collection and returns how many features it holds. */
    public int write(Iterable<Event> events, Writer out) throws IOException {
        int n = 0;
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        for (Event e : events) {
            if (e.location() != null && e.location().resolved()) {
                mapper.writeTree(g, feature(e));
                n++;
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
        return n;
    }

    static ObjectNode feature(Event e) {
        Location l = e.location();
        ObjectNode f = F.objectNode();
        f.put("type", "Feature");
        f.put("id", e.id());
        ObjectNode geometry = f.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(l.lon()).add(l.lat());
        ObjectNode p = f.putObject("properties");
        p.put("id", e.id());
        p.put("event_type", e.subEventType() == null ? null : e.subEventType().eventType().label());
        p.put("sub_event_type", e.subEventType() == null ? null : e.subEventType().label());
        p.set("actor1", names(e.actor1()));
        p.set("actor2", names(e.actor2()));
        p.set("assoc_actor1", names(e.assocActor1()));
        p.set("assoc_actor2", names(e.assocActor2()));
        p.put("location", l.name());
        p.put("admin1", l.admin1());
        p.put("country", l.country());
        p.put("geo_precision", l.geoPrecision());
        p.put("date_start", e.date() == null ? null : e.date().start().toString());
        p.put("date_end", e.date() == null ? null : e.date().end().toString());
        p.put("date_precision", e.date() == null ? null : e.date().precision().wireName());
        p.put("fatalities", e.fatalities());
        p.put("admiralty", e.grade() == null ? null : e.grade().code());
        p.put("airwars", e.grade() == null || e.grade().airwars() == null ? null : e.grade().airwars().label());
        p.put("independent_sources", e.tally().independent());
        p.put("contested", e.contested());
        p.set("sources", strings(e.sources()));
        p.set("report_ids", strings(e.reportIds()));
        p.set("flags", strings(e.flags()));
        return f;
    }

    private static ArrayNode names(List<ActorRef> actors) {
        ArrayNode a = F.arrayNode();
        actors.forEach(x -> a.add(x.name()));
        return a;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
