package org.sitrep.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.Block;
import org.sitrep.store.ChangeSet;

/**
 * The writer's copy of the dated, linked reports of a stretch of days, kept between documents so that a document's
 * candidate look-up reads memory instead of the reports' R*Tree (that read, row by row through JDBC, was most of
 * recording a document into a store of densely retold events). It holds, for every day it covers, every report
 * whose dates reach that day and that belongs to an event, as the store has it; the rows a look-up takes from it are
 * a superset of what the R*Tree would give, and {@link SqliteCandidates} picks each block's events from them
 * exactly as before, in the same order.
 * <p>
 * It stays true because every change goes through the writer: a committed change set's reports are read back inside
 * its transaction and taken in only after COMMIT; any other write, a failure, or a commit by another connection
 * (seen through {@code PRAGMA data_version}, checked under the write lock before each look-up) empties it, and it
 * is read again. Used under the store's lock only.
 */
final class SqliteReportWindow {
    /** Past this many reports the copy starts afresh at the days asked for. */
    private static final int MAX_ROWS = 100_000;
    private static final String COLUMNS = "r.rowid, r.event_id, r.lat, r.lon, r.date_start, r.date_end";

    /** Reports by rowid. */
    private final Map<Long, SqliteCandidates.Row> rows = new HashMap<>();
    /** The same reports by their first day. */
    private final TreeMap<Long, List<SqliteCandidates.Row>> byFirstDay = new TreeMap<>();
    /** The longest span (last day - first day) of a report held. */
    private long longest;
    /** The days covered: [from, to]; empty when from > to. */
    private long from = 1;
    private long to = 0;
    /** The store's data_version when the copy was last known true; -1 when there is none. */
    private long version = -1;

    /** Reports read back inside a change set's transaction, taken in when it commits. */
    static final class Staged {
        private final List<SqliteCandidates.Row> rows;

        private Staged(List<SqliteCandidates.Row> rows) {
            this.rows = rows;
        }
    }

    /** Forgets everything (after a write it does not follow, a failure, or another connection's commit). */
    void forget() {
        rows.clear();
        byFirstDay.clear();
        longest = 0;
        from = 1;
        to = 0;
        version = -1;
    }

    /**
     * The reports a group's look-up considers: every held report whose days reach [first, last] and that is
     * unplaced or inside the box (a superset of the R*Tree's answer), after making sure those days are held and
     * the copy is current. To be called on the writer connection inside its write transaction.
     */
    List<SqliteCandidates.Row> rows(Statements st, long first, long last, Block.Box box) throws SQLException {
        long now = dataVersion(st);
        if (now != version) {
            forget();
            version = now;
        }
        cover(st, first, last);
        List<SqliteCandidates.Row> out = new ArrayList<>();
        for (List<SqliteCandidates.Row> starting : byFirstDay.subMap(first - longest, true, last, true).values()) {
            for (SqliteCandidates.Row r : starting) {
                if (r.lastDay() >= first && (Double.isNaN(r.lat()) || Double.isNaN(r.lon()) || (r.lat() >= box.minLat()
                        && r.lat() <= box.maxLat() && r.lon() >= box.minLon() && r.lon() <= box.maxLon()))) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * Reads back, inside the change set's transaction (after it was applied), the reports it added or moved, as
     * the store now has them.
     */
    Staged stage(Statements st, ChangeSet changes) throws SQLException {
        List<SqliteCandidates.Row> out = new ArrayList<>();
        if (version < 0) {
            return new Staged(out);
        }
        if (changes.document() != null) {
            read(st, "SELECT " + COLUMNS + " FROM reports r WHERE r.document_id = ?",
                    changes.document().info().id(), out);
        }
        for (String survivor : changes.absorbed().values()) {
            read(st, "SELECT " + COLUMNS + " FROM reports r WHERE r.event_id = ?", survivor, out);
        }
        for (ChangeSet.ReportMove m : changes.moves()) {
            read(st, "SELECT " + COLUMNS + " FROM reports r WHERE r.id = ?", m.reportId(), out);
        }
        return new Staged(out);
    }

    /** Takes in a committed change set's reports (our own commit leaves data_version as it was). */
    void committed(Staged staged) {
        if (version < 0) {
            return;
        }
        for (SqliteCandidates.Row r : staged.rows) {
            remove(r.rowid());
            if (r.eventId() != null && r.start() != null && r.end() != null) {
                add(r);
            }
        }
    }

    private void cover(Statements st, long first, long last) throws SQLException {
        if (from <= to && first >= from && last <= to) {
            return;
        }
        if (from > to || rows.size() > MAX_ROWS) {
            forget0();
            load(st, first, last);
            from = first;
            to = last;
            return;
        }
        if (first < from) {
            load(st, first, from - 1);
            from = first;
        }
        if (last > to) {
            load(st, to + 1, last);
            to = last;
        }
    }

    /** Empties the copy but keeps the data_version it is true for. */
    private void forget0() {
        long v = version;
        forget();
        version = v;
    }

    private void load(Statements st, long first, long last) throws SQLException {
        PreparedStatement s = st.get("SELECT " + COLUMNS + " FROM report_blocks b JOIN reports r ON r.id = "
                + "b.report_id WHERE b.last_day >= ? AND b.first_day <= ? AND r.event_id IS NOT NULL");
        s.setLong(1, first);
        s.setLong(2, last);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                SqliteCandidates.Row r = row(rs);
                if (!rows.containsKey(r.rowid())) {
                    add(r);
                }
            }
        }
    }

    private static void read(Statements st, String sql, String param, List<SqliteCandidates.Row> out)
            throws SQLException {
        PreparedStatement s = st.get(sql);
        s.setString(1, param);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
    }

    private static SqliteCandidates.Row row(ResultSet rs) throws SQLException {
        return new SqliteCandidates.Row(rs.getLong(1), rs.getString(2), SqliteCandidates.real(rs, 3),
                SqliteCandidates.real(rs, 4), rs.getString(5), rs.getString(6));
    }

    private void add(SqliteCandidates.Row r) {
        rows.put(r.rowid(), r);
        byFirstDay.computeIfAbsent(r.firstDay(), k -> new ArrayList<>(2)).add(r);
        longest = Math.max(longest, r.lastDay() - r.firstDay());
    }

    private void remove(long rowid) {
        SqliteCandidates.Row old = rows.remove(rowid);
        if (old != null) {
            List<SqliteCandidates.Row> starting = byFirstDay.get(old.firstDay());
            starting.remove(old);
            if (starting.isEmpty()) {
                byFirstDay.remove(old.firstDay());
            }
        }
    }

    /** The connection's data_version (PRAGMA statements run when stepped, so a kept one reads it afresh). */
    static long dataVersion(Statements st) throws SQLException {
        try (ResultSet rs = st.get("PRAGMA data_version").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An ISO date's epoch day, read as the codec reads stored days (every row of the window is read through it). */
    static long day(String isoDate) {
        return SitrepJson.isoDay(isoDate).toEpochDay();
    }
}
