package org.sitrep.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Processed;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.sqlite.SqliteStore;
import org.sitrep.store.sqlite.StoreDump;

/**
 * Documents recorded in groups (one commit for several, Recorder#recordAll) are stored exactly as when recorded one
 * by one, a document repeated within a group is stored once, and a group that fails leaves nothing of itself.
 */
class RecordAllTest {
    @TempDir
    Path dir;

    /** The example documents, processed (as RecorderCacheTest reads them). */
    private static List<Processed> documents() throws Exception {
        return RecorderCacheTest.documents();
    }

    @Test
    void groupsOfDocuments_storeWhatOneByOneStores() throws Exception {
        List<Processed> docs = documents();
        assertTrue(docs.size() >= 6, "example documents: " + docs.size());
        Path single = dir.resolve("single.db");
        try (SqliteStore store = SqliteStore.open(single)) {
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            docs.forEach(d -> recorder.record(d, null));
        }
        Path grouped = dir.resolve("grouped.db");
        List<PutResult> results = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(grouped)) {
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            for (int from = 0; from < docs.size(); from += 4) {
                List<Processed> group = docs.subList(from, Math.min(docs.size(), from + 4));
                results.addAll(recorder.recordAll(group, Collections.nCopies(group.size(), null)));
            }
        }
        assertEquals(Collections.nCopies(docs.size(), PutResult.ADDED), results);
        assertEquals(StoreDump.dump(single), StoreDump.dump(grouped));
    }

    @Test
    void aDocumentTwiceInOneGroup_isStoredOnce() throws Exception {
        Processed doc = documents().get(0);
        try (SqliteStore store = SqliteStore.open(dir.resolve("twice.db"))) {
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            assertEquals(List.of(PutResult.ADDED, PutResult.UNCHANGED),
                    recorder.recordAll(List.of(doc, doc), java.util.Arrays.asList(null, null)));
            assertEquals(1, store.counts().documents());
        }
    }

    @Test
    void aGroupThatFails_leavesNothingOfItself_andItsDocumentsCanBeRecordedAgain() throws Exception {
        List<Processed> docs = documents().subList(0, 3);
        Path db = dir.resolve("failed.db");
        try (SqliteStore sqlite = SqliteStore.open(db)) {
            // the third document's plan fails after the first two were applied in the same transaction
            Store failing = failingThirdPlan(sqlite);
            Recorder recorder = new Recorder(failing, EventAssessor.standard());
            assertThrows(StoreException.class, () -> recorder.recordAll(docs, Collections.nCopies(3, null)));
            assertEquals(0, sqlite.counts().documents());
            assertEquals(0, sqlite.counts().reports());
            for (Processed d : docs) {
                assertEquals(PutResult.ADDED, recorder.record(d, null));
            }
        }
        Path single = dir.resolve("single.db");
        try (SqliteStore store = SqliteStore.open(single)) {
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            docs.forEach(d -> recorder.record(d, null));
        }
        assertEquals(StoreDump.dump(single), StoreDump.dump(db));
    }

    /** A store whose grouped writes fail at the third plan (as a full disk would); everything else as given. */
    private static Store failingThirdPlan(Store delegate) {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("writeAll")) {
                        @SuppressWarnings("unchecked")
                        List<Function<Store, ChangeSet>> plans = (List<Function<Store, ChangeSet>>) args[0];
                        List<Function<Store, ChangeSet>> wrapped = new ArrayList<>();
                        for (int i = 0; i < plans.size(); i++) {
                            Function<Store, ChangeSet> plan = plans.get(i);
                            boolean fail = i == 2;
                            wrapped.add(latest -> {
                                ChangeSet c = plan.apply(latest);
                                if (fail) {
                                    throw new StoreException("disk full (test)");
                                }
                                return c;
                            });
                        }
                        return delegate.writeAll(wrapped);
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
