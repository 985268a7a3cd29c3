package org.sitrep.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
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
        byte[] fingerprint = store.fingerprint(d.id()).map(StoredFingerprint::fingerprint).orElse(null);
        return ParquetTables.group(g, TableRows.DOCUMENT, TableRows.document(seq, d,
                store.syndication(d.id()).orElse(null), fingerprint, store.original(d.id()).orElse(null),
                json.writeDocument(d)));
    }

    private Group report(ReportRecord rec, int ordinal, Group g) {
        return ParquetTables.group(g, TableRows.REPORT, TableRows.report(rec, ordinal, json.writeReport(rec)));
    }

    private Group event(Event e, Group g) {
        return ParquetTables.group(g, TableRows.EVENT, TableRows.event(e, json.writeEvent(e)));
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
