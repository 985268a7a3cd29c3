package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

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

    /** A table written by the job, each row back as its JSONL record (its {@code json} column), with its month. */
    static List<ObjectNode> records(String dir) throws Exception {
        List<ObjectNode> out = new ArrayList<>();
        for (Row row : session().read().parquet(dir).select("json", "month").collectAsList()) {
            ObjectNode n = (ObjectNode) JSON.readTree(row.getString(0));
            if (row.isNullAt(1)) {
                n.putNull("month");
            } else {
                n.put("month", row.getString(1));
            }
            out.add(n);
        }
        return out;
    }
}
