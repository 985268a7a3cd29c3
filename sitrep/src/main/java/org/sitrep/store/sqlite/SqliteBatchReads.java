package org.sitrep.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads by many ids at once (one query per few hundred ids instead of one per id): what the recorder needs of the
 * stored events near a document before it links it.
 */
final class SqliteBatchReads {
    /** Ids per query: well under SQLite's limit on bound parameters. */
    private static final int CHUNK = 500;

    private SqliteBatchReads() {
    }

    /** Each event's report ids, in the order of {@code reportIdsOfEvent} (document, then order within it). */
    static Map<String, List<String>> reportIdsOfEvents(Statements st, Collection<String> eventIds)
            throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String id : eventIds) {
            out.put(id, new ArrayList<>());
        }
        for (List<String> chunk : chunks(out.keySet())) {
            try (ResultSet rs = in(st, "SELECT event_id, id FROM reports WHERE event_id IN (",
                    ") ORDER BY document_id, ordinal", chunk).executeQuery()) {
                while (rs.next()) {
                    out.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /** The evidence sentences of the reports with these ids, by id. */
    static Map<String, String> evidenceTexts(Statements c, Collection<String> reportIds) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        // SQLite's JSON path reads the one member in C; a whole record through Jackson was a tenth of a road answer
        columnById(c, "reports", "json_extract(json, '$.evidence.text')", reportIds, (id, text) -> {
            if (text != null) {
                out.put(id, text);
            }
        });
        return out;
    }

    /** Hands the JSON of every row of {@code table} with one of these ids to {@code sink}, with the id. */
    static void jsonById(Statements c, String table, Collection<String> ids, BiConsumer<String, String> sink)
            throws SQLException {
        columnById(c, table, "json", ids, sink);
    }

    /** As {@link #jsonById}, a column or an expression over the row instead of the JSON. */
    static void columnById(Statements st, String table, String column, Collection<String> ids,
                           BiConsumer<String, String> sink) throws SQLException {
        for (List<String> chunk : chunks(new LinkedHashSet<>(ids))) {
            try (ResultSet rs = in(st, "SELECT id, " + column + " FROM " + table + " WHERE id IN (", ")", chunk)
                    .executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    /**
     * The statement {@code before} + one mark per id + {@code after}, bound to the ids. The list is padded to a
     * power of two with its last id again (an IN list answers a repeated value once), so a few kept statements
     * serve every size instead of one prepared per call.
     */
    static PreparedStatement in(Statements st, String before, String after, List<String> ids) throws SQLException {
        int size = Integer.bitCount(ids.size()) == 1 ? ids.size()
                : Math.min(CHUNK, Integer.highestOneBit(ids.size()) << 1);
        PreparedStatement s = st.get(before + "?" + ",?".repeat(size - 1) + after);
        for (int i = 0; i < size; i++) {
            s.setString(i + 1, ids.get(Math.min(i, ids.size() - 1)));
        }
        return s;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
