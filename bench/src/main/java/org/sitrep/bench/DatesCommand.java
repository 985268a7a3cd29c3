package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.bench.dates.SuTimeTagger;
import org.sitrep.bench.throughput.CoreNlpSubject;
import org.sitrep.bench.throughput.MachineInfo;
import org.sitrep.eval.time.TimeMlDocument;
import org.sitrep.eval.time.TimeMlEvaluation;
import org.sitrep.resolve.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * DATE expressions of TimeBank + AQUAINT (TempEval-3, TimeML with DCT): sitrep's tagger and SUTime scored by the
 * same scorer ({@link TimeMlEvaluation}) on the same files in one run; prints a Markdown table.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "DATE value F1 and span F1 on TimeBank + AQUAINT: sitrep vs SUTime (CoreNLP), same scorer.")
public final class DatesCommand implements Callable<Integer> {
    @Option(names = "--shared", paramLabel = "DIR", description = "shared data directory (default: <repo>/../shared)")
    Path shared;

    @Option(names = "--no-sutime", description = "score sitrep only")
    boolean noSutime;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown report to FILE")
    Path out;

    private record Row(String system, TimeMlEvaluation.Scores scores, long loadMs) {
    }

    @Override
    public Integer call() throws Exception {
        Path root = (shared != null ? shared : RepoPaths.defaultShared()).resolve("eval").resolve("time");
        if (!Files.isDirectory(root)) {
            System.err.println("error: no TimeML data at " + root + " (pass --shared DIR)");
            return 2;
        }
        List<TimeMlDocument> docs = TimeMlEvaluation.load(root);
        List<Row> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        TimeTagger sitrep = TimeTagger.standard();
        long sitrepLoad = (System.nanoTime() - t0) / 1_000_000;
        TimeMlEvaluation.Tagger sitrepTagger = TimeMlEvaluation.of(sitrep);
        TimeMlEvaluation.score(sitrepTagger, docs); // warm-up pass: the figure below is the second pass
        rows.add(new Row("sitrep TimeTagger", TimeMlEvaluation.score(sitrepTagger, docs), sitrepLoad));
        if (!noSutime) {
            System.err.println("[dates] loading SUTime (CoreNLP " + CoreNlpSubject.version() + ")...");
            t0 = System.nanoTime();
            SuTimeTagger sutime = new SuTimeTagger();
            long load = (System.nanoTime() - t0) / 1_000_000;
            sutime.tag("Warm-up on Tuesday, 3 March 1998.", LocalDate.of(1998, 3, 5));
            rows.add(new Row("SUTime (CoreNLP " + CoreNlpSubject.version() + ", " + SuTimeTagger.ANNOTATORS + ")",
                    TimeMlEvaluation.score(sutime, docs), load));
        }
        String md = markdown(root, docs.size(), rows);
        System.out.println(md);
        if (out != null) {
            Files.writeString(out, md, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private static String markdown(Path root, int docs, List<Row> rows) {
        MachineInfo m = MachineInfo.current();
        StringBuilder b = new StringBuilder();
        b.append("## DATE expressions, TimeBank + AQUAINT (").append(docs).append(" documents)\n\n");
        b.append("Measured ").append(LocalDate.now()).append(" on ").append(m.cpu()).append(", ").append(m.cores())
                .append(" cores, ").append(m.os()).append(", Java ").append(m.java()).append(".\n");
        b.append("Data: `").append(root).append("` (TimeBank/ and AQUAINT/ *.tml, DCT from each file). ")
                .append("Scorer: `org.sitrep.eval.time.TimeMlEvaluation` (TempEval-3 style: strict = exact span, "
                        + "relaxed = overlap; a value counts when a relaxed match has the gold value; precision over "
                        + "the system's DATEs, recall over the gold DATEs).\n\n");
        b.append("| system | value P | value R | value F1 | strict span F1 | relaxed span F1 | gold / system DATEs "
                + "| docs/s (one thread) | load |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            TimeMlEvaluation.Scores s = r.scores();
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | %d / %d | %.1f | %d ms |%n",
                    r.system(), s.precision(s.valueCorrect()), s.recall(s.valueCorrect()), s.valueF1(),
                    s.strictF1(), s.relaxedF1(), s.gold(), s.system(), s.docsPerSecond(), r.loadMs()));
        }
        b.append("\nReproduce: `bench/run dates` (add `--no-sutime` to skip CoreNLP).\n");
        return b.toString();
    }
}
