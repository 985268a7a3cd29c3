package org.sitrep.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.DateCount;
import org.sitrep.model.EventTally;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.store.SearchKeys;
import org.sitrep.store.Tallies;

/**
 * Events counted per date span in the database ({@code Store#eventDates}): the dated ones from {@code event_facets}
 * (schema 7: one narrow row per event in date order, with the exact actor ids and the gazetteer id), grouped by
 * their dates; the undated ones, when no window leaves them out, from the events table, their ids read from the
 * JSON by SQLite (they are few). A circle is checked exactly in Java, as every store does, on the positions the
 * database groups by. Answers what {@link Tallies#byStreaming} answers.
 */
final class SqliteTallies {
    /** An events row's JSON, or an empty object where it does not parse (as the facets' triggers read it). */
    private static final String JSON = "iif(json_valid(events.json), events.json, '{}')";
    /** The actor ids of an events row, one per line between newlines, read from its JSON. */
    private static final String JSON_ACTOR_IDS = "coalesce((SELECT char(10) || group_concat(id, char(10)) || char(10)"
            + " FROM (SELECT json_extract(value, '$.id') AS id FROM json_each(" + JSON + ", '$.actor1')"
            + " UNION SELECT json_extract(value, '$.id') FROM json_each(" + JSON + ", '$.actor2')"
            + " UNION SELECT json_extract(value, '$.id') FROM json_each(" + JSON + ", '$.assoc_actor1')"
            + " UNION SELECT json_extract(value, '$.id') FROM json_each(" + JSON + ", '$.assoc_actor2'))"
            + " WHERE id IS NOT NULL), '')";
    /** The gazetteer id of an events row's place, read from its JSON. */
    private static final String JSON_PLACE_ID = "json_extract(" + JSON + ", '$.location.gazetteer_id')";

    private SqliteTallies() {
    }

    /**
     * Whether the database can count this tally: the file has the facets, the query no filter they lack (an initiator
     * given by words is matched on the streamed events).
     */
    static boolean answers(Connection c, EventTally t) throws SQLException {
        Query q = t.query();
        return q.source() == null && !q.gradesEvents() && !Tallies.initiatorByWords(t)
                && SqliteQueries.hasTable(c, "event_facets");
    }

    static List<DateCount> count(Connection c, EventTally t) throws SQLException {
        Tallies.Counter counter = new Tallies.Counter();
        Query q = t.query();
        StringBuilder sql = new StringBuilder("FROM event_facets WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        SqliteQueries.window(q, sql, params);
        conditions(t, "actor_ids", "place_id", sql, params);
        if (byInitiatorIds(t)) {
            // the facets keep actor ids of every role: the event's own row says which acted
            sql.append(" AND EXISTS (SELECT 1 FROM events WHERE events.rowid = event_facets.event_rowid");
            initiator(t, sql, params);
            sql.append(')');
        }
        grouped(c, t, sql, params, counter);
        if (q.from() == null && q.to() == null) {
            StringBuilder undated = new StringBuilder("FROM events WHERE date_start IS NULL");
            List<Object> more = new ArrayList<>();
            conditions(t, JSON_ACTOR_IDS, JSON_PLACE_ID, undated, more);
            initiator(t, undated, more);
            grouped(c, t, undated, more, counter);
        }
        return counter.counts();
    }

    /** The filters of a tally but its window, on a table with these expressions for actor ids and place id. */
    private static void conditions(EventTally t, String actorIds, String placeId, StringBuilder sql,
                                   List<Object> params) {
        Query q = t.query();
        SqliteQueries.types(q, sql, params);
        SqliteQueries.substring(sql, params, "actor_key", q.actor());
        if (!t.actorIds().isEmpty()) {
            sql.append(" AND (");
            String or = "";
            for (String id : t.actorIds().stream().sorted().toList()) {
                sql.append(or).append("instr(").append(actorIds).append(", ?) > 0");
                params.add("\n" + id + "\n");
                or = " OR ";
            }
            sql.append(')');
        }
        place(t, placeId, sql, params);
        SqliteQueries.aroundNear(q.near(), sql, params);
        SqliteQueries.box(sql, params, q.bbox());
    }

    /**
     * With the tally's initiator only, one of its actor ids as actor1 or associated with it, read from the JSON of
     * the events row in scope (on the rows the facets' actor ids already kept: few).
     */
    private static void initiator(EventTally t, StringBuilder sql, List<Object> params) {
        if (!byInitiatorIds(t)) {
            return;
        }
        sql.append(" AND EXISTS (SELECT 1 FROM (SELECT value FROM json_each(").append(JSON).append(", '$.actor1')")
                .append(" UNION ALL SELECT value FROM json_each(").append(JSON).append(", '$.assoc_actor1'))")
                .append(" WHERE json_extract(value, '$.id') IN (");
        ids(t.actorIds(), sql, params);
        sql.append("))");
    }

    private static boolean byInitiatorIds(EventTally t) {
        return t.initiatorOnly() && !t.actorIds().isEmpty();
    }

    /** The ids as bound parameters of an IN list, in a fixed order (the statement's text stays the same). */
    private static void ids(Set<String> ids, StringBuilder sql, List<Object> params) {
        String comma = "";
        for (String id : ids.stream().sorted().toList()) {
            sql.append(comma).append('?');
            params.add(id);
            comma = ", ";
        }
    }

    /** The place words, widened by the place ids when there are any. */
    private static void place(EventTally t, String placeId, StringBuilder sql, List<Object> params) {
        String words = t.query().place();
        if (t.placeIds().isEmpty()) {
            SqliteQueries.substring(sql, params, "place_key", words);
            return;
        }
        sql.append(" AND (").append(placeId).append(" IN (");
        ids(t.placeIds(), sql, params);
        sql.append(')');
        if (present(words)) {
            sql.append(" OR instr(place_key, ?) > 0");
            params.add(SearchKeys.normalise(words));
        }
        sql.append(')');
    }

    /** Counts per date span (and position, for a circle checked here), added to the counter. */
    private static void grouped(Connection c, EventTally t, StringBuilder from, List<Object> params,
                                Tallies.Counter counter) throws SQLException {
        Near near = t.query().near();
        String keys = near == null ? "date_start, date_end" : "date_start, date_end, lat, lon";
        String sql = "SELECT " + keys + ", count(*) " + from + " GROUP BY " + keys;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (near != null && !near.contains(rs.getDouble(3), rs.getDouble(4))) {
                        continue;
                    }
                    String start = rs.getString(1);
                    String end = rs.getString(2);
                    counter.add(start == null ? null : LocalDate.parse(start),
                            end == null ? null : LocalDate.parse(end), rs.getLong(near == null ? 3 : 5));
                }
            }
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
