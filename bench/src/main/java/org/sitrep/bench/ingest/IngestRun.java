package org.sitrep.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.link.EventMerger;
import org.sitrep.link.LinkChanges;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Processed;
import org.sitrep.record.Linking;
import org.sitrep.record.Recorder;
import org.sitrep.model.Counts;
import org.sitrep.store.PutResult;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * One ingest of a corpus into a fresh embedded store, as {@code sitrep ingest} does it (read, engine, recorder:
 * link against the stored events, merge, grade, commit one transaction per document), on this thread, timing
 * each part.
 */
public final class IngestRun {
    /** What a run measured. */
    public record Result(int articles, int added, long wallNanos, long cpuNanos, Parts parts, Counts counts,
                         ThreadGroupsCpu jvm, long gcCount) {
        public double perSecond() {
            return articles / (wallNanos / 1e9);
        }

        public double perCpuSecond() {
            return articles / (cpuNanos / 1e9);
        }

        /** Articles per CPU-second of the whole process (the compilers and the collector included). */
        public double perProcessCpuSecond() {
            return jvm.compilerNanos() < 0 ? Double.NaN : articles / (jvm.total() / 1e9);
        }
    }

    private IngestRun() {
    }

    public static Result run(Engine engine, List<ConflictCorpus.Article> articles, Path db) throws IngestException {
        Parts parts = new Parts();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        DocumentReader reader = new DocumentReader();
        try (SqliteStore sqlite = SqliteStore.open(db)) {
            TimedStore store = new TimedStore(sqlite, parts);
            Linking standard = Linking.standard();
            Linking timed = (reports, index) -> {
                Parts.Stamp t = Parts.Stamp.now();
                long lookedUpWall = parts.wall[Parts.LOOKUP];
                long lookedUpCpu = parts.cpu[Parts.LOOKUP];
                LinkChanges changes = standard.link(reports, index);
                parts.add(Parts.LINKING, t);
                parts.remove(Parts.LINKING, parts.wall[Parts.LOOKUP] - lookedUpWall,
                        parts.cpu[Parts.LOOKUP] - lookedUpCpu);
                return changes;
            };
            Recorder recorder = new Recorder(store, timed, new EventMerger(), EventAssessor.standard());
            int added = 0;
            ThreadGroupsCpu jvmBefore = ThreadGroupsCpu.now();
            long gcBefore = gcCount();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            // documents are recorded in groups, as sitrep ingest records them (Recorder.GROUP_DOCUMENTS)
            List<Processed> group = new ArrayList<>();
            List<byte[]> originals = new ArrayList<>();
            long groupBytes = 0;
            for (int i = 0; i < articles.size(); i++) {
                ConflictCorpus.Article a = articles.get(i);
                Parts.Stamp t = Parts.Stamp.now();
                group.add(engine.process(reader.readFully(a.name(), a.bytes())));
                parts.add(Parts.EXTRACTION, t);
                originals.add(a.bytes());
                groupBytes += a.bytes().length;
                if (group.size() < Recorder.GROUP_DOCUMENTS && groupBytes < Recorder.GROUP_BYTES
                        && i < articles.size() - 1) {
                    continue;
                }
                long[] wallBefore = parts.wall.clone();
                long[] cpuBefore = parts.cpu.clone();
                Parts.Stamp recording = Parts.Stamp.now();
                for (PutResult r : recorder.recordAll(group, originals)) {
                    added += r == PutResult.ADDED ? 1 : 0;
                }
                group.clear();
                originals.clear();
                groupBytes = 0;
                // the recorder's own time: what the other parts did not count while it ran
                parts.add(Parts.MERGING, recording);
                for (int part : new int[] {Parts.LOOKUP, Parts.LINKING, Parts.COMMIT}) {
                    parts.remove(Parts.MERGING, parts.wall[part] - wallBefore[part], parts.cpu[part] - cpuBefore[part]);
                }
            }
            long wall = System.nanoTime() - start;
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            ThreadGroupsCpu jvm = ThreadGroupsCpu.now().minus(jvmBefore);
            return new Result(articles.size(), added, wall, cpu, parts, sqlite.counts(), jvm, gcCount() - gcBefore);
        }
    }

    private static long gcCount() {
        long n = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
