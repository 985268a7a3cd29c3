package org.sitrep.bench.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.sitrep.bench.throughput.HeapTracker;
import org.sitrep.eval.link.ClusterScores;
import org.sitrep.link.EventCluster;
import org.sitrep.link.InMemoryEventIndex;
import org.sitrep.link.LinkChanges;
import org.sitrep.link.Linker;
import org.sitrep.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Links synthetic reports incrementally (documents of 1–3 reports, in publication order) through the in-memory
 * index and prints reports per second, total seconds, peak heap and the linking quality against the true events.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Incremental linking throughput on synthetic reports (default 1,000,000 over 10 years).")
public final class LinkBenchCommand implements Callable<Integer> {
    @Option(names = "--reports", defaultValue = "1000000", description = "reports to link (default ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--days", defaultValue = "3652", description = "days the events spread over (default ${DEFAULT-VALUE})")
    int days;

    @Override
    public Integer call() {
        long g0 = System.nanoTime();
        List<SyntheticReports.Labelled> data = SyntheticReports.generate(reports, seed, days);
        double genSeconds = (System.nanoTime() - g0) / 1e9;
        Linker linker = Linker.standard();
        InMemoryEventIndex index = InMemoryEventIndex.standard();
        SplittableRandom docs = new SplittableRandom(seed + 1);
        System.gc();
        long before = HeapTracker.liveHeapBytes();
        long t0;
        long peak;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long proc0 = os.getProcessCpuTime();
        try (HeapTracker heap = new HeapTracker()) {
            t0 = System.nanoTime();
            int i = 0;
            while (i < data.size()) {
                int n = Math.min(data.size() - i, 1 + docs.nextInt(3));
                List<Report> batch = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    batch.add(data.get(i + k).report());
                }
                LinkChanges changes = linker.link(batch, index);
                index.apply(changes);
                i += n;
                if ((i & 0xFFFF) < n) {
                    heap.sample();
                }
            }
            heap.sample();
            peak = heap.peakBytes();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double threadCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double processCpu = (os.getProcessCpuTime() - proc0) / 1e9;
        Map<String, String> gold = new HashMap<>();
        Map<String, String> predicted = new HashMap<>();
        for (SyntheticReports.Labelled l : data) {
            gold.put(l.report().id(), l.trueEvent());
        }
        for (EventCluster c : index.events()) {
            for (Report r : c.reports()) {
                predicted.put(r.id(), c.eventId());
            }
        }
        gold.keySet().forEach(id -> predicted.putIfAbsent(id, "unlinked:" + id));
        ClusterScores s = ClusterScores.of(gold, predicted);
        System.out.printf("link benchmark: %,d synthetic reports over %d days (seed %d, generated in %.1f s), %d cores, "
                + "max heap %d MB%n", data.size(), days, seed, genSeconds, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("linked in %.2f s = %,.0f reports/s; events: %,d true, %,d linked%n", seconds,
                data.size() / seconds, s.goldClusters(), s.predictedClusters());
        System.out.printf("cpu: linking thread %.2f s (%,.0f reports per cpu-second), whole process %.2f s "
                + "(with GC and JIT); system load average %.1f at the end%n", threadCpu, data.size() / threadCpu,
                processCpu, os.getSystemLoadAverage());
        System.out.printf("heap: live before linking %d MB, peak during linking %d MB (occupancy incl. garbage)%n",
                before >> 20, peak >> 20);
        System.out.printf("quality vs true events: pairwise P %.4f R %.4f F1 %.4f; B-cubed P %.4f R %.4f F1 %.4f%n",
                s.pairPrecision(), s.pairRecall(), s.pairF1(), s.b3Precision(), s.b3Recall(), s.b3F1());
        return 0;
    }
}
