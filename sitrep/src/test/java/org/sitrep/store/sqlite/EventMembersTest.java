package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.TestRecords;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.ChangeSet;

/**
 * The writer's copy of the events' members (SqliteEventMembers) answers inside a write plan what the reports table
 * answers, in the same order, after any run of documents, absorbed events and moved reports, by this store or by
 * another one writing the same file.
 */
class EventMembersTest {
    private static final LocalDate DAY = LocalDate.of(2016, 2, 2);

    @TempDir
    Path dir;

    @Test
    void reportIdsOfEvents_inAPlan_sameAsTheTable_afterAddsAbsorbsAndMoves() {
        Path db = dir.resolve("m.db");
        Random random = new Random(5);
        List<String> reportIds = new ArrayList<>();
        try (SqliteStore a = SqliteStore.open(db); SqliteStore b = SqliteStore.open(db)) {
            for (int doc = 0; doc < 120; doc++) {
                // mostly this writer, sometimes the other one: its commits must empty this writer's copy
                SqliteStore writer = random.nextInt(8) == 0 ? b : a;
                // document ids out of order, so a new document's reports sort among the stored ones
                String docId = "d" + random.nextInt(1000) + "-" + doc;
                List<String> events = new ArrayList<>();
                for (int e = 0; e < 30; e++) {
                    events.add("e" + e);
                }
                Map<String, List<String>> expected = expected(a, events);
                List<Map<String, List<String>>> seen = new ArrayList<>();
                writer.write(latest -> {
                    seen.add(latest.reportIdsOfEvents(events));
                    return change(random, docId, reportIds);
                });
                assertEquals(expected, seen.get(0), "in the plan before document " + doc);
            }
        }
    }

    /** What a read connection answers (no copy is involved outside a write plan). */
    private static Map<String, List<String>> expected(SqliteStore store, List<String> events) {
        Map<String, List<String>> out = new HashMap<>();
        for (String e : events) {
            out.put(e, store.reportIdsOfEvent(e));
        }
        return out;
    }

    private static ChangeSet change(Random random, String docId, List<String> reportIds) {
        DocumentInfo info = DocumentInfo.of(TestRecords.document(docId, "text of " + docId, "Outlet", DAY));
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            Report r = TestRecords.fullReport(docId, i, SubEventType.AIR_DRONE_STRIKE, "Raqqa", 35.95, 39.01,
                    DAY.plusDays(random.nextInt(5)), 1, null, "Outlet");
            reports.add(random.nextInt(6) == 0 ? r.withEventId(null) : r.withEventId("e" + random.nextInt(30)));
        }
        Map<String, String> absorbed = new HashMap<>();
        if (random.nextInt(4) == 0) {
            absorbed.put("e" + random.nextInt(30), "e" + random.nextInt(30));
            absorbed.entrySet().removeIf(m -> m.getKey().equals(m.getValue()));
        }
        List<ChangeSet.ReportMove> moves = new ArrayList<>();
        for (int m = random.nextInt(4); m > 0 && !reportIds.isEmpty(); m--) {
            moves.add(new ChangeSet.ReportMove(reportIds.get(random.nextInt(reportIds.size())),
                    "e" + random.nextInt(30)));
        }
        reports.forEach(r -> reportIds.add(r.id()));
        return new ChangeSet(new ChangeSet.NewDocument(info, reports, 1, null, null, null, null, null), absorbed,
                moves, List.of());
    }
}
