package org.sitrep.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Where a run's time went, stage by stage, from Spark's own task metrics: executor CPU seconds (the threads' CPU
 * time, so steady when other processes share the cores), task run time, GC, and shuffle bytes and records written.
 * Stages are named by the line of the job that made them, and stages of one line (recomputed, or one per round of
 * {@link Components}) are added up, so the table reads as the job's steps.
 */
final class StageTimes extends SparkListener {
    /** One line of the job: its stages' totals. */
    private static final class Line {
        int stages;
        int tasks;
        long cpuNanos;
        long runMillis;
        long gcMillis;
        long shuffleBytes;
        long shuffleRecords;
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted done) {
        StageInfo info = done.stageInfo();
        TaskMetrics m = info.taskMetrics();
        Line l = lines.computeIfAbsent(info.name(), k -> new Line());
        l.stages++;
        l.tasks += info.numTasks();
        if (m != null) {
            l.cpuNanos += m.executorCpuTime();
            l.runMillis += m.executorRunTime();
            l.gcMillis += m.jvmGCTime();
            l.shuffleBytes += m.shuffleWriteMetrics().bytesWritten();
            l.shuffleRecords += m.shuffleWriteMetrics().recordsWritten();
        }
    }

    /** The table, one row per line of the job, in the order their first stages finished; per article too. */
    synchronized List<String> table(long articles) {
        List<String> out = new ArrayList<>();
        out.add("| stage (line of the job) | stages | tasks | executor CPU s | CPU ms/article | task run s | GC s "
                + "| shuffle written MB | shuffle records |");
        out.add("|---|---|---|---|---|---|---|---|---|");
        long cpu = 0;
        for (Map.Entry<String, Line> e : lines.entrySet()) {
            Line l = e.getValue();
            cpu += l.cpuNanos;
            out.add(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.1f | %.1f | %.1f | %d |", e.getKey(),
                    l.stages, l.tasks, l.cpuNanos / 1e9, l.cpuNanos / 1e6 / Math.max(1, articles), l.runMillis / 1e3,
                    l.gcMillis / 1e3, l.shuffleBytes / 1e6, l.shuffleRecords));
        }
        out.add(String.format(Locale.ROOT, "| all stages | | | %.1f | %.2f | | | | |", cpu / 1e9,
                cpu / 1e6 / Math.max(1, articles)));
        return out;
    }
}
