package org.sitrep.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The batch job: documents from the inputs → reports (the engine, per partition) → events (blocked linking,
 * joined across blocks, merged and graded) → Parquet tables {@code documents}, {@code reports}, {@code events}
 * under the output folder. Documents are recorded in input order (path, then line), and a document whose bytes
 * repeat an earlier one's is recorded once, as ingest does.
 */
public final class SparkJob {
    /** What a run wrote, and the documents it could not read (the first {@value #PROBLEMS_KEPT}). */
    public record Summary(long documents, long reports, long events, long skipped, List<String> problems) {
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
        JavaPairRDD<String, Components.Placing> eventOf = Components.eventOfReport(
                BlockLinking.link(docs).persist(StorageLevel.MEMORY_AND_DISK()));
        Tuple2<JavaRDD<EventStep.Made>, JavaRDD<String>> made = EventStep.run(EventStep.placed(withCopies), eventOf);
        JavaRDD<EventStep.Made> events = made._1().persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> reports = events.flatMap(m -> m.reportJsons().iterator()).union(made._2())
                .persist(StorageLevel.MEMORY_AND_DISK());

        Tables tables = Tables.standard();
        String out = output.endsWith("/") ? output : output + "/";
        ParquetOut.write(spark, tables, Tables.DOCUMENTS, withCopies.values().map(SparkJob::documentRecord),
                out + Tables.DOCUMENTS);
        ParquetOut.write(spark, tables, Tables.REPORTS, reports, out + Tables.REPORTS);
        ParquetOut.write(spark, tables, Tables.EVENTS, events.map(EventStep.Made::eventJson), out + Tables.EVENTS);
        return new Summary(docs.count(), reports.count(), events.count(), failed.count(),
                failed.map(d -> d.path() + ": " + d.problem()).take(PROBLEMS_KEPT));
    }

    /** A document's record: its metadata as JSONL writes it, and what the store keeps beside it. */
    private static String documentRecord(Tuple2<DocRow, Optional<String>> d) {
        Workers.PerThread w = Workers.local();
        ObjectNode n = (ObjectNode) w.json.parse(d._1().documentJson());
        n.put("original_outlet", d._1().originalOutlet());
        n.put("duplicate_of", d._2().orElse(null));
        n.put("fingerprint", d._1().fingerprint());
        return w.json.write(n);
    }
}
