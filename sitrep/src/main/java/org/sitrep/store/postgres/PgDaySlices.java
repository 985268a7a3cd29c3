package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.sitrep.model.Query;

/**
 * A page of dated rows in a box (or near a place) read a slice of days at a time. One statement over the whole
 * window must either walk the (date_start, id) index until the box has given a page, which for a town's box over
 * ten years reads tens of thousands of rows, or take every row of the box from the (place, dates) GiST index and
 * sort them all for the first hundred (6,895 rows and 0.48 s for one town over 1,000,000 events). A slice of days
 * bounds both: whichever index the planner takes for it reads at most the slice. The first slice spans the days
 * that would hold a page if the box held every stored row (the table's rows per day); each slice that leaves the
 * page short makes the next one longer by what it found ({@link #growth}), so a dense box takes one slice and a
 * sparse one over years a few. Slices follow one another in date order, so the rows come out in the order they are listed.
 */
final class PgDaySlices {
    private static final long MOST_GROWTH = 16;
    private static final long PARTIAL_GROWTH = 4;

    /** Reads the rows beginning from {@code from} until {@code until} (exclusive; null: no end). */
    interface Slice {
        void read(LocalDate from, LocalDate until) throws SQLException;
    }

    private PgDaySlices() {
    }

    /** Whether a query is read by slices: a page in a box or near a place. */
    static boolean answers(Query q) {
        return q.limit() != null && (q.bbox() != null || q.near() != null);
    }

    /** Reads slices until the page is full ({@code sent} counts what was sent) or the dates run out. */
    static void read(Connection c, String table, Query q, int[] sent, Slice slice) throws SQLException {
        LocalDate[] span = new LocalDate[2];
        double rows = span(c, table, span);
        if (span[0] == null) {
            return;
        }
        LocalDate start = latest(latest(span[0], q.from()), q.after() == null ? null : q.after().date());
        LocalDate last = q.to() != null && q.to().isBefore(span[1]) ? q.to() : span[1];
        long days = firstSliceDays(q.limit() - sent[0], rows, ChronoUnit.DAYS.between(span[0], span[1]) + 1);
        // after a cursor, the first slice's day is partly read already: what it gives says little of the density
        boolean partial = q.after() != null;
        while (sent[0] < q.limit() && !start.isAfter(last)) {
            LocalDate until = start.plusDays(days);
            int before = sent[0];
            // the last slice is open: rows written after the span was read still belong to the answer
            slice.read(start, until.isAfter(last) ? null : until);
            start = until;
            long growth = partial ? PARTIAL_GROWTH : growth(sent[0] - before, q.limit() - sent[0]);
            days = Math.min(days * growth, 1L << 20);
            partial = false;
        }
    }

    /**
     * How much longer the next slice is than one that gave {@code got} rows with {@code wanted} still wanted:
     * enough for twice what is wanted at the density just seen, at least twice and at most sixteen times as long
     * (a box's rows are not spread evenly over the years).
     */
    static long growth(int got, int wanted) {
        if (got <= 0) {
            return MOST_GROWTH;
        }
        return Math.max(2, Math.min(MOST_GROWTH, (long) Math.ceil(2.0 * wanted / got)));
    }

    /**
     * Days that would hold {@code wanted} rows (and one more, to know the page is not the last) at the table's
     * mean rows per day; one when the table has no statistics yet (the slices then grow from a day).
     */
    static long firstSliceDays(int wanted, double rows, long spanDays) {
        if (rows <= 0 || spanDays <= 0) {
            return 1;
        }
        return Math.max(1, (long) Math.ceil((wanted + 1) / (rows / spanDays)));
    }

    /** The first and last start dates in {@code table} (nulls when none is dated); returns its estimated rows. */
    private static double span(Connection c, String table, LocalDate[] span) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT min(date_start), max(date_start), (SELECT reltuples "
                + "FROM pg_class WHERE oid = '" + table + "'::regclass) FROM " + table);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            span[0] = rs.getObject(1, LocalDate.class);
            span[1] = rs.getObject(2, LocalDate.class);
            return rs.getDouble(3);
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
