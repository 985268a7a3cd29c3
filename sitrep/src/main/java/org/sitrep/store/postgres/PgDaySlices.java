package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Query;

/**
 * A page of dated rows in a box (or near a place) read a slice of days at a time. One statement over the whole
 * window must either walk the (date_start, id) index until the box has given a page, which for a town's box over
 * ten years reads tens of thousands of rows, or take every row of the box from the (place, dates) GiST index and
 * sort them all for the first hundred (6,895 rows and 0.48 s for one town over 1,000,000 events). A slice of days
 * bounds both: whichever index the planner takes for it reads at most the slice. The planner's estimate of the
 * rows in the box and window decides: a few pages' worth are read in one statement (a town over a month); more,
 * in slices, the first spanning the days that would hold a page at the box's planned rows per day, each slice
 * that leaves the page short making the next longer by what it found ({@link #growth}). Slices follow one
 * another in date order, so the rows come out in the order they are listed.
 */
final class PgDaySlices {
    private static final long MOST_GROWTH = 16;
    private static final long PARTIAL_GROWTH = 4;
    /** Up to this many pages' worth of planned rows, the window is read in one statement (a slice costs a plan). */
    private static final int ONE_STATEMENT_PAGES = 3;
    private static final Pattern PLAN_ROWS = Pattern.compile(" rows=(\\d+(?:\\.\\d+)?)");

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
        LocalDate[] span = span(c, table);
        if (span[0] == null) {
            return;
        }
        LocalDate start = latest(latest(span[0], q.from()), q.after() == null ? null : q.after().date());
        LocalDate last = q.to() != null && q.to().isBefore(span[1]) ? q.to() : span[1];
        if (start.isAfter(last)) {
            return;
        }
        double rows = plannedRows(c, table, q, start, last);
        if (rows <= ONE_STATEMENT_PAGES * q.limit()) {
            slice.read(start, null);
            return;
        }
        long days = firstSliceDays(q.limit() - sent[0], rows, ChronoUnit.DAYS.between(start, last) + 1);
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
     * Days that would hold {@code wanted} rows (and one more, to know the page is not the last) at the box's
     * planned rows per day; one when the planner has no figure (the slices then grow from a day).
     */
    static long firstSliceDays(int wanted, double rows, long spanDays) {
        if (rows <= 0 || spanDays <= 0) {
            return 1;
        }
        return Math.max(1, (long) Math.ceil((wanted + 1) / (rows / spanDays)));
    }

    /** The first and last start dates in {@code table} (nulls when none is dated). */
    private static LocalDate[] span(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT min(date_start), max(date_start) FROM " + table);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)};
        }
    }

    /**
     * The rows the planner expects in the box beginning from {@code from} to {@code last}: its statistics know
     * how the places and the dates spread (PostGIS keeps a histogram of the points), which the table's mean per day
     * does not; 0 when it says nothing.
     */
    private static double plannedRows(Connection c, String table, Query q, LocalDate from, LocalDate last)
            throws SQLException {
        StringBuilder sql = new StringBuilder("EXPLAIN SELECT 1 FROM " + table
                + " WHERE date_start >= ? AND date_start <= ?");
        List<Object> params = new ArrayList<>(List.of(from, last));
        PgQueries.spatial(sql, params, q);
        try (PreparedStatement s = PgQueries.prepare(c, sql.toString(), params); ResultSet rs = s.executeQuery()) {
            Matcher m = rs.next() ? PLAN_ROWS.matcher(rs.getString(1)) : null;
            return m != null && m.find() ? Double.parseDouble(m.group(1)) : 0;
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
