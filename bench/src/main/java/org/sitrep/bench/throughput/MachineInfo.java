package org.sitrep.bench.throughput;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The machine a report was measured on, as the JVM sees it. */
public record MachineInfo(int cores, String cpu, long memoryBytes, String os, String java, long maxHeapBytes,
        String gc) {

    public static MachineInfo current() {
        long mem = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            mem = os.getTotalMemorySize();
        }
        String java = System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")";
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(" + "));
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), cpuModel(), mem,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                java, Runtime.getRuntime().maxMemory(), gc);
    }

    /** The CPU model from /proc/cpuinfo on Linux; "unknown CPU" elsewhere (nothing is guessed). */
    private static String cpuModel() {
        Path p = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(p)) {
            return "unknown CPU";
        }
        try (var lines = Files.lines(p)) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unknown CPU";
        }
    }
}
