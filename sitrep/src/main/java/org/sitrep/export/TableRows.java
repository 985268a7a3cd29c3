package org.sitrep.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.DateSpan;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Syndication;

/**
 * The one layout of the Parquet tables {@code documents}, {@code reports} and {@code events}: their columns (data
 * file {@code tables.tsv}), and each record's values in column order. {@code export --format parquet} and the Spark job both write rows made
 * here, and {@code import} reads them, so the three cannot drift apart. No Parquet or Spark type appears here:
 * each writer maps {@link Kind} to its own types ({@link ParquetTables} for the export).
 *
 * <p>Values: {@code STRING} a String, {@code DATE} a LocalDate, {@code INT32} an Integer, {@code INT64} a Long,
 * {@code DOUBLE} a Double, {@code BOOLEAN} a Boolean, {@code BYTES} a byte[]; null where the record has none.
 */
public final class TableRows {
    /** What a column holds. */
    public enum Kind { STRING, DATE, INT32, INT64, DOUBLE, BOOLEAN, BYTES }

    /** One column: its name, kind, and whether every row has a value. */
    public record Column(String name, Kind kind, boolean required) {
    }

    public static final String DOCUMENTS = "documents";
    public static final String REPORTS = "reports";
    public static final String EVENTS = "events";
    /** The partition column (Hive style: {@code month=2024-03}; a null month is Hive's default partition). */
    public static final String MONTH = "month";

    private static final Map<String, List<Column>> TABLES = load();
    public static final List<Column> DOCUMENT = TABLES.get(DOCUMENTS);
    public static final List<Column> REPORT = TABLES.get(REPORTS);
    public static final List<Column> EVENT = TABLES.get(EVENTS);

    private TableRows() {
    }

    /** The columns of table {@code documents}, {@code reports} or {@code events}. */
    public static List<Column> columns(String table) {
        List<Column> c = TABLES.get(table);
        if (c == null) {
            throw new IllegalArgumentException("no table " + table + " (documents, reports, events)");
        }
        return c;
    }

    /** The month partition of a record dated {@code day}: {@code yyyy-MM}, or null when undated. */
    public static String month(LocalDate day) {
        return day == null ? null : day.toString().substring(0, 7);
    }

    /**
     * A document's row: {@code seq} its place in recording order, {@code json} its JSONL record, what the store
     * keeps beside it (syndication, MinHash fingerprint bytes, the bytes it was read from; each may be null).
     */
    public static Object[] document(long seq, DocumentInfo d, Syndication s, byte[] fingerprint, byte[] original,
                                    String json) {
        Syndication syn = s == null ? new Syndication(null, null) : s;
        Map<String, Object> v = new HashMap<>();
        v.put("seq", seq);
        v.put("id", d.id());
        v.put("path", d.path());
        v.put("title", d.title());
        v.put("outlet", d.outlet());
        v.put("author", d.author());
        v.put("published", d.published());
        v.put("original_outlet", syn.originalOutlet());
        v.put("duplicate_of", syn.duplicateOf());
        v.put("fingerprint", fingerprint != null && fingerprint.length > 0 ? fingerprint : null);
        v.put("original", original);
        v.put("json", json);
        return row(DOCUMENTS, v);
    }

    /** A report's row: {@code ordinal} its place among its document's reports, {@code json} its JSONL record. */
    public static Object[] report(ReportRecord rec, int ordinal, String json) {
        Report r = rec.report();
        Map<String, Object> v = new HashMap<>();
        v.put("id", r.id());
        v.put("document_id", r.documentId());
        v.put("ordinal", ordinal);
        v.put("kind", r.kind().wireName());
        v.put("event_id", r.eventId());
        what(v, r.subEventType(), r.date(), r.location());
        v.put("fatalities", r.fatalities() == null ? null : r.fatalities().value());
        v.put("modality", r.modality() == null ? null : r.modality().wireName());
        v.put("evidence", r.evidence().text());
        v.put("json", json);
        return row(REPORTS, v);
    }

    /** An event's row: {@code json} its JSONL record. */
    public static Object[] event(Event e, String json) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", e.id());
        what(v, e.subEventType(), e.date(), e.location());
        v.put("fatalities", e.fatalities());
        v.put("grade", e.grade() == null ? null : e.grade().code());
        v.put("contested", e.contested());
        v.put("independent_sources", e.tally() == null ? 0 : e.tally().independentSources().size());
        v.put("report_count", e.reportIds().size());
        v.put("json", json);
        return row(EVENTS, v);
    }

    /** A report's month: the start of its date. */
    public static String month(ReportRecord rec) {
        return month(rec.report().date() == null ? null : rec.report().date().start());
    }

    /** An event's month: the start of its date. */
    public static String month(Event e) {
        return month(e.date() == null ? null : e.date().start());
    }

    /** Type, dates and place, as reports and events both have them. */
    private static void what(Map<String, Object> v, SubEventType type, DateSpan date, Location l) {
        v.put("event_type", type == null ? null : type.eventType().label());
        v.put("sub_event_type", type == null ? null : type.label());
        v.put("date_start", date == null ? null : date.start());
        v.put("date_end", date == null ? null : date.end());
        v.put("location", l == null ? null : l.name());
        // a place's coordinates go in together or not at all, as the JSONL record has them
        boolean point = l != null && l.lat() != null && l.lon() != null;
        v.put("lat", point ? l.lat() : null);
        v.put("lon", point ? l.lon() : null);
    }

    /** Values by column name laid out in the table's column order; a value without a column is an error. */
    private static Object[] row(String table, Map<String, Object> values) {
        List<Column> columns = columns(table);
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            Column c = columns.get(i);
            if (!values.containsKey(c.name())) {
                throw new IllegalStateException("tables.tsv: " + table + "." + c.name() + " has no value in TableRows");
            }
            out[i] = values.remove(c.name());
            if (out[i] == null && c.required()) {
                throw new IllegalArgumentException(table + "." + c.name() + " is required but has no value");
            }
        }
        if (!values.isEmpty()) {
            throw new IllegalStateException("tables.tsv: no column for " + table + "." + values.keySet());
        }
        return out;
    }

    private static Map<String, List<Column>> load() {
        Map<String, List<Column>> out = new HashMap<>();
        try (InputStream in = TableRows.class.getResourceAsStream("tables.tsv")) {
            if (in == null) {
                throw new IllegalStateException("org/sitrep/export/tables.tsv missing from the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#") || line.startsWith("table\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4 || !(f[3].equals("yes") || f[3].equals("no"))) {
                    throw new IllegalStateException("tables.tsv line " + (i + 1) + ": expected table, column, kind, "
                            + "required (yes/no): " + line);
                }
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Column(f[1],
                        Kind.valueOf(f[2].toUpperCase(Locale.ROOT)), f[3].equals("yes")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }
}
