package org.sitrep.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.eval.EvalMain.Context;
import org.sitrep.eval.acled.AcledCsv;
import org.sitrep.eval.acled.AcledEvent;
import org.sitrep.eval.acled.AcledRecordEvaluation;
import org.sitrep.eval.acled.AcledTypeEvaluation;
import org.sitrep.eval.link.AssessmentEvaluation;
import org.sitrep.eval.places.GeoEval;
import org.sitrep.eval.places.GeoScore;
import org.sitrep.eval.places.RealPagesEvaluator;
import org.sitrep.eval.roles.EvaluateRoles;
import org.sitrep.eval.time.TimeMlEvaluation;
import org.sitrep.eval.types.EvaluateRamsTypes;
import org.sitrep.eval.types.TypeEvaluation;
import org.sitrep.extract.SnippetClassifier;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.resolve.time.TimeTagger;

/** The evaluations {@link EvalMain} registers: each finds its data, says when it is absent, runs and prints. */
final class Evaluations {
    static final String ACLED = "eval/acled/acled-2022-dev.csv";
    static final String RAMS = "eval/roles/rams-test.jsonlines";
    static final String SYRIA_TOPONYMS = "sitrep/src/test/resources/places/syria-toponyms.jsonl";
    static final String SNIPPETS = "sitrep/src/test/resources/extract/labelled/";
    static final String STORIES = "sitrep/src/test/resources/link/stories.jsonl";

    private Evaluations() {
    }

    /** Whether {@code file} is there; if not, says that the evaluation is skipped and why. */
    static boolean present(Context ctx, Path file, String what) {
        if (Files.exists(file)) {
            return true;
        }
        ctx.out().println("skipped " + what + ": " + file + " absent");
        return false;
    }

    static void acledTypes(Context ctx, String[] args) throws Exception {
        Path csv = ctx.shared(ACLED);
        if (present(ctx, csv, "ACLED types")) {
            ctx.out().println("(ACLED 2022 development notes, read from ../shared at run time: measurement only)");
            AcledTypeEvaluation.print(AcledTypeEvaluation.evaluate(csv), 10, ctx.out());
        }
    }

    static void acledRecord(Context ctx, String[] args) throws Exception {
        Path csv = ctx.shared(ACLED);
        if (present(ctx, csv, "ACLED numbers and actors")) {
            List<AcledEvent> events = AcledCsv.read(csv);
            AcledRecordEvaluation.print(List.of("all", "non-protest", "syria"),
                    AcledRecordEvaluation.standard().evaluate(events), ctx.out());
        }
    }

    static void ramsTypes(Context ctx, String[] args) throws Exception {
        Path rams = ctx.shared(RAMS);
        if (present(ctx, rams, "RAMS types")) {
            EvaluateRamsTypes.run(rams, List.of(args).contains("--errors"), ctx.out());
        }
    }

    static void roles(Context ctx, String[] args) throws Exception {
        EvaluateRoles.run(ctx.shared("eval"), false, false, ctx.out());
    }

    static void geo(Context ctx, String[] args) throws Exception {
        boolean any = present(ctx, ctx.shared("eval/geo/lgl.xml"), "geo LGL")
                | present(ctx, ctx.shared("eval/geo/GeoVirus.xml"), "geo GeoVirus");
        boolean syria = present(ctx, ctx.repo(SYRIA_TOPONYMS), "geo, our Syria set (regression)");
        if (any || syria) {
            for (GeoScore s : GeoEval.run(ctx.shared(), ctx.repo(SYRIA_TOPONYMS))) {
                ctx.out().println(s.corpus().startsWith("syria") ? "(ours, regression) " + s.summary() : s.summary());
            }
        }
    }

    static void realPages(Context ctx, String[] args) throws Exception {
        Path articles = ctx.shared("corpus/articles");
        Path gold = ctx.repo(GeoEval.REAL_PAGES.toString());
        if (present(ctx, articles, "real pages") && present(ctx, gold, "real pages (our toponym labels)")) {
            ctx.out().println("toponyms (labels ours, pages real): "
                    + new RealPagesEvaluator().evaluate(gold, articles).summary());
            ctx.out().println("(the events on the real pages are scored by the runtime test: mvn -o test -pl sitrep "
                    + "-Dtest=RealPagesEventsTest)");
        }
    }

    static void dates(Context ctx, String[] args) throws Exception {
        Path time = ctx.shared("eval/time");
        if (present(ctx, time, "dates (TimeBank + AQUAINT)")) {
            TimeMlEvaluation.Scores s = TimeMlEvaluation.score(TimeMlEvaluation.of(TimeTagger.standard()),
                    TimeMlEvaluation.load(time));
            ctx.out().print(s.report());
        }
    }

    /** Our own labelled sets: regression checks only, never evidence of accuracy. */
    static void regression(Context ctx, String[] args) throws Exception {
        PrintStream out = ctx.out();
        SnippetClassifier classifier = new SnippetClassifier();
        for (String f : List.of("snippets-real-style.tsv", "snippets-test.tsv")) {
            Path p = ctx.repo(SNIPPETS + f);
            if (present(ctx, p, "regression types " + f)) {
                TypeEvaluation.Result r = TypeEvaluation.evaluate(TypeEvaluation.read(p), classifier);
                out.printf(java.util.Locale.ROOT, "(ours, regression) %s: forced weightedF1=%.3f (%d rows), "
                                + "unforced weightedF1=%.3f (%d rows)%n", f, r.forced().weightedF1(),
                        r.forced().rows(), r.unforced().weightedF1(), r.unforced().rows());
            }
        }
        Path stories = ctx.repo(STORIES);
        if (present(ctx, stories, "regression assessment")) {
            out.println("(ours, regression) contradictions on our stories: "
                    + new AssessmentEvaluation(EventAssessor.standard()).evaluate(stories).summary());
        }
    }
}
