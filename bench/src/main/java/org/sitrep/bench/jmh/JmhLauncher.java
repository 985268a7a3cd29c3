package org.sitrep.bench.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.sitrep.bench.RepoPaths;

/**
 * {@code java -jar sitrep-bench.jar jmh [--shared DIR] [JMH options]}: runs the JMH benchmarks of this module
 * (all of them unless a JMH include pattern is given), passing the shared directory to the forked JVMs.
 */
public final class JmhLauncher {
    private JmhLauncher() {
    }

    public static int run(String[] args) throws RunnerException {
        Path shared = RepoPaths.defaultShared();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--shared")) {
                if (i + 1 >= args.length) {
                    System.err.println("error: --shared needs a directory");
                    return 2;
                }
                shared = Path.of(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        CommandLineOptions cmd;
        try {
            cmd = new CommandLineOptions(rest.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        if (cmd.shouldHelp()) {
            System.out.println("usage: java -jar sitrep-bench.jar jmh [--shared DIR] [JMH options]; JMH options:");
            try {
                cmd.showHelp();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return 0;
        }
        OptionsBuilder b = new OptionsBuilder();
        b.parent(cmd);
        if (cmd.getIncludes().isEmpty()) {
            b.include(JmhLauncher.class.getPackageName() + ".*");
        }
        List<String> jvm = new ArrayList<>(cmd.getJvmArgsAppend().orElse(List.of()));
        jvm.add("-Dsitrep.shared=" + shared.toAbsolutePath());
        b.jvmArgsAppend(jvm.toArray(String[]::new));
        Runner runner = new Runner(b.build());
        if (cmd.shouldList()) {
            runner.list();
        } else {
            runner.run();
        }
        return 0;
    }
}
