package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.json.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.link.DocumentFacts;
import org.sitrep.link.EventCluster;
import org.sitrep.link.EventIndex;
import org.sitrep.link.LinkSettings;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Location;
import org.sitrep.model.Report;

/**
 * The stored events as the linker's {@link EventIndex}: candidates come from the reports table by blocking on
 * the report's time window and a box around its place, so linking a document reads a few events, never the
 * whole store. Used inside the store's write transaction only; the cache lives for one document.
 */
final class StoredEvents implements EventIndex {
    /** Days either side of a report's interval within which stored reports are considered. */
    static final int WINDOW_DAYS = 10;
    /**
     * Half-width of the box around a report's place, in degrees of latitude: as far as a province-only place,
     * coded at its capital, may lie from a town in the same province (about 110 km to the degree).
     */
    static final double BOX_DEGREES = Math.max(1.0, LinkSettings.standard().provinceReachKm() / 110.0);
    /** At most this many events per lookup; the nearest in time come first. */
    static final int MAX_CANDIDATES = 400;

    private final Connection connection;
    private final SitrepJson json;
    private final Map<String, EventCluster> clusters = new HashMap<>();
    private final Map<String, ReportRecord> records = new HashMap<>();

    StoredEvents(Connection connection, SitrepJson json) {
        this.connection = connection;
        this.json = json;
    }

    @Override
    public List<EventCluster> candidates(Report report) {
        DateSpan date = report.date();
        Location loc = report.location();
        boolean placed = loc != null && loc.resolved();
        if (date == null && !placed) {
            // nothing to block on: such a report links only within its own document
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT DISTINCT event_id FROM reports WHERE event_id IS NOT NULL");
        List<Object> params = new ArrayList<>();
        if (date != null) {
            sql.append(" AND date_end >= ? AND date_start <= ?");
            params.add(date.start().minusDays(WINDOW_DAYS).toString());
            params.add(date.end().plusDays(WINDOW_DAYS).toString());
        }
        if (placed) {
            sql.append(" AND (lat IS NULL OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?))");
            params.add(loc.lat() - BOX_DEGREES);
            params.add(loc.lat() + BOX_DEGREES);
            params.add(loc.lon() - BOX_DEGREES * 1.3);
            params.add(loc.lon() + BOX_DEGREES * 1.3);
        }
        sql.append(" LIMIT ").append(MAX_CANDIDATES);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            List<EventCluster> out = new ArrayList<>(ids.size());
            for (String id : ids) {
                out.add(cluster(id));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreLinkException("cannot look up events near report " + report.id(), e);
        }
    }

    /** An event's stored reports, read once per document. */
    EventCluster cluster(String eventId) throws SQLException {
        EventCluster c = clusters.get(eventId);
        if (c != null) {
            return c;
        }
        List<Report> reports = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT json FROM reports WHERE event_id = ? ORDER BY document_id, ordinal")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ReportRecord rec = json.readReport(rs.getString(1));
                    records.put(rec.report().id(), rec);
                    reports.add(rec.report());
                }
            }
        }
        c = new EventCluster(eventId, reports);
        clusters.put(eventId, c);
        return c;
    }

    /** The stored record of a report read by this index, or null when it was not read (a new report). */
    ReportRecord stored(String reportId) {
        return records.get(reportId);
    }

    /** Facts of the stored documents behind these reports. */
    Map<String, DocumentFacts> documents(List<Report> reports) throws SQLException {
        return documents(reports, null);
    }

    /** Facts of the documents behind these reports: stored ones from the table, plus the one being written. */
    Map<String, DocumentFacts> documents(List<Report> reports, DocumentFacts current) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (Report r : reports) {
            ids.add(r.documentId());
        }
        Map<String, DocumentFacts> out = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT outlet, published, original_outlet, duplicate_of FROM documents WHERE id = ?")) {
            for (String id : ids) {
                if (current != null && id.equals(current.documentId())) {
                    out.put(id, current);
                    continue;
                }
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        String published = rs.getString(2);
                        out.put(id, new DocumentFacts(id, rs.getString(1),
                                published == null ? null : LocalDate.parse(published), rs.getString(3),
                                rs.getString(4)));
                    }
                }
            }
        }
        return out;
    }

    /** Unchecked wrapper so the linker's callback can fail; unwrapped by the store into a StoreException. */
    static final class StoreLinkException extends RuntimeException {
        StoreLinkException(String message, SQLException cause) {
            super(message, cause);
        }
    }
}
