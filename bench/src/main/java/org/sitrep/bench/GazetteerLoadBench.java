package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.knowledge.places.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cold-load measurement of the gazetteer: N fresh JVMs (same java, same classpath) each load it once, class
 * loading included, and report the wall time and the loading thread's CPU time of {@link Gazetteer#get}; prints
 * the medians (logged, INFO). CPU time is the steadier figure when other processes share the cores. Not a unit
 * test (no timed assertion anywhere). Usage, once {@code bench/run} has built the jar:
 * {@code java -cp bench/target/sitrep-bench.jar org.sitrep.bench.GazetteerLoadBench [N]}.
 */
public final class GazetteerLoadBench {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerLoadBench.class);
    private static final String CHILD = "--child";

    private GazetteerLoadBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals(CHILD)) {
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int size = Gazetteer.get().size();
            long wall = System.nanoTime() - t0;
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
            // the figures go back through a file: library code never writes to the standard streams
            Files.writeString(Path.of(args[1]), wall + " " + cpu + " " + size, StandardCharsets.UTF_8);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path result = Files.createTempFile("gazetteer-load", ".txt");
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    GazetteerLoadBench.class.getName(), CHILD, result.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int exit = p.waitFor();
            String out = Files.readString(result, StandardCharsets.UTF_8).trim();
            Files.delete(result);
            if (exit != 0 || out.isEmpty()) {
                throw new IllegalStateException("child JVM failed (exit " + exit + ")");
            }
            String[] f = out.split(" ");
            walls.add(Long.parseLong(f[0]) / 1e6);
            cpus.add(Long.parseLong(f[1]) / 1e6);
        }
        LOG.info(String.format(Locale.ROOT, "gazetteer cold load, %d fresh JVMs: median wall %.0f ms, median CPU of "
                + "the loading thread %.0f ms (min %.0f, max %.0f)", n, median(walls), median(cpus),
                cpus.stream().mapToDouble(d -> d).min().orElse(0), cpus.stream().mapToDouble(d -> d).max().orElse(0)));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }
}
