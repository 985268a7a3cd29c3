package org.sitrep.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of the evaluation jar ({@code bin/sitrep-eval EVALUATION [--shared DIR] [args]}). Every evaluation is
 * one line in {@link #REGISTRY}; {@code all} runs them in order, each saying when its data is absent and is skipped.
 * Real data is read from {@code ../shared} (or {@code --shared DIR}, or the system property {@code sitrep.shared})
 * at run time; our own labelled sets from the repository ({@code sitrep.home}, else the working directory).
 * Nothing here ships in the runtime jar.
 */
public final class EvalMain {
    /** What an evaluation is given: where the shared data and the repository are, and where to print. */
    public record Context(Path shared, Path repo, PrintStream out) {
        /** A path under the shared data directory. */
        public Path shared(String relative) {
            return shared.resolve(relative);
        }

        /** A path under the repository root (our own labelled sets). */
        public Path repo(String relative) {
            return repo.resolve(relative);
        }
    }

    /** One evaluation: runs over the context, with the arguments that follow its name. */
    @FunctionalInterface
    public interface Evaluation {
        void run(Context ctx, String[] args) throws Exception;
    }

    private record Entry(String description, boolean inAll, Evaluation evaluation) {
    }

    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>();

    static {
        // real text nobody on the team wrote
        register("acled-types", "sub-event type on ACLED notes, forced (all / non-protest / Syria)",
                Evaluations::acledTypes);
        register("acled-record", "fatalities and actors read from ACLED notes vs ACLED's columns",
                Evaluations::acledRecord);
        register("acled-places", "places on the ACLED Syria rows (geo_precision 1-2), within 161 / 25 km",
                EvalMain::acledPlaces);
        register("rams-types", "sub-event type on RAMS news passages mapped to ACLED [--errors]", Evaluations::ramsTypes);
        register("roles", "actor1/actor2 on the CAMEO validation sentences and RAMS passages", Evaluations::roles);
        register("geo", "geocoding on LGL and GeoVirus (and our Syria set, a regression check)", Evaluations::geo);
        register("real-pages", "toponyms on the three real pages, end to end", Evaluations::realPages);
        register("dates", "DATE values and spans on TimeBank + AQUAINT", Evaluations::dates);
        // our own labelled sets: regression checks, not evidence of accuracy
        register("regression", "our own labelled snippets and stories (regression checks only)",
                Evaluations::regression);
        // by hand only: one labelled file given on the command line
        REGISTRY.put("types", new Entry("sub-event type on one labelled snippet file: types FILE [--errors]", false,
                (ctx, a) -> EvaluateTypes.main(a)));
    }

    private EvalMain() {
    }

    private static void acledPlaces(Context ctx, String[] args) throws Exception {
        Path csv = ctx.shared().resolve("eval/acled/acled-2022-dev.csv");
        if (!java.nio.file.Files.isRegularFile(csv)) {
            ctx.out().println("skipped: " + csv + " is absent (real ACLED data, read from ../shared at run time)");
            return;
        }
        String[] withCsv = new String[args.length + 1];
        withCsv[0] = csv.toString();
        System.arraycopy(args, 0, withCsv, 1, args.length);
        org.sitrep.eval.places.AcledPlaceEvaluation.main(withCsv);
    }

    static void register(String name, String description, Evaluation evaluation) {
        if (REGISTRY.putIfAbsent(name, new Entry(description, true, evaluation)) != null) {
            throw new IllegalStateException("evaluation '" + name + "' registered twice");
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? System.err : System.out);
            System.exit(args.length == 0 ? 2 : 0);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        if (rest.length >= 2 && rest[0].equals("--shared")) {
            shared = Path.of(rest[1]);
            rest = Arrays.copyOfRange(rest, 2, rest.length);
        }
        Path repo = Path.of(System.getProperty("sitrep.home", "."));
        if (System.getProperty("sitrep.shared") == null && !shared.isAbsolute()) {
            shared = repo.resolve(shared).normalize();
        }
        Context ctx = new Context(shared, repo, System.out);
        if (args[0].equals("all")) {
            System.exit(all(ctx, rest));
        }
        Entry e = REGISTRY.get(args[0]);
        if (e == null) {
            System.err.println("sitrep-eval: unknown evaluation '" + args[0] + "'");
            usage(System.err);
            System.exit(2);
        }
        e.evaluation().run(ctx, rest);
    }

    /** Runs every registered evaluation; one that fails is reported and the others still run. Exit 1 if any failed. */
    static int all(Context ctx, String[] args) {
        long start = System.nanoTime();
        int failed = 0;
        ctx.out().println("sitrep-eval all: shared data " + ctx.shared() + ", repository " + ctx.repo());
        for (Map.Entry<String, Entry> e : REGISTRY.entrySet()) {
            if (!e.getValue().inAll()) {
                continue;
            }
            ctx.out().println();
            ctx.out().println("== " + e.getKey() + ": " + e.getValue().description());
            long t0 = System.nanoTime();
            try {
                e.getValue().evaluation().run(ctx, args);
            } catch (Exception | Error ex) {
                failed++;
                ctx.out().println("FAILED " + e.getKey() + ": " + ex);
                ex.printStackTrace();
            }
            ctx.out().printf(Locale.ROOT, "(%s: %.1f s)%n", e.getKey(), (System.nanoTime() - t0) / 1e9);
        }
        ctx.out().printf(Locale.ROOT, "%nsitrep-eval all: %.1f s, %d failed%n", (System.nanoTime() - start) / 1e9,
                failed);
        return failed == 0 ? 0 : 1;
    }

    private static void usage(PrintStream out) {
        out.println("usage: sitrep-eval EVALUATION [--shared DIR] [args]   (shared data default: ../shared)");
        out.println("  all                  every evaluation below except 'types', in order");
        REGISTRY.forEach((name, e) -> out.printf(Locale.ROOT, "  %-20s %s%n", name, e.description()));
    }
}
