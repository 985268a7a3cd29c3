package org.sitrep.store.sqlite;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Event;
import org.sitrep.model.Processed;
import org.sitrep.record.Recorder;
import org.sitrep.model.Counts;
import org.sitrep.store.PutResult;
import org.sitrep.model.Query;
import org.sitrep.model.Syndication;

/** A SQLite store with its recorder, as the tests of storing whole documents use them together. */
final class RecordingStore implements AutoCloseable {
    final SqliteStore store;
    private final Recorder recorder;

    private RecordingStore(SqliteStore store, EventAssessor assessor) {
        this.store = store;
        this.recorder = new Recorder(store, assessor);
    }

    static RecordingStore open(Path file) {
        return new RecordingStore(SqliteStore.open(file), EventAssessor.standard());
    }

    static RecordingStore open(Path file, Migrations migrations) {
        return new RecordingStore(SqliteStore.open(file, migrations), EventAssessor.standard());
    }

    static RecordingStore open(Path file, EventAssessor assessor) {
        return new RecordingStore(SqliteStore.open(file), assessor);
    }

    PutResult put(Processed p) {
        return recorder.record(p, null);
    }

    int regrade(EventAssessor assessor) {
        return new Recorder(store, assessor).regrade();
    }

    int schemaVersion() {
        return store.schemaVersion();
    }

    Counts counts() {
        return store.counts();
    }

    List<Event> events(Query q) {
        return store.events(q);
    }

    List<ReportRecord> reports(Query q) {
        return store.reports(q);
    }

    Optional<Event> event(String id) {
        return store.event(id);
    }

    Optional<ReportRecord> report(String id) {
        return store.report(id);
    }

    Optional<DocumentInfo> document(String id) {
        return store.document(id);
    }

    List<ReportRecord> reportsOf(String documentId) {
        return store.reportsOf(documentId);
    }

    Optional<Syndication> syndication(String documentId) {
        return store.syndication(documentId);
    }

    Optional<LocalDate> lastPublished(Event e) {
        return store.lastPublished(e);
    }

    @Override
    public void close() {
        store.close();
    }
}
