package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.export.ParquetTableReader;
import org.sitrep.export.ParquetTables;
import org.sitrep.json.JsonFormatException;
import org.sitrep.json.SitrepJson;
import org.sitrep.link.assess.syndication.Fingerprint;
import org.sitrep.link.assess.syndication.NearDuplicateIndex;
import org.sitrep.model.Attribution;
import org.sitrep.model.Counts;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * Loads the Parquet tables {@code documents/}, {@code reports/} and {@code events/} (as {@code export --format
 * parquet} and the batch job write them) into a store through the store port: one change set per document, holding
 * the document, its reports in their order and the events they belong to, as the tables give them (already linked
 * and graded: nothing is linked again). A document already stored is unchanged, so importing twice stores nothing
 * twice; a document whose rows do not make a whole record (a report naming an event the events table lacks, a row
 * that does not parse) is reported and skipped whole. Reports and events are held in memory while documents stream.
 */
final class TableImport {
    private static final String NOT_IMPORTED = "not imported";

    private final Store store;
    private final SitrepJson json = SitrepJson.standard();

    TableImport(Store store) {
        this.store = store;
    }

    /** What the events and reports tables hold, keyed for the documents' change sets. */
    private static final class Tables {
        final Map<String, String> events = new HashMap<>();
        final Map<String, TreeMap<Long, String>> reportsByDocument = new HashMap<>();
        final Map<String, Set<String>> sourcesByEvent = new HashMap<>();
        /** Documents with a report row that does not parse, and why: skipped whole. */
        final Map<String, String> broken = new HashMap<>();
    }

    ImportSummary run(Path dir, IngestListener listener) throws IOException {
        for (String t : List.of(ParquetTables.DOCUMENTS, ParquetTables.REPORTS, ParquetTables.EVENTS)) {
            if (!Files.isDirectory(dir.resolve(t))) {
                throw new IOException(dir + ": no " + t + "/ table (expected folders documents/, reports/ and "
                        + "events/ of Parquet files, as `sitrep export --format parquet --out DIR` writes them)");
            }
        }
        Tables tables = new Tables();
        ParquetTableReader.read(dir.resolve(ParquetTables.EVENTS), row -> tables.events.put(
                required(row, "id"), required(row, "json")));
        ParquetTableReader.read(dir.resolve(ParquetTables.REPORTS), row -> report(row, tables));
        Counts before = store.counts();
        int[] tally = new int[2];
        List<Skipped> skips = new ArrayList<>();
        ParquetTableReader.read(dir.resolve(ParquetTables.DOCUMENTS), row -> {
            String id = required(row, "id");
            Path where = Path.of(row.file() + "#" + id);
            try {
                PutResult r = store.contains(id) ? PutResult.UNCHANGED : store.commit(changeSet(row, id, tables));
                tally[r == PutResult.ADDED ? 0 : 1]++;
                listener.recorded(id, r == PutResult.ADDED);
            } catch (StoreException | JsonFormatException | IllegalArgumentException | IOException e) {
                listener.problem(where, NOT_IMPORTED + ": " + e.getMessage());
                skips.add(new Skipped(where, NOT_IMPORTED));
            }
            listener.step();
        });
        Counts after = store.counts();
        return new ImportSummary(tally[0], tally[1], skips.size(), after.reports() - before.reports(),
                after.events() - before.events(), skips);
    }

    private void report(ParquetTableReader.Row row, Tables tables) throws IOException {
        String text = required(row, "json");
        String documentId = required(row, "document_id");
        long ordinal = row.number("ordinal").orElseThrow(() -> new IOException(row.file() + ": a report row without "
                + "ordinal"));
        tables.reportsByDocument.computeIfAbsent(documentId, k -> new TreeMap<>()).put(ordinal, text);
        ReportRecord rec;
        try {
            rec = json.readReport(text);
        } catch (JsonFormatException e) {
            tables.broken.putIfAbsent(documentId, row.file() + ": a report row that does not parse: " + e.getMessage());
            return;
        }
        row.string("event_id").ifPresent(event -> {
            Set<String> sources = tables.sourcesByEvent.computeIfAbsent(event, k -> new LinkedHashSet<>());
            for (Attribution a : rec.report().attribution()) {
                sources.add(a.name());
            }
            if (rec.document().outlet() != null) {
                sources.add(rec.document().outlet());
            }
        });
    }

    /** The document of this row with its reports and their events, as one change set. */
    private ChangeSet changeSet(ParquetTableReader.Row row, String id, Tables tables) throws IOException {
        if (tables.broken.containsKey(id)) {
            throw new IllegalArgumentException(tables.broken.get(id));
        }
        DocumentInfo info = json.readDocument(required(row, "json"));
        if (!info.id().equals(id)) {
            throw new IllegalArgumentException("the id column says " + id + ", the json " + info.id());
        }
        List<Report> reports = new ArrayList<>();
        Map<String, Event> events = new LinkedHashMap<>();
        for (String text : tables.reportsByDocument.getOrDefault(id, new TreeMap<>()).values()) {
            Report r = json.readReport(text).report();
            reports.add(r);
            if (r.eventId() != null && !events.containsKey(r.eventId())) {
                String e = tables.events.get(r.eventId());
                if (e == null) {
                    throw new IllegalArgumentException("report " + r.id() + " belongs to event " + r.eventId()
                            + ", which the events table does not hold");
                }
                events.put(r.eventId(), json.readEvent(e));
            }
        }
        List<ChangeSet.EventWrite> writes = new ArrayList<>();
        for (Event e : events.values()) {
            writes.add(new ChangeSet.EventWrite(e, id, writes.size(),
                    List.copyOf(tables.sourcesByEvent.getOrDefault(e.id(), Set.of()))));
        }
        byte[] fingerprint = row.bytes("fingerprint").orElse(null);
        long[] bands = fingerprint == null ? null : NearDuplicateIndex.bandKeys(Fingerprint.fromBytes(fingerprint));
        ChangeSet.NewDocument doc = new ChangeSet.NewDocument(info, reports, events.size(),
                row.string("original_outlet").orElse(null), row.string("duplicate_of").orElse(null), fingerprint,
                bands, row.bytes("original").orElse(null));
        return new ChangeSet(doc, Map.of(), List.of(), writes);
    }

    private static String required(ParquetTableReader.Row row, String field) throws IOException {
        return row.string(field).orElseThrow(() -> new IOException(row.file() + ": a row without " + field));
    }
}
