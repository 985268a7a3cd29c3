package org.sitrep.bench.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of {@code bin/sitrep-spark} as a child process, watched from outside: wall time, CPU time and resident
 * peak read from {@code /proc} while it runs (the launcher execs the JVM, so the child's pid is the JVM's), and the
 * largest component from the job's last line. Linux only, as the bench machine is; elsewhere CPU and memory read 0.
 */
record ChildRun(double wallSeconds, double cpuSeconds, long peakRssKb, String largestComponent) {
    private static final Pattern LARGEST = Pattern.compile("largest component (\\d+)");
    /** Clock ticks per second of /proc/PID/stat's times (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    static ChildRun sparkJob(Path repo, Path input, Path output, String master) throws IOException,
            InterruptedException {
        if (Files.exists(output)) {
            try (var files = Files.walk(output)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        ProcessBuilder pb = new ProcessBuilder(List.of(repo.resolve("bin/sitrep-spark").toString(), "--input",
                input.toString(), "--output", output.toString(), "--master", master));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        long[] seen = new long[2];
        StringBuilder stdout = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> {
                    System.err.println("[scale] job: " + l);
                    stdout.append(l).append('\n');
                });
            } catch (IOException e) {
                System.err.println("[scale] reading the job's output: " + e.getMessage());
            }
        });
        reader.start();
        while (p.isAlive()) {
            seen[0] = Math.max(seen[0], peakRssKb(p.pid()));
            seen[1] = Math.max(seen[1], cpuTicks(p.pid()));
            Thread.sleep(200);
        }
        reader.join();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new IOException("bin/sitrep-spark --master " + master + " exited with " + p.exitValue());
        }
        Matcher m = LARGEST.matcher(stdout);
        return new ChildRun(wall, seen[1] / TICKS, seen[0], m.find() ? m.group(1) : "?");
    }

    /** A process's resident peak so far (VmHWM, kB), or 0 when it cannot be read. */
    static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux: the last value read stands
        }
        return 0;
    }

    /** A process's user + system CPU time so far, in clock ticks, or 0 when it cannot be read. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat: utime, stime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
