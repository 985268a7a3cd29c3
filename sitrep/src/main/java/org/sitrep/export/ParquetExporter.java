package org.sitrep.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.Syndication;
import org.sitrep.store.Store;
import org.sitrep.store.StoredFingerprint;

/**
 * Writes the whole store as the Parquet tables of {@link ParquetTables} into a new folder: the tables are written
 * beside it and the folder takes its name only when all three are complete, so a failed export leaves nothing that
 * looks whole. Documents carry their original bytes and fingerprint, so an import can reprocess and find copies.
 */
public final class ParquetExporter {
    /** How many rows each table got. */
    public record Written(long documents, long reports, long events) {
    }

    private final SitrepJson json = SitrepJson.standard();

    public Written write(Store store, Path out) throws IOException {
        if (Files.exists(out) && !isEmptyFolder(out)) {
            throw new IOException(out + ": already exists and is not an empty folder; name a new folder");
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempDirectory(parent, out.getFileName() + ".partial-");
        try {
            Written w = writeInto(store, partial);
            Files.deleteIfExists(out);
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            return w;
        } finally {
            deleteTree(partial);
        }
    }

    private Written writeInto(Store store, Path dir) throws IOException {
        List<String> ids = store.documentIds();
        long events;
        try (PartitionedWriter docs = new PartitionedWriter(dir.resolve(ParquetTables.DOCUMENTS), ParquetTables.DOCUMENT);
             PartitionedWriter reports = new PartitionedWriter(dir.resolve(ParquetTables.REPORTS), ParquetTables.REPORT)) {
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                DocumentInfo info = store.document(id).orElseThrow(() -> new IOException("document " + id
                        + " vanished during the export"));
                docs.write(ParquetTables.partition(info.published()), document(store, i, info, docs.row()));
                List<ReportRecord> rs = store.reportsOf(id);
                for (int k = 0; k < rs.size(); k++) {
                    Report r = rs.get(k).report();
                    reports.write(ParquetTables.partition(r.date() == null ? null : r.date().start()),
                            report(rs.get(k), k, reports.row()));
                }
            }
            Files.createDirectories(dir.resolve(ParquetTables.DOCUMENTS));
            Files.createDirectories(dir.resolve(ParquetTables.REPORTS));
            events = writeEvents(store, dir.resolve(ParquetTables.EVENTS));
            return new Written(docs.written(), reports.written(), events);
        }
    }

    private long writeEvents(Store store, Path table) throws IOException {
        Files.createDirectories(table);
        try (PartitionedWriter w = new PartitionedWriter(table, ParquetTables.EVENT)) {
            IOException[] failed = new IOException[1];
            store.streamEvents(Query.all(), e -> {
                if (failed[0] == null) {
                    try {
                        w.write(ParquetTables.partition(e.date() == null ? null : e.date().start()), event(e, w.row()));
                    } catch (IOException x) {
                        failed[0] = x;
                    }
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            return w.written();
        }
    }

    private Group document(Store store, long seq, DocumentInfo d, Group g) {
        g.add("seq", seq);
        g.add("id", d.id());
        g.add("path", d.path());
        text(g, "title", d.title());
        text(g, "outlet", d.outlet());
        text(g, "author", d.author());
        if (d.published() != null) {
            g.add("published", ParquetTables.days(d.published()));
        }
        Syndication s = store.syndication(d.id()).orElse(new Syndication(null, null));
        text(g, "original_outlet", s.originalOutlet());
        text(g, "duplicate_of", s.duplicateOf());
        store.fingerprint(d.id()).map(StoredFingerprint::fingerprint).filter(f -> f.length > 0)
                .ifPresent(f -> g.add("fingerprint", Binary.fromConstantByteArray(f)));
        store.original(d.id()).ifPresent(b -> g.add("original", Binary.fromConstantByteArray(b)));
        g.add("json", json.writeDocument(d));
        return g;
    }

    private Group report(ReportRecord rec, int ordinal, Group g) {
        Report r = rec.report();
        g.add("id", r.id());
        g.add("document_id", r.documentId());
        g.add("ordinal", ordinal);
        g.add("kind", r.kind().wireName());
        text(g, "event_id", r.eventId());
        if (r.subEventType() != null) {
            g.add("event_type", r.subEventType().eventType().label());
            g.add("sub_event_type", r.subEventType().label());
        }
        if (r.date() != null) {
            g.add("date_start", ParquetTables.days(r.date().start()));
            g.add("date_end", ParquetTables.days(r.date().end()));
        }
        if (r.location() != null) {
            g.add("location", r.location().name());
            if (r.location().lat() != null && r.location().lon() != null) {
                g.add("lat", r.location().lat());
                g.add("lon", r.location().lon());
            }
        }
        if (r.fatalities() != null) {
            g.add("fatalities", r.fatalities().value());
        }
        if (r.modality() != null) {
            g.add("modality", r.modality().wireName());
        }
        g.add("evidence", r.evidence().text());
        g.add("json", json.writeReport(rec));
        return g;
    }

    private Group event(Event e, Group g) {
        g.add("id", e.id());
        if (e.subEventType() != null) {
            g.add("event_type", e.subEventType().eventType().label());
            g.add("sub_event_type", e.subEventType().label());
        }
        if (e.date() != null) {
            g.add("date_start", ParquetTables.days(e.date().start()));
            g.add("date_end", ParquetTables.days(e.date().end()));
        }
        if (e.location() != null) {
            g.add("location", e.location().name());
            if (e.location().lat() != null && e.location().lon() != null) {
                g.add("lat", e.location().lat());
                g.add("lon", e.location().lon());
            }
        }
        if (e.fatalities() != null) {
            g.add("fatalities", e.fatalities().intValue());
        }
        if (e.grade() != null) {
            g.add("grade", e.grade().code());
        }
        g.add("contested", e.contested());
        g.add("independent_sources", e.tally() == null ? 0 : e.tally().independentSources().size());
        g.add("report_count", e.reportIds().size());
        g.add("json", json.writeEvent(e));
        return g;
    }

    private static void text(Group g, String field, String value) {
        if (value != null) {
            g.add(field, value);
        }
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(x);
            }
        }
    }
}
