package org.sitrep.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.Syndication;

/**
 * The one layout of the Parquet tables {@code documents}, {@code reports} and {@code events}: their columns, and
 * each record's values in column order. {@code export --format parquet} and the Spark job both write rows made
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

    public static final List<Column> DOCUMENT = List.of(
            req("seq", Kind.INT64), req("id", Kind.STRING), req("path", Kind.STRING), opt("title", Kind.STRING),
            opt("outlet", Kind.STRING), opt("author", Kind.STRING), opt("published", Kind.DATE),
            opt("original_outlet", Kind.STRING), opt("duplicate_of", Kind.STRING), opt("fingerprint", Kind.BYTES),
            opt("original", Kind.BYTES), req("json", Kind.STRING));

    public static final List<Column> REPORT = List.of(
            req("id", Kind.STRING), req("document_id", Kind.STRING), req("ordinal", Kind.INT32),
            req("kind", Kind.STRING), opt("event_id", Kind.STRING), opt("event_type", Kind.STRING),
            opt("sub_event_type", Kind.STRING), opt("date_start", Kind.DATE), opt("date_end", Kind.DATE),
            opt("location", Kind.STRING), opt("lat", Kind.DOUBLE), opt("lon", Kind.DOUBLE),
            opt("fatalities", Kind.INT32), opt("modality", Kind.STRING), req("evidence", Kind.STRING),
            req("json", Kind.STRING));

    public static final List<Column> EVENT = List.of(
            req("id", Kind.STRING), opt("event_type", Kind.STRING), opt("sub_event_type", Kind.STRING),
            opt("date_start", Kind.DATE), opt("date_end", Kind.DATE), opt("location", Kind.STRING),
            opt("lat", Kind.DOUBLE), opt("lon", Kind.DOUBLE), opt("fatalities", Kind.INT32),
            opt("grade", Kind.STRING), req("contested", Kind.BOOLEAN), req("independent_sources", Kind.INT32),
            req("report_count", Kind.INT32), req("json", Kind.STRING));

    private static final Map<String, List<Column>> TABLES = Map.of(DOCUMENTS, DOCUMENT, REPORTS, REPORT,
            EVENTS, EVENT);

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
        return new Object[] {seq, d.id(), d.path(), d.title(), d.outlet(), d.author(), d.published(),
            syn.originalOutlet(), syn.duplicateOf(), fingerprint != null && fingerprint.length > 0 ? fingerprint : null,
            original, json};
    }

    /** A report's row: {@code ordinal} its place among its document's reports, {@code json} its JSONL record. */
    public static Object[] report(ReportRecord rec, int ordinal, String json) {
        Report r = rec.report();
        Location l = r.location();
        return new Object[] {r.id(), r.documentId(), ordinal, r.kind().wireName(), r.eventId(),
            r.subEventType() == null ? null : r.subEventType().eventType().label(),
            r.subEventType() == null ? null : r.subEventType().label(),
            r.date() == null ? null : r.date().start(), r.date() == null ? null : r.date().end(),
            l == null ? null : l.name(), lat(l), lon(l), r.fatalities() == null ? null : r.fatalities().value(),
            r.modality() == null ? null : r.modality().wireName(), r.evidence().text(), json};
    }

    /** An event's row: {@code json} its JSONL record. */
    public static Object[] event(Event e, String json) {
        Location l = e.location();
        return new Object[] {e.id(), e.subEventType() == null ? null : e.subEventType().eventType().label(),
            e.subEventType() == null ? null : e.subEventType().label(),
            e.date() == null ? null : e.date().start(), e.date() == null ? null : e.date().end(),
            l == null ? null : l.name(), lat(l), lon(l), e.fatalities(),
            e.grade() == null ? null : e.grade().code(), e.contested(),
            e.tally() == null ? 0 : e.tally().independentSources().size(), e.reportIds().size(), json};
    }

    /** A report's month: the start of its date. */
    public static String month(ReportRecord rec) {
        return month(rec.report().date() == null ? null : rec.report().date().start());
    }

    /** An event's month: the start of its date. */
    public static String month(Event e) {
        return month(e.date() == null ? null : e.date().start());
    }

    // a place's coordinates go in together or not at all, as the JSONL record has them
    private static Double lat(Location l) {
        return l == null || l.lat() == null || l.lon() == null ? null : l.lat();
    }

    private static Double lon(Location l) {
        return l == null || l.lat() == null || l.lon() == null ? null : l.lon();
    }

    private static Column req(String name, Kind kind) {
        return new Column(name, kind, true);
    }

    private static Column opt(String name, Kind kind) {
        return new Column(name, kind, false);
    }
}
