package org.sitrep.bench;

import java.util.Arrays;
import org.sitrep.bench.jmh.JmhLauncher;
import picocli.CommandLine;

/**
 * {@code java -jar sitrep-bench.jar [throughput] [options]} (the default), {@code ... classify [options]},
 * {@code ... dates [options]}, {@code ... link [--reports N]}, {@code ... ingest [options]}, {@code ... sizes [--sizes 10k,1m]} or
 * {@code ... jmh [--shared DIR] [JMH options]}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        String first = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        return switch (first) {
            case "jmh" -> JmhLauncher.run(rest);
            case "classify" -> new CommandLine(new ClassifyCommand()).execute(rest);
            case "dates" -> new CommandLine(new DatesCommand()).execute(rest);
            case "link" -> new CommandLine(new org.sitrep.bench.link.LinkBenchCommand()).execute(rest);
            case "ingest" -> new CommandLine(new IngestCommand()).execute(rest);
            case "analysis" -> new CommandLine(new org.sitrep.bench.analysis.AnalysisCommand()).execute(rest);
            case "scale" -> new CommandLine(new org.sitrep.bench.analysis.SparkScaleCommand()).execute(rest);
            case "sizes" -> new CommandLine(new org.sitrep.bench.sizes.SizesCommand()).execute(rest);
            case "generate" -> new CommandLine(new org.sitrep.bench.scale.GenerateCommand()).execute(rest);
            case "query" -> new CommandLine(new org.sitrep.bench.scale.QueryCommand()).execute(rest);
            case "load" -> new CommandLine(new org.sitrep.bench.scale.LoadCommand()).execute(rest);
            case "answers" -> new CommandLine(new org.sitrep.bench.scale.AnswersCommand()).execute(rest);
            case "throughput" -> new CommandLine(new ThroughputCommand()).execute(rest);
            default -> new CommandLine(new ThroughputCommand()).execute(args);
        };
    }
}
