package org.sitrep.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One event's row in a file with the facts column (schema 10). Most writes rewrite a stored event that a new report
 * joined: its record, sources, tally and writer change, while its type, days, position, actors, place and grade
 * mostly do not. Naming a column in an UPDATE's SET makes SQLite rewrite every index holding it and run the UPDATE
 * OF triggers (facets, R*Tree) even when the value is the same, so the first statement sets the indexed and
 * triggering columns only on an insert, and rewrites a stored row's other columns only when those are all equal;
 * when one of them changed, a second statement rewrites every column. The row ends as one write of every column
 * leaves it.
 */
final class EventRowWrite {
    /** Columns that no index and no UPDATE OF trigger of the events table names (json's trigger is for old rows). */
    private static final String[] PLAIN = {"fatalities", "source_key", "json", "contested", "independent_sources",
        "facts"};
    /** Columns that an index (type, sub-type, days, position, grade) or an UPDATE OF trigger names. */
    private static final String[] KEYED = {"event_type", "sub_event_type", "date_start", "date_end", "lat", "lon",
        "actor_key", "place_key", "reliability", "credibility", "actor_ids", "place_id"};
    private static final String UPSERT = upsert();
    private static final String UPDATE_PLAIN = "UPDATE events SET (" + String.join(", ", PLAIN) + ") = ("
            + marks(PLAIN) + ") WHERE id = ? AND " + unchanged("?");
    private static final String UPDATE = update(false);
    private static final String UPDATE_WRITER = update(true);

    private final Object[] keyed = new Object[KEYED.length];
    private final Object[] plain = new Object[PLAIN.length];

    /**
     * Sets a column's value: null, a String, an Integer, a Double or a byte[] (a blob; for json, the text's UTF-8,
     * which the SQL casts to text).
     */
    EventRowWrite set(String column, Object value) {
        int at = indexOf(KEYED, column);
        if (at >= 0) {
            keyed[at] = value;
        } else {
            plain[indexOf(PLAIN, column)] = value;
        }
        return this;
    }

    /**
     * Writes the row of event {@code id}: inserted when it is not stored, else rewritten; {@code documentId} and
     * {@code ordinal} name the document whose ingest wrote it, or are both null to keep the stored writer (a
     * regrade, which needs the event stored). Answers false when a regraded event is not stored.
     */
    boolean write(Statements statements, String id, String documentId, Integer ordinal) throws SQLException {
        PreparedStatement first;
        if (documentId == null) {
            first = statements.get(UPDATE_PLAIN);
            int at = bind(first, 1, plain);
            first.setString(at++, id);
            bind(first, at, keyed);
        } else {
            first = statements.get(UPSERT);
            bindRow(first, id, documentId, ordinal);
        }
        if (first.executeUpdate() > 0) {
            return true;
        }
        // stored, with an indexed or triggering column changed (or, for a regrade, not stored)
        PreparedStatement all = statements.get(documentId == null ? UPDATE : UPDATE_WRITER);
        int at = bind(all, bind(all, 1, keyed), plain);
        if (documentId != null) {
            all.setString(at++, documentId);
            all.setInt(at++, ordinal);
        }
        all.setString(at, id);
        return all.executeUpdate() > 0;
    }

    private void bindRow(PreparedStatement s, String id, String documentId, int ordinal) throws SQLException {
        int at = bind(s, bind(s, 1, keyed), plain);
        s.setString(at++, id);
        s.setString(at++, documentId);
        s.setInt(at, ordinal);
    }

    private static int bind(PreparedStatement s, int at, Object[] values) throws SQLException {
        for (Object v : values) {
            if (v == null) {
                s.setNull(at, Types.NULL);
            } else if (v instanceof String text) {
                s.setString(at, text);
            } else if (v instanceof Integer n) {
                s.setInt(at, n);
            } else if (v instanceof Double d) {
                s.setDouble(at, d);
            } else {
                s.setBytes(at, (byte[]) v);
            }
            at++;
        }
        return at;
    }

    /** Inserts the row, or rewrites a stored row's plain columns and writer when its other columns are unchanged. */
    private static String upsert() {
        StringBuilder excluded = new StringBuilder();
        for (String c : PLAIN) {
            excluded.append("excluded.").append(c).append(", ");
        }
        return "INSERT INTO events (" + String.join(", ", KEYED) + ", " + String.join(", ", PLAIN)
                + ", id, document_id, ordinal) VALUES (" + marks(KEYED) + ", " + marks(PLAIN) + ", ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET (" + String.join(", ", PLAIN) + ", document_id, ordinal) = ("
                + excluded + "excluded.document_id, excluded.ordinal) WHERE " + unchanged("excluded.");
    }

    private static String update(boolean writer) {
        return "UPDATE events SET (" + String.join(", ", KEYED) + ", " + String.join(", ", PLAIN)
                + (writer ? ", document_id, ordinal" : "") + ") = (" + marks(KEYED) + ", " + marks(PLAIN)
                + (writer ? ", ?, ?" : "") + ") WHERE id = ?";
    }

    /** That every indexed or triggering column holds its new value: a parameter each ("?"), or the excluded row's. */
    private static String unchanged(String value) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < KEYED.length; i++) {
            b.append(i == 0 ? "" : " AND ").append(KEYED[i]).append(" IS ")
                    .append(value.equals("?") ? "?" : value + KEYED[i]);
        }
        return b.append(')').toString();
    }

    /** The columns' parameters: the record's is cast to text, so that it may be bound as UTF-8 bytes. */
    private static String marks(String[] columns) {
        StringBuilder b = new StringBuilder();
        for (String c : columns) {
            b.append(b.length() == 0 ? "" : ", ").append(c.equals("json") ? "CAST(? AS TEXT)" : "?");
        }
        return b.toString();
    }

    private static int indexOf(String[] columns, String column) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(column)) {
                return i;
            }
        }
        return -1;
    }
}
