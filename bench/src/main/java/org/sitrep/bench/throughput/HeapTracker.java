package org.sitrep.bench.throughput;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap occupancy while something runs: the larger of the heap used just before each garbage collection
 * (from GC notifications) and the heap used when {@link #sample()} is called. Occupancy includes garbage not
 * yet collected, so it depends on the collector's sizing; {@link #liveHeapBytes()} gives the live heap.
 */
public final class HeapTracker implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools;
    private final List<Runnable> unregister = new ArrayList<>();

    public HeapTracker() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener l = (n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        record(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
                    }
                };
                emitter.addNotificationListener(l, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(l);
                    } catch (ListenerNotFoundException ignored) {
                        // already gone: nothing to undo
                    }
                });
            }
        }
        reset();
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var e : pools.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    private void record(long used) {
        peak.accumulateAndGet(used, Math::max);
    }

    public void sample() {
        record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Starts a new measurement from the heap in use now. */
    public void reset() {
        peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    public long peakBytes() {
        sample();
        return peak.get();
    }

    /** Heap in use after full collections: what is really held. Slow; call outside timed sections. */
    public static long liveHeapBytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        unregister.forEach(Runnable::run);
    }
}
