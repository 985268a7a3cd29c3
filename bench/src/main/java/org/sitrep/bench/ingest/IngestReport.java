package org.sitrep.bench.ingest;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.bench.throughput.MachineInfo;

/** The Markdown report of {@code bench/run ingest}: every measured run, the median, and where its time went. */
public final class IngestReport {
    private final ZonedDateTime when;
    private final MachineInfo machine;
    private final String pinning;
    private final int generated;
    private final int realPages;
    private final long bytes;
    private final List<String> notes;
    private final List<IngestRun.Result> results = new ArrayList<>();

    public IngestReport(ZonedDateTime when, MachineInfo machine, String pinning, int generated, int realPages,
                        List<ConflictCorpus.Article> articles, List<String> notes) {
        this.when = when;
        this.machine = machine;
        this.pinning = pinning;
        this.generated = generated;
        this.realPages = realPages;
        this.bytes = articles.stream().mapToLong(a -> a.bytes().length).sum();
        this.notes = List.copyOf(notes);
    }

    public void add(IngestRun.Result r) {
        results.add(r);
    }

    public String markdown() {
        StringBuilder b = new StringBuilder("## End-to-end ingest into a fresh embedded store\n\n");
        b.append("- date: ").append(when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        b.append("- machine: ").append(machine.cpu()).append(", ").append(machine.cores())
                .append(" core(s) visible to the JVM, ").append(machine.memoryBytes() >> 20).append(" MiB, ")
                .append(machine.os()).append(", Java ").append(machine.java()).append(", max heap ")
                .append(machine.maxHeapBytes() >> 20).append(" MiB\n");
        b.append("- pinned: ").append(pinning).append('\n');
        b.append("- corpus: ").append(generated).append(" generated conflict-dense articles + ").append(realPages)
                .append(" real pages, ").append(bytes / (generated + realPages)).append(" bytes on average\n");
        for (String n : notes) {
            b.append("- ").append(n).append('\n');
        }
        if (results.isEmpty()) {
            return b.append("\nNothing was measured.\n").toString();
        }
        b.append("\n| run | articles/s | articles per CPU-second | per process CPU-second | JIT / GC+VM / other "
                + "threads CPU s | collections | wall s | documents | reports | events |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < results.size(); i++) {
            IngestRun.Result r = results.get(i);
            b.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.2f / %.2f / %.2f | %d | %.2f | %d | %d "
                    + "| %d |%n", i + 1, r.perSecond(), r.perCpuSecond(), r.perProcessCpuSecond(),
                    r.jvm().compilerNanos() / 1e9, r.jvm().gcAndVmNanos() / 1e9, r.jvm().otherNanos() / 1e9,
                    r.gcCount(), r.wallNanos() / 1e9, r.counts().documents(),
                    r.counts().reports(), r.counts().events()));
        }
        IngestRun.Result median = results.stream().sorted(Comparator.comparingDouble(IngestRun.Result::perSecond))
                .toList().get(results.size() / 2);
        b.append(String.format(Locale.ROOT, "%n**median of %d: %.1f articles/s** (%.1f per CPU-second of the "
                + "ingesting thread)%n%nWhere the median run's time went (CPU time of the ingesting thread, and wall "
                + "time):%n%n| part | CPU share | CPU ms per article | wall share | wall ms per article |%n"
                + "|---|---|---|---|---|%n", results.size(), median.perSecond(), median.perCpuSecond()));
        Parts p = median.parts();
        long cpu = Parts.total(p.cpu);
        long wall = Parts.total(p.wall);
        for (int i = 0; i < Parts.labels().length; i++) {
            b.append(String.format(Locale.ROOT, "| %s | %.1f %% | %.2f | %.1f %% | %.2f |%n", Parts.labels()[i],
                    100.0 * p.cpu[i] / cpu, p.cpu[i] / 1e6 / median.articles(), 100.0 * p.wall[i] / wall,
                    p.wall[i] / 1e6 / median.articles()));
        }
        return b.toString();
    }
}
