package org.sitrep.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.extract.ScoredType;
import org.sitrep.extract.SnippetClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Gives the ACLED sub-event type (and event type) that best fits each text snippet.",
                "Input: one snippet per line; or id<TAB>text; or id<TAB>label<TAB>text (labelled: a header line "
                        + "starting with id<TAB> is skipped, and accuracy and weighted F1 are printed to stderr)."},
        footer = {"", "Exit codes: 0 ok, 1 bad input (the file and line are named), 2 usage error."})
final class ClassifyCommand implements Callable<Integer> {
    enum Format { jsonl, tsv }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Snippet file, or - for standard input.")
    String file;

    @Option(names = "--forced", description = "Always answer one of the 25 types, even without evidence "
            + "(score 0); otherwise NONE (null in JSON) when nothing fits.")
    boolean forced;

    @Option(names = "--top", paramLabel = "N", description = "Also list the N best types with their scores.")
    Integer top;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or tsv.")
    Format format = Format.jsonl;

    /** One type with its score; scores are shares of the trigger votes in the snippet. */
    record Ranked(String subEventType, String eventType, double score) {
        static Ranked of(ScoredType t) {
            // four decimals: finer digits are noise from vote shares, and they make output diffs unreadable
            return new Ranked(t.type().label(), t.type().eventType().label(), Math.round(t.score() * 1e4) / 1e4);
        }
    }

    /** One output line; gold only for labelled input, top only with --top. */
    record Line(String id, int line, @JsonInclude(JsonInclude.Include.NON_NULL) String gold, String subEventType,
                String eventType, Double score, @JsonInclude(JsonInclude.Include.NON_NULL) List<Ranked> top) {
    }

    @Override
    public Integer call() {
        if (top != null && top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        Snippets snippets = Snippets.parse(InputText.read(file, main.stdin));
        SnippetClassifier classifier = new SnippetClassifier();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.tsv) {
            out.println(snippets.labelled() ? "id\trank\tsub_event_type\tevent_type\tscore\tgold"
                    : "id\trank\tsub_event_type\tevent_type\tscore");
        }
        List<LabelScores.Pair> pairs = new ArrayList<>();
        for (Snippets.Snippet s : snippets.items()) {
            List<Ranked> ranked = ranked(classifier, s.text());
            Ranked best = ranked.isEmpty() ? null : ranked.get(0);
            if (s.gold() != null) {
                pairs.add(new LabelScores.Pair(s.gold(), best == null ? Snippets.NONE : best.subEventType()));
            }
            if (format == Format.tsv) {
                tsv(out, s, ranked);
            } else {
                out.println(JsonLines.line(new Line(s.id(), s.line(), s.gold(),
                        best == null ? null : best.subEventType(), best == null ? null : best.eventType(),
                        best == null ? null : best.score(), top == null ? null : ranked)));
            }
        }
        out.flush();
        if (!pairs.isEmpty()) {
            LabelScores sc = LabelScores.of(pairs);
            PrintWriter err = spec.commandLine().getErr();
            err.println(String.format(Locale.ROOT,
                    "sitrep: %d labelled snippets, %d labels: accuracy %.3f, weighted F1 %.3f%s",
                    sc.n(), sc.labels(), sc.accuracy(), sc.weightedF1(), forced ? " (forced)" : ""));
            err.flush();
        }
        return Main.OK;
    }

    /** The best type first; at most one unless --top; empty when nothing fits and the answer is not forced. */
    private List<Ranked> ranked(SnippetClassifier classifier, String text) {
        List<ScoredType> types = classifier.classify(text);
        if (types.isEmpty() && forced) {
            types = List.of(classifier.classifyForced(text));
        }
        int n = top == null ? 1 : top;
        return types.stream().limit(n).map(Ranked::of).toList();
    }

    private static void tsv(PrintWriter out, Snippets.Snippet s, List<Ranked> ranked) {
        String gold = s.gold() == null ? "" : "\t" + s.gold();
        if (ranked.isEmpty()) {
            out.println(s.id() + "\t1\t" + Snippets.NONE + "\t\t" + gold);
            return;
        }
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            out.println(s.id() + "\t" + (i + 1) + "\t" + r.subEventType() + "\t" + r.eventType() + "\t"
                    + String.format(Locale.ROOT, "%.4f", r.score()) + gold);
        }
    }
}
