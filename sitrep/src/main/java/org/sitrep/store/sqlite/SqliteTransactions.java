package org.sitrep.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.JdbcTransaction;
import org.sitrep.store.PutResult;
import org.sitrep.store.Removal;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The writer connection's transactions: planned writes (one plan, or a group in one commit), prepared change sets,
 * removals. Every write transaction starts with BEGIN IMMEDIATE, which takes SQLite's write lock before anything is
 * read (a deferred transaction would read an older snapshot and then fail to upgrade), and whoever finds the lock
 * taken waits and tries again ({@link BusyRetry}). The writer's copies of nearby reports and of the events' members
 * follow every applied change and are emptied by any failure; the checkpointer hears of every commit. Called under
 * the store's lock.
 */
final class SqliteTransactions {
    private final Store store;
    private final Connection writer;
    private final Statements writes;
    private final SitrepJson json;
    private final SqliteReportWindow window;
    private final SqliteEventMembers members;
    private final SqliteCheckpointer checkpointer;
    private final BusyRetry busy;
    private final String file;
    /** The thread running a write plan: its reads go to the writer connection, inside the transaction. */
    private volatile Thread planning;

    SqliteTransactions(Store store, Connection writer, Statements writes, SitrepJson json, SqliteReportWindow window,
                       SqliteEventMembers members, SqliteCheckpointer checkpointer, BusyRetry busy, String file) {
        this.store = store;
        this.writer = writer;
        this.writes = writes;
        this.json = json;
        this.window = window;
        this.members = members;
        this.checkpointer = checkpointer;
        this.busy = busy;
        this.file = file;
    }

    /** True on the thread running a write plan. */
    boolean planning() {
        return planning == Thread.currentThread();
    }

    PutResult write(Function<Store, ChangeSet> plan) {
        notPlanning();
        ChangeSet[] planned = new ChangeSet[1];
        try {
            return busy.run(file, "nothing was written", () -> attempt(List.of(plan), planned)).get(0);
        } catch (SQLException e) {
            throw failure(notStored(planned[0]), e);
        } catch (StoreException e) {
            if (planned[0] == null || !BusyRetry.busy(e)) {
                throw e;
            }
            throw new StoreException(e.getMessage().replace("nothing was written", notStored(planned[0])), e);
        }
    }

    List<PutResult> writeAll(List<Function<Store, ChangeSet>> plans) {
        if (plans.size() == 1) {
            return List.of(write(plans.get(0)));
        }
        notPlanning();
        String what = plans.size() + " documents were not written";
        try {
            return busy.run(file, what, () -> attempt(plans, new ChangeSet[1]));
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * One try: each plan reads the latest state on the writer connection, the ones before it applied, and its
     * change set is applied at once; the writer's copies take each applied change, so the next plan reads through
     * them what the transaction holds. All is committed at the end (rolled back when nothing was added), or, on a
     * failure anywhere, all is rolled back and both copies are emptied. {@code planned} holds the last plan's
     * change set, for the message.
     */
    private List<PutResult> attempt(List<Function<Store, ChangeSet>> plans, ChangeSet[] planned)
            throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                List<PutResult> results = new ArrayList<>(plans.size());
                SqliteWriter w = new SqliteWriter(writes, json);
                // in a group, each event's row is written once, as its last plan left it: no plan reads the events
                // table (they link through the reports), and a group of documents about the same happenings rewrote
                // the same rows, with their indexes and triggers, document after document; a single plan writes its
                // rows as it applies them (with them held to the end, a 20 MB document ran out of a 512 MiB heap)
                Map<String, ChangeSet.EventWrite> events = new LinkedHashMap<>();
                boolean added = false;
                for (Function<Store, ChangeSet> plan : plans) {
                    planning = Thread.currentThread();
                    ChangeSet changes;
                    try {
                        changes = plan.apply(store);
                    } finally {
                        planning = null;
                    }
                    planned[0] = changes;
                    PutResult result = changes == null ? PutResult.UNCHANGED
                            : plans.size() == 1 ? apply(w, changes) : applyRecords(w, changes, events);
                    if (result == PutResult.ADDED) {
                        window.committed(window.stage(writes, changes));
                        members.committed(changes);
                        added = true;
                    }
                    results.add(result);
                }
                for (ChangeSet.EventWrite e : events.values()) {
                    w.writeEvent(e);
                }
                s.execute(added ? "COMMIT" : "ROLLBACK");
                if (added) {
                    committed();
                }
                return results;
            } catch (SQLException | RuntimeException e) {
                window.forget();
                members.forget();
                rollbackQuietly(s);
                throw e;
            }
        }
    }

    int commitAll(List<ChangeSet> changes) {
        notPlanning();
        String what = changes.size() + " change sets were not written";
        window.forget();
        members.forget();
        try {
            return busy.run(file, what, () -> {
                try (Statement s = writer.createStatement()) {
                    s.execute("BEGIN IMMEDIATE");
                    try {
                        SqliteWriter w = new SqliteWriter(writes, json);
                        int added = 0;
                        for (ChangeSet c : changes) {
                            added += apply(w, c) == PutResult.ADDED ? 1 : 0;
                        }
                        s.execute("COMMIT");
                        committed();
                        return added;
                    } catch (SQLException | RuntimeException e) {
                        rollbackQuietly(s);
                        throw e;
                    }
                }
            });
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    void remove(Removal removal) {
        String id = removal.documentId();
        window.forget();
        members.forget();
        try {
            JdbcTransaction.run(writer, () -> {
                if (!new SqliteWriter(writes, json).exists("documents", id)) {
                    throw new StoreException(file + ": no document " + id + " is stored; nothing was removed");
                }
                new SqliteRemover(writes, json).apply(removal);
                return null;
            });
            committed();
        } catch (SQLException e) {
            throw failure("document " + id + " was not removed", e);
        }
    }

    private void notPlanning() {
        if (planning != null) {
            throw new IllegalStateException("a write plan must not write; it answers a change set");
        }
    }

    /**
     * After a commit: the checkpointer may copy the log into the file; if its last checkpoint failed, SQLite's own
     * automatic checkpoints take over again on the writer, so the log stays bounded.
     */
    private void committed() {
        if (!checkpointer.failed()) {
            checkpointer.committed();
            return;
        }
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = " + SqliteCheckpointer.DEFAULT_LOG_PAGES);
        } catch (SQLException e) {
            // the commit stands; the log then waits for the close's checkpoint, which loses nothing either
        }
    }

    /**
     * A change set's records but its events' rows, which join {@code events} (an event written again keeps its first
     * place, so new events are inserted in the order they were first written; an absorbed event's row is not
     * written at all).
     */
    private static PutResult applyRecords(SqliteWriter w, ChangeSet changes, Map<String, ChangeSet.EventWrite> events)
            throws SQLException {
        if (changes.document() != null && w.exists("documents", changes.document().info().id())) {
            return PutResult.UNCHANGED;
        }
        w.applyRecords(changes);
        events.keySet().removeAll(changes.absorbed().keySet());
        for (ChangeSet.EventWrite e : changes.events()) {
            events.put(e.event().id(), e);
        }
        return PutResult.ADDED;
    }

    private static PutResult apply(SqliteWriter w, ChangeSet changes) throws SQLException {
        if (changes.document() != null && w.exists("documents", changes.document().info().id())) {
            return PutResult.UNCHANGED;
        }
        w.apply(changes);
        return PutResult.ADDED;
    }

    private static String notStored(ChangeSet changes) {
        if (changes == null || changes.document() == null) {
            return "events were not written";
        }
        return "document " + changes.document().info().id() + " (" + changes.document().info().path()
                + ") was not stored";
    }

    private static void rollbackQuietly(Statement s) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction left to roll back (SQLite rolled it back itself); the first failure is what matters
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(file + ": " + what + ": " + e.getMessage(), e);
    }
}
