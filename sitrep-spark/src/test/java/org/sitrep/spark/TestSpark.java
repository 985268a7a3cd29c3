package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/** One local[2] Spark session for all of the module's tests (starting one takes seconds), and reading back. */
final class TestSpark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().appName("sitrep-test").master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            if (Boolean.getBoolean("sitrep.spark.stages")) {
                session.sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
                    @Override
                    public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
                        var info = done.stageInfo();
                        long ms = (long) info.completionTime().get() - (long) info.submissionTime().get();
                        System.out.println("stage " + info.stageId() + " " + info.name() + " " + ms + " ms");
                    }
                });
            }
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    /** A table written by the job, each row back as its JSONL record (JSON columns parsed), with its month. */
    static List<ObjectNode> records(String table, String dir) throws Exception {
        List<ObjectNode> out = new ArrayList<>();
        Tables tables = Tables.standard();
        for (Row row : session().read().parquet(dir).collectAsList()) {
            ObjectNode n = JSON.createObjectNode();
            for (StructField f : row.schema().fields()) {
                Object v = row.getAs(f.name());
                if (v == null) {
                    n.putNull(f.name());
                } else if (v instanceof String s && tables.isJson(table, f.name())) {
                    n.set(f.name(), JSON.readTree(s));
                } else {
                    n.set(f.name(), JSON.valueToTree(v));
                }
            }
            out.add((ObjectNode) JSON.readTree(n.toString())); // numbers as JSON reads them (int, not long)
        }
        return out;
    }
}
