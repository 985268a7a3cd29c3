package org.sitrep.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.sitrep.export.TableRows;
import org.sitrep.link.assess.syndication.Fingerprint;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.Syndication;
import scala.Tuple2;

/**
 * The batch job: documents from the inputs → reports (the engine, per partition) → events (blocked linking,
 * joined across blocks, merged and graded) → Parquet tables {@code documents}, {@code reports}, {@code events}
 * under the output folder, in the layout {@code sitrep import} reads ({@link TableRows}). Linking: blocks propose ({@link BlockLinking}), components gather
 * ({@link Components}), and each component is linked again whole ({@link EventStep}). Documents are recorded in input order (path, then line), and a document whose bytes
 * repeat an earlier one's is recorded once, as ingest does.
 */
public final class SparkJob {
    /**
     * What a run wrote, the most reports one component held (one task links it whole), and the documents it could
     * not read (the first {@value #PROBLEMS_KEPT}).
     */
    public record Summary(long documents, long reports, long events, long largestComponent, long skipped,
                          List<String> problems, long blockOffers, long blockedReports) {
        /** Blocks a report that links was offered to, on average (each offer is linked once in its block). */
        public double blocksPerReport() {
            return blockedReports == 0 ? 0 : (double) blockOffers / blockedReports;
        }
    }

    static final int PROBLEMS_KEPT = 50;
    static final int FILES_PER_PARTITION = 32;
    /** Documents are kept serialised (compressed when {@code spark.rdd.compress} is on): a corpus outgrows memory. */
    private static final StorageLevel KEPT = StorageLevel.MEMORY_AND_DISK_SER();
    private final SparkSession spark;

    public SparkJob(SparkSession spark) {
        this.spark = spark;
    }

    public Summary run(List<String> inputs, String output) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Source> sources = Inputs.read(spark, inputs);
        int parts = partitions(sources.getNumPartitions(), sc.defaultParallelism());
        if (sources.getNumPartitions() < parts) {
            sources = sources.repartition(parts);
        } else if (sources.getNumPartitions() > parts) {
            sources = sources.coalesce(parts);
        }
        JavaRDD<DocRow> all = sources.mapPartitions(DocumentStep::process).persist(KEPT);
        JavaRDD<DocRow> failed = all.filter(DocRow::failed);
        long skipped = failed.count();
        List<String> problems = failed.map(d -> d.path() + ": " + d.problem()).take(PROBLEMS_KEPT);
        Broadcast<Set<String>> repeats = sc.broadcast(repeats(all));
        // the one shuffle of whole documents: into input order, so that a partition holds neighbouring documents
        // (a few months' files per table) and each document's rank is its position. Not kept: later passes read
        // the shuffle's files, and the engine's output is let go once they are written
        JavaRDD<DocRow> docs = all.filter(d -> !d.failed() && !repeats.value().contains(d.order()))
                .sortBy(DocRow::order, true, parts);
        Broadcast<Map<String, String>> copyOf = sc.broadcast(new HashMap<>(NearDuplicates.find(docs).collectAsMap()));
        all.unpersist(false);
        LongAccumulator offers = sc.sc().longAccumulator("block offers");
        LongAccumulator offered = sc.sc().longAccumulator("reports offered");
        JavaPairRDD<String, String> componentOf = Components.of(BlockLinking.clusters(docs, offers, offered))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<EventStep.Made> made = EventStep.run(EventStep.placed(docs, copyOf), componentOf)
                .persist(StorageLevel.MEMORY_AND_DISK());

        String out = output.endsWith("/") ? output : output + "/";
        ParquetOut.write(spark, TableRows.DOCUMENTS, docs.zipWithIndex().map(d -> documentRow(d._1(), d._2(),
                copyOf.value().get(d._1().id()))), out + TableRows.DOCUMENTS);
        JavaRDD<ParquetOut.Dated> linkedReports = byMonth(made.flatMap(m -> m.reports().iterator())
                .map(SparkJob::reportRow));
        ParquetOut.write(spark, TableRows.REPORTS, EventStep.unlinkable(docs).map(SparkJob::reportRow)
                .union(linkedReports), out + TableRows.REPORTS);
        ParquetOut.write(spark, TableRows.EVENTS, byMonth(made.filter(EventStep.Made::isEvent)
                .map(SparkJob::eventRow)), out + TableRows.EVENTS);
        long[] counted = docs.map(d -> new long[] {1, d.reports()})
                .fold(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        long largest = componentOf.mapToPair(c -> new Tuple2<>(c._2(), 1L)).reduceByKey(Long::sum).values()
                .fold(0L, Math::max);
        return new Summary(counted[0], counted[1], made.filter(EventStep.Made::isEvent).count(), largest, skipped,
                problems, offers.value(), offered.value());
    }

    /**
     * How many partitions the documents go in: as many as there are cores, or about one for every
     * {@value #FILES_PER_PARTITION} input partitions (Spark makes one for every few small files: a million
     * articles would make tens of thousands of tasks a stage, and as many files per Parquet table).
     * {@code spark.sitrep.partitions} overrides it.
     */
    private int partitions(int input, int cores) {
        int set = spark.sparkContext().getConf().getInt("spark.sitrep.partitions", 0);
        return set > 0 ? set : Math.max(cores, (input + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION);
    }

    /** The input order of documents whose bytes an earlier document repeats (recorded once, as ingest does). */
    private static Set<String> repeats(JavaRDD<DocRow> all) {
        return new HashSet<>(all.filter(d -> !d.failed()).mapToPair(d -> new Tuple2<>(d.id(), d.order()))
                .groupByKey().flatMap(g -> {
                    List<String> orders = new ArrayList<>();
                    g._2().forEach(orders::add);
                    orders.sort(null);
                    return orders.subList(1, orders.size()).iterator();
                }).collect());
    }

    /** Rows gathered by month, so that each task writes few files (the rows come from components, in no order). */
    private static JavaRDD<ParquetOut.Dated> byMonth(JavaRDD<ParquetOut.Dated> rows) {
        return rows.sortBy(r -> r.month() == null ? "" : r.month(), true, rows.getNumPartitions());
    }

    /** A document's row: its metadata, what the store keeps beside it, its place in input order. */
    private static ParquetOut.Dated documentRow(DocRow doc, long seq, String duplicateOf) {
        DocumentInfo info = Workers.local().json.readDocument(doc.documentJson());
        byte[] fingerprint = doc.fingerprint() == null ? null : Fingerprint.fromBase64(doc.fingerprint()).toBytes();
        return new ParquetOut.Dated(TableRows.document(seq, info, new Syndication(doc.originalOutlet(),
                duplicateOf), fingerprint, doc.original(), doc.documentJson()), TableRows.month(info.published()));
    }

    private static ParquetOut.Dated reportRow(EventStep.ReportOut r) {
        ReportRecord rec = Workers.local().json.readReport(r.json());
        return new ParquetOut.Dated(TableRows.report(rec, r.ordinal(), r.json()), TableRows.month(rec));
    }

    private static ParquetOut.Dated eventRow(EventStep.Made m) {
        Event e = Workers.local().json.readEvent(m.eventJson());
        return new ParquetOut.Dated(TableRows.event(e, m.eventJson()), TableRows.month(e));
    }
}
