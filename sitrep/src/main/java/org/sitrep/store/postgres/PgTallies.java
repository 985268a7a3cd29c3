package org.sitrep.store.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.DateCount;
import org.sitrep.model.EventTally;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.store.SearchKeys;
import org.sitrep.store.Tallies;

/**
 * Events counted per date span in the database ({@code Store#eventDates}), grouped by their dates (and positions,
 * for a circle checked exactly in Java as every store does). The actor ids and the gazetteer id are read from the
 * event's JSON by PostgreSQL's JSON path, on the rows the search keys let through (a row naming an actor id has
 * it among its keys). Answers what {@link Tallies#byStreaming} answers.
 */
final class PgTallies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROLES = List.of("actor1", "actor2", "assoc_actor1", "assoc_actor2");
    private static final List<String> INITIATOR_ROLES = List.of("actor1", "assoc_actor1");

    private PgTallies() {
    }

    /** Whether the database can count this tally: a query with no filter it leaves to {@code streamEvents}. */
    static boolean answers(EventTally t) {
        return t.query().source() == null && !t.query().gradesEvents() && !Tallies.initiatorByWords(t);
    }

    static List<DateCount> count(Connection c, EventTally t) throws SQLException {
        Query q = t.query();
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (q.from() != null) {
            where.append(" AND date_end >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.append(" AND date_start <= ?");
            params.add(q.to());
        }
        if (q.subEventType() != null) {
            where.append(" AND sub_event_type = ?");
            params.add(q.subEventType().label());
        }
        if (q.eventType() != null) {
            where.append(" AND event_type = ?");
            params.add(q.eventType().label());
        }
        if (present(q.actor())) {
            where.append(" AND strpos(actor_key, ?) > 0");
            params.add(SearchKeys.normalise(q.actor()));
        }
        actors(t, where, params);
        place(t, where, params);
        Near near = q.near();
        if (near != null) {
            where.append(" AND place && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
            params.add(near.lon() - near.lonHalfWidth());
            params.add(near.minLat());
            params.add(near.lon() + near.lonHalfWidth());
            params.add(near.maxLat());
        }
        PgQueries.box(where, params, q.bbox());
        String keys = near == null ? "date_start, date_end" : "date_start, date_end, ST_Y(place), ST_X(place)";
        String sql = "SELECT " + keys + ", count(*) FROM events" + where + " GROUP BY " + keys;
        Tallies.Counter counter = new Tallies.Counter();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (near != null && !near.contains(rs.getDouble(3), rs.getDouble(4))) {
                        continue;
                    }
                    counter.add(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                            rs.getLong(near == null ? 3 : 5));
                }
            }
        }
        return counter.counts();
    }

    /** One of the actor ids in some role (or as the initiator): the keys first (cheap), then the JSON. */
    private static void actors(EventTally t, StringBuilder where, List<Object> params) {
        if (t.actorIds().isEmpty()) {
            return;
        }
        List<String> ids = t.actorIds().stream().sorted().toList();
        where.append(" AND (");
        String or = "";
        for (String id : ids) {
            where.append(or).append("strpos(actor_key, ?) > 0");
            params.add(SearchKeys.normalise(id));
            or = " OR ";
        }
        where.append(") AND (");
        or = "";
        for (String role : t.initiatorOnly() ? INITIATOR_ROLES : ROLES) {
            where.append(or).append("jsonb_path_exists(json::jsonb, '$.").append(role)
                    .append("[*].id ? (@ == $ids[*])', ?::jsonb)");
            params.add(idsVariable(ids));
            or = " OR ";
        }
        where.append(')');
    }

    /** The place words, widened by the place ids when there are any. */
    private static void place(EventTally t, StringBuilder where, List<Object> params) {
        String words = t.query().place();
        if (t.placeIds().isEmpty()) {
            if (present(words)) {
                where.append(" AND strpos(place_key, ?) > 0");
                params.add(SearchKeys.normalise(words));
            }
            return;
        }
        where.append(" AND ((json::jsonb -> 'location' ->> 'gazetteer_id') = ANY (?)");
        params.add(t.placeIds().stream().sorted().toArray(String[]::new));
        if (present(words)) {
            where.append(" OR strpos(place_key, ?) > 0");
            params.add(SearchKeys.normalise(words));
        }
        where.append(')');
    }

    private static String idsVariable(List<String> ids) {
        try {
            return JSON.writeValueAsString(Map.of("ids", ids));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write actor ids as JSON", e);
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
