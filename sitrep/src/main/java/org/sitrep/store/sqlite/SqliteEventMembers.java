package org.sitrep.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Report;
import org.sitrep.store.ChangeSet;

/**
 * The writer's copy of which reports the events it recently linked against have, kept between documents: a
 * conflict-dense document asks for the reports of a few hundred nearby events, the same events as the documents
 * before it, and reading them again through the reports' event index (a table row per report) was the largest
 * part of its candidate look-up.
 * <p>
 * An event is held whole or not at all. It stays true the way {@link SqliteReportWindow} does: every change goes
 * through the writer, and a committed change set is applied to the copy only after COMMIT (an event whose new
 * membership the copy cannot work out is dropped and read again when asked for); any other write, a failure, or a
 * commit by another connection (seen through {@code PRAGMA data_version}, checked under the write lock before
 * each read) empties it. Used under the store's lock only.
 */
final class SqliteEventMembers {
    /** Past this many reports held the copy starts afresh. */
    private static final int MAX_MEMBERS = 200_000;
    /** Ids per query: well under SQLite's limit on bound parameters. */
    private static final int CHUNK = 500;
    /**
     * The stored order of an event's reports: document id as SQLite's BINARY collation compares it (the UTF-8
     * bytes, i.e. by code point, which String.compareTo is not beyond the BMP), then the report's ordinal.
     */
    private static final Comparator<Member> ORDER = (a, b) -> {
        int c = compareCodePoints(a.documentId(), b.documentId());
        return c != 0 ? c : Integer.compare(a.ordinal(), b.ordinal());
    };

    /** A stored report as an event's member: where it sorts and its id. */
    private record Member(String documentId, int ordinal, String reportId) {
    }

    /** Each held event's reports in stored order. */
    private final Map<String, List<Member>> byEvent = new HashMap<>();
    /** The event of every report held. */
    private final Map<String, String> eventOf = new HashMap<>();
    /** The store's data_version when the copy was last known true; -1 when there is none. */
    private long version = -1;

    /** Forgets everything (after a write it does not follow, a failure, or another connection's commit). */
    void forget() {
        byEvent.clear();
        eventOf.clear();
        version = -1;
    }

    /**
     * Each event's report ids in the order of the store's {@code reportIdsOfEvent} (document, then order within
     * it), an empty list for an event with none; the events held are answered from memory, the others read and
     * then held. To be called on the writer connection inside its write transaction.
     */
    Map<String, List<String>> reportIdsOf(Statements st, Collection<String> eventIds) throws SQLException {
        long now = SqliteReportWindow.dataVersion(st);
        if (now != version) {
            forget();
            version = now;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : new LinkedHashSet<>(eventIds)) {
            out.put(id, null);
            if (!byEvent.containsKey(id)) {
                missing.add(id);
            }
        }
        if (eventOf.size() + missing.size() > MAX_MEMBERS) {
            byEvent.clear();
            eventOf.clear();
            missing = new ArrayList<>(out.keySet());
        }
        read(st, missing);
        for (Map.Entry<String, List<String>> e : out.entrySet()) {
            List<Member> members = byEvent.get(e.getKey());
            List<String> ids = new ArrayList<>(members.size());
            for (Member m : members) {
                ids.add(m.reportId());
            }
            e.setValue(ids);
        }
        return out;
    }

    private void read(Statements st, List<String> eventIds) throws SQLException {
        for (String id : eventIds) {
            byEvent.put(id, new ArrayList<>(4));
        }
        for (int i = 0; i < eventIds.size(); i += CHUNK) {
            List<String> chunk = eventIds.subList(i, Math.min(eventIds.size(), i + CHUNK));
            try (ResultSet rs = SqliteBatchReads.in(st, "SELECT event_id, document_id, ordinal, id FROM reports "
                    + "WHERE event_id IN (", ")", chunk).executeQuery()) {
                while (rs.next()) {
                    Member m = new Member(rs.getString(2), rs.getInt(3), rs.getString(4));
                    byEvent.get(rs.getString(1)).add(m);
                    eventOf.put(m.reportId(), rs.getString(1));
                }
            }
        }
        for (String id : eventIds) {
            byEvent.get(id).sort(ORDER);
        }
    }

    /**
     * Applies a committed change set to the copy, in the order the writer applied it: the new document's reports
     * join the events they name, absorbed events hand their reports to the survivor, moved reports change event.
     * Our own commit leaves data_version as it was, so the copy stays current.
     */
    void committed(ChangeSet changes) {
        if (version < 0) {
            return;
        }
        ChangeSet.NewDocument doc = changes.document();
        if (doc != null) {
            for (int i = 0; i < doc.reports().size(); i++) {
                Report r = doc.reports().get(i);
                List<Member> members = r.eventId() == null ? null : byEvent.get(r.eventId());
                if (members != null) {
                    insert(members, new Member(r.documentId(), i, r.id()));
                    eventOf.put(r.id(), r.eventId());
                }
            }
        }
        for (Map.Entry<String, String> a : changes.absorbed().entrySet()) {
            List<Member> old = byEvent.get(a.getKey());
            List<Member> survivor = byEvent.get(a.getValue());
            if (old != null && survivor != null) {
                for (Member m : old) {
                    insert(survivor, m);
                    eventOf.put(m.reportId(), a.getValue());
                }
            } else {
                drop(a.getKey());
                drop(a.getValue());
            }
            // every report of the absorbed event moved: it has none now
            byEvent.put(a.getKey(), new ArrayList<>(0));
        }
        for (ChangeSet.ReportMove move : changes.moves()) {
            String from = eventOf.get(move.reportId());
            List<Member> target = byEvent.get(move.eventId());
            Member moved = from == null ? null : take(from, move.reportId());
            if (moved != null && target != null) {
                insert(target, moved);
                eventOf.put(move.reportId(), move.eventId());
            } else {
                eventOf.remove(move.reportId());
                drop(move.eventId());
            }
        }
    }

    private static void insert(List<Member> members, Member m) {
        int at = Collections.binarySearch(members, m, ORDER);
        members.add(at < 0 ? -at - 1 : at, m);
    }

    /** Removes a report from a held event's members; null when the event is not held. */
    private Member take(String eventId, String reportId) {
        List<Member> members = byEvent.get(eventId);
        if (members == null) {
            return null;
        }
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).reportId().equals(reportId)) {
                return members.remove(i);
            }
        }
        return null;
    }

    /** Stops holding an event (its members are read again when asked for). */
    private void drop(String eventId) {
        List<Member> members = byEvent.remove(eventId);
        if (members != null) {
            for (Member m : members) {
                eventOf.remove(m.reportId());
            }
        }
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
