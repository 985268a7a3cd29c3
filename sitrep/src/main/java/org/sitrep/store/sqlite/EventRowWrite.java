package org.sitrep.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One event's row in a file with the facts column (schema 10), written in two groups of columns. Most writes rewrite
 * a stored event that a new report joined: its record, sources, tally and writer change, while its type, days,
 * position, actors, place and grade mostly do not. Naming a column in an UPDATE's SET makes SQLite rewrite every
 * index holding it and run the UPDATE OF triggers (facets, R*Tree) even when the value is the same, so the indexed
 * and triggering columns are set by a second UPDATE that matches the row only when one of them changed. The row
 * ends as one UPDATE of every column leaves it.
 */
final class EventRowWrite {
    /** Columns that no index and no UPDATE OF trigger of the events table names (json's trigger is for old rows). */
    private static final String[] PLAIN = {"fatalities", "source_key", "json", "contested", "independent_sources",
        "facts"};
    /** Columns that an index (type, sub-type, days, position, grade) or an UPDATE OF trigger names. */
    private static final String[] KEYED = {"event_type", "sub_event_type", "date_start", "date_end", "lat", "lon",
        "actor_key", "place_key", "reliability", "credibility", "actor_ids", "place_id"};
    private static final String INSERT = "INSERT INTO events (" + String.join(", ", KEYED) + ", "
            + String.join(", ", PLAIN) + ", id, document_id, ordinal) VALUES (" + marks(KEYED.length) + ", "
            + marks(PLAIN) + ", ?, ?, ?)";
    private static final String PLAIN_UPDATE = plainUpdate(false);
    private static final String PLAIN_UPDATE_WRITER = plainUpdate(true);
    private static final String KEYED_UPDATE = keyedUpdate();

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
        PreparedStatement update = statements.get(documentId == null ? PLAIN_UPDATE : PLAIN_UPDATE_WRITER);
        int at = bind(update, 1, plain);
        if (documentId != null) {
            update.setString(at++, documentId);
            update.setInt(at++, ordinal);
        }
        update.setString(at, id);
        if (update.executeUpdate() == 0) {
            if (documentId == null) {
                return false;
            }
            PreparedStatement insert = statements.get(INSERT);
            at = bind(insert, bind(insert, 1, keyed), plain);
            insert.setString(at++, id);
            insert.setString(at++, documentId);
            insert.setInt(at, ordinal);
            insert.executeUpdate();
            return true;
        }
        PreparedStatement keyedUpdate = statements.get(KEYED_UPDATE);
        keyedUpdate.setString(bind(keyedUpdate, 1, keyed), id);
        keyedUpdate.executeUpdate();
        return true;
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

    private static String plainUpdate(boolean writer) {
        return "UPDATE events SET (" + String.join(", ", PLAIN) + (writer ? ", document_id, ordinal" : "") + ") = ("
                + marks(PLAIN) + (writer ? ", ?, ?" : "") + ") WHERE id = ?";
    }

    /** Numbered parameters, each used twice: as the new value and to tell whether it differs from the stored one. */
    private static String keyedUpdate() {
        StringBuilder values = new StringBuilder();
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < KEYED.length; i++) {
            values.append(i == 0 ? "" : ", ").append('?').append(i + 1);
            changed.append(i == 0 ? "" : " OR ").append(KEYED[i]).append(" IS NOT ?").append(i + 1);
        }
        return "UPDATE events SET (" + String.join(", ", KEYED) + ") = (" + values + ") WHERE id = ?"
                + (KEYED.length + 1) + " AND (" + changed + ")";
    }

    private static String marks(int n) {
        return "?" + ", ?".repeat(n - 1);
    }

    /** The plain columns' parameters: the record's is cast to text, so that it may be bound as UTF-8 bytes. */
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
