package org.sitrep.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.model.ScoredType;
import org.sitrep.app.TextTools;
import org.sitrep.app.TypeAgreement;
import org.sitrep.model.SubEventType;
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
            + "(a low score means little evidence); otherwise NONE (null in JSON) when the snippet reports no "
            + "event.")
    boolean forced;

    @Option(names = "--top", paramLabel = "N", description = "Also list the N best types with their scores.")
    Integer top;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or tsv: one row per "
            + "listed type, rank 1 the best; a snippet reporting no event gets a NONE row ranked 0.")
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
        TextTools classifier = new TextTools();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.tsv) {
            out.println(snippets.labelled() ? "id\trank\tsub_event_type\tevent_type\tscore\tgold"
                    : "id\trank\tsub_event_type\tevent_type\tscore");
        }
        List<TypeAgreement.Judged> judged = new ArrayList<>();
        for (Snippets.Snippet s : snippets.items()) {
            Optional<Ranked> best = (forced ? Optional.of(classifier.forcedType(s.text()))
                    : classifier.detectType(s.text())).map(Ranked::of);
            if (snippets.labelled()) {
                judge(s, best).ifPresent(judged::add);
            }
            List<Ranked> ranked = top == null ? best.stream().toList() : ranked(classifier, s.text(), best);
            if (format == Format.tsv) {
                tsv(out, s, best, ranked);
            } else {
                out.println(JsonLines.line(new Line(s.id(), s.line(), s.gold(),
                        best.map(Ranked::subEventType).orElse(null), best.map(Ranked::eventType).orElse(null),
                        best.map(Ranked::score).orElse(null), top == null ? null : ranked)));
            }
        }
        out.flush();
        if (snippets.labelled() && !snippets.items().isEmpty()) {
            summary(snippets, judged);
        }
        return Main.OK;
    }

    /**
     * The N best types by evidence. Without --forced they are listed even when the snippet is judged to report
     * no event (a denied or hypothetical strike still points to a type); with --forced and no evidence at all,
     * the forced choice alone.
     */
    private List<Ranked> ranked(TextTools classifier, String text, Optional<Ranked> best) {
        List<Ranked> ranked = classifier.rankTypes(text).stream().limit(top).map(Ranked::of).toList();
        return ranked.isEmpty() && forced ? best.stream().toList() : ranked;
    }

    /**
     * The snippet's gold label against what was printed for it, as the evaluations score (TypeAgreement): forced mode
     * scores only snippets labelled with a type, unforced mode every snippet with NONE as a class.
     */
    private Optional<TypeAgreement.Judged> judge(Snippets.Snippet s, Optional<Ranked> best) {
        Optional<SubEventType> gold = Snippets.NONE.equals(s.gold()) ? Optional.empty() : SubEventType.parse(s.gold());
        if (forced && gold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TypeAgreement.Judged(s.id(), gold.map(SubEventType::label).orElse(TypeAgreement.NONE),
                best.map(Ranked::subEventType).orElse(TypeAgreement.NONE)));
    }

    /** Accuracy and weighted F1 to stderr, same mode as stdout. */
    private void summary(Snippets snippets, List<TypeAgreement.Judged> judged) {
        TypeAgreement sc = TypeAgreement.of(judged);
        List<Snippets.Snippet> rows = snippets.items();
        long labels = sc.labels();
        PrintWriter err = spec.commandLine().getErr();
        if (sc.rows() == 0) {
            err.println("sitrep: no snippet labelled with a type to score in forced mode (all are NONE)");
        } else {
            err.println(String.format(Locale.ROOT,
                    "sitrep: %d labelled snippets, %d labels: accuracy %.3f, weighted F1 %.3f%s", sc.rows(), labels,
                    sc.accuracy(), sc.weightedF1(), forced && sc.rows() < rows.size()
                            ? " (forced; " + (rows.size() - sc.rows()) + " labelled NONE not scored)" : ""));
        }
        err.flush();
    }

    private static void tsv(PrintWriter out, Snippets.Snippet s, Optional<Ranked> best, List<Ranked> ranked) {
        String gold = s.gold() == null ? "" : "\t" + s.gold();
        if (best.isEmpty()) {
            out.println(s.id() + "\t0\t" + Snippets.NONE + "\t\t" + gold);
        }
        List<Ranked> rows = ranked.isEmpty() ? best.stream().toList() : ranked;
        for (int i = 0; i < rows.size(); i++) {
            Ranked r = rows.get(i);
            out.println(s.id() + "\t" + (i + 1) + "\t" + r.subEventType() + "\t" + r.eventType() + "\t"
                    + String.format(Locale.ROOT, "%.4f", r.score()) + gold);
        }
    }
}
