package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.bench.classify.ClassifierEvaluator;
import org.sitrep.bench.classify.Evaluation;
import org.sitrep.bench.classify.EvaluationReport;
import org.sitrep.bench.classify.LabelledSnippet;
import org.sitrep.bench.classify.Labels;
import org.sitrep.bench.classify.SnippetClassifiers;
import org.sitrep.bench.classify.SnippetTsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores sub-event type classification on labelled snippets; prints Markdown. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Sub-event type accuracy (weighted F1 over ACLED's 25 types) on labelled snippets.")
public final class ClassifyCommand implements Callable<Integer> {
    static final String DEFAULT_TSV = "training/labelled/snippets-dev.tsv";

    @Option(names = "--tsv", paramLabel = "FILE",
            description = "labelled snippets, id<TAB>sub_event_type<TAB>text (default: <repo>/" + DEFAULT_TSV + ")")
    Path tsv;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "score saved predictions (id<TAB>label) instead of running the sitrep classifier")
    Path predictions;

    @Option(names = "--forced", description = "use classifyForced (always a type): NONE snippets are left out")
    boolean forced;

    @Option(names = "--top", defaultValue = "15", description = "confusions to list (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown report to FILE")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path file = tsv != null ? tsv : RepoPaths.repoRoot().resolve(DEFAULT_TSV);
        if (!Files.isRegularFile(file)) {
            System.err.println("error: no labelled snippets at " + file + " (pass --tsv FILE)");
            return 2;
        }
        List<LabelledSnippet> snippets = SnippetTsv.read(file);
        List<String> notes = new ArrayList<>();
        notes.add("Snippets: `" + file + "`.");
        if (forced) {
            int before = snippets.size();
            snippets = snippets.stream().filter(s -> !s.label().equals(Labels.NONE)).toList();
            notes.add("--forced: the classifier must pick a type, so the " + (before - snippets.size())
                    + " NONE snippets are left out.");
        }
        Function<String, String> classifier;
        String who;
        if (predictions != null) {
            classifier = SnippetClassifiers.fromPredictions(predictions, snippets);
            who = "predictions from " + predictions.getFileName();
        } else {
            classifier = SnippetClassifiers.sitrepSnippetClassifier(forced);
            who = forced ? "SnippetClassifier.classifyForced" : "SnippetClassifier.detect";
        }
        Evaluation e = ClassifierEvaluator.evaluate(snippets, classifier);
        String md = EvaluationReport.markdown("Sub-event type classification: " + who, e, top, notes);
        System.out.println(md);
        if (out != null) {
            Files.writeString(out, md, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
