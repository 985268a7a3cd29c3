package org.sitrep.spark;

import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
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
    private final SparkSession spark;

    public SparkJob(SparkSession spark) {
        this.spark = spark;
    }

    public Summary run(List<String> inputs, String output) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Source> sources = Inputs.read(spark, inputs);
        if (sources.getNumPartitions() < sc.defaultParallelism()) {
            sources = sources.repartition(sc.defaultParallelism());
        }
        JavaRDD<DocRow> all = sources.mapPartitions(DocumentStep::process).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<DocRow> failed = all.filter(DocRow::failed);
        JavaRDD<DocRow> docs = all.filter(d -> !d.failed()).mapToPair(d -> new Tuple2<>(d.id(), d))
                .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b).values()
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Tuple2<DocRow, Optional<String>>> withCopies = docs.mapToPair(d -> new Tuple2<>(d.id(), d))
                .leftOuterJoin(NearDuplicates.find(docs)).persist(StorageLevel.MEMORY_AND_DISK());
        LongAccumulator offers = sc.sc().longAccumulator("block offers");
        LongAccumulator offered = sc.sc().longAccumulator("reports offered");
        JavaPairRDD<String, String> componentOf = Components.of(BlockLinking.clusters(docs, offers, offered))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<EventStep.Made> made = EventStep.run(EventStep.placed(withCopies), componentOf)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Long> seq = docs.map(d -> d.order() + "\t" + d.id()).sortBy(k -> k, true,
                docs.getNumPartitions()).zipWithIndex().mapToPair(k -> new Tuple2<>(k._1().split("\t", 2)[1], k._2()));

        String out = output.endsWith("/") ? output : output + "/";
        ParquetOut.write(spark, TableRows.DOCUMENTS, withCopies.join(seq).values().map(SparkJob::documentRow),
                out + TableRows.DOCUMENTS);
        ParquetOut.write(spark, TableRows.REPORTS, made.flatMap(m -> m.reports().iterator()).map(SparkJob::reportRow),
                out + TableRows.REPORTS);
        ParquetOut.write(spark, TableRows.EVENTS, made.filter(EventStep.Made::isEvent).map(SparkJob::eventRow),
                out + TableRows.EVENTS);
        long reports = made.map(m -> (long) m.reports().size()).fold(0L, Long::sum);
        long largest = componentOf.mapToPair(c -> new Tuple2<>(c._2(), 1L)).reduceByKey(Long::sum).values()
                .fold(0L, Math::max);
        return new Summary(docs.count(), reports, made.filter(EventStep.Made::isEvent).count(), largest,
                failed.count(), failed.map(d -> d.path() + ": " + d.problem()).take(PROBLEMS_KEPT), offers.value(),
                offered.value());
    }

    /** A document's row: its metadata, what the store keeps beside it, its place in input order. */
    private static ParquetOut.Dated documentRow(Tuple2<Tuple2<DocRow, Optional<String>>, Long> d) {
        DocRow doc = d._1()._1();
        DocumentInfo info = Workers.local().json.readDocument(doc.documentJson());
        byte[] fingerprint = doc.fingerprint() == null ? null : Fingerprint.fromBase64(doc.fingerprint()).toBytes();
        return new ParquetOut.Dated(TableRows.document(d._2(), info, new Syndication(doc.originalOutlet(),
                d._1()._2().orElse(null)), fingerprint, doc.original(), doc.documentJson()),
                TableRows.month(info.published()));
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
