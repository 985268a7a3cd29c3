package org.sitrep.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep-spark}: the batch job from the command line, locally or through spark-submit on a cluster. */
@Command(name = "sitrep-spark", mixinStandardHelpOptions = true,
        description = "Reads article files and JSONL dumps, records their reports and events as sitrep ingest "
                + "does, and writes Parquet tables documents, reports and events (partitioned by month).")
public final class SparkMain implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Files or folders (.txt .md .html .htm articles, .jsonl dumps of {url,title,published,text}); "
                    + "any file system Spark reads")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder; must not exist")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "local[*], local[N], spark://host:port, yarn, k8s://...; default: the one spark-submit "
                    + "gives, else local[*]")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the documents go in (default: the cores, or one for every 32 input partitions, "
                    + "whichever is more)")
    Integer partitions;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() throws java.io.IOException {
        if (!output.contains("://") && Files.exists(Path.of(output))) {
            System.err.println("sitrep-spark: output folder " + output + " exists; name a new one");
            return 2;
        }
        SparkSession.Builder b = SparkSession.builder().appName("sitrep");
        org.apache.spark.SparkConf given = new org.apache.spark.SparkConf();
        if (!given.contains("spark.rdd.compress")) {
            b.config("spark.rdd.compress", "true"); // the documents kept between steps: text compresses well
        }
        if (partitions != null) {
            b.config("spark.sitrep.partitions", partitions.toString());
        }
        if (master != null) {
            b.master(master);
        } else if (!given.contains("spark.master")) {
            b.master("local[*]");
        }
        long t0 = System.nanoTime();
        try (SparkSession spark = b.getOrCreate()) {
            StageTimes stages = new StageTimes();
            spark.sparkContext().addSparkListener(stages);
            SparkJob.Summary s = new SparkJob(spark).run(inputs, output);
            s.problems().forEach(p -> System.err.println("sitrep-spark: skipped " + p));
            System.out.printf("%d documents, %d reports, %d events written to %s (%d skipped; largest component %d "
                            + "reports) in %.1f s%n", s.documents(), s.reports(), s.events(), output, s.skipped(),
                    s.largestComponent(), (System.nanoTime() - t0) / 1e9);
            System.out.printf(java.util.Locale.ROOT, "%d block offers for %d reports that link: %.2f blocks per "
                    + "report%n", s.blockOffers(), s.blockedReports(), s.blocksPerReport());
            stages.table(s.documents()).forEach(System.out::println);
            ThreadTimes.table().forEach(System.out::println);
            return 0;
        }
    }
}
