package org.sitrep.eval.types;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.eval.rams.RamsTypeEvaluation;
import org.sitrep.extract.SnippetClassifier;

/**
 * Scores the sub-event type classifier on RAMS passages mapped to ACLED types:
 * {@code bin/sitrep-eval rams-types}, or by hand {@code java -cp sitrep-eval/target/sitrep-eval.jar
 * org.sitrep.eval.types.EvaluateRamsTypes [rams-test.jsonlines] [--errors]} (default file:
 * ../shared/eval/roles/rams-test.jsonlines). Prints all, dev (not Syria) and Syria figures under the RAMS-type
 * mapping, then the figures against our own labels of the trigger sentences (rams-labels.tsv).
 */
public final class EvaluateRamsTypes {
    private EvaluateRamsTypes() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0]
                : "../shared/eval/roles/rams-test.jsonlines");
        if (!Files.isRegularFile(file)) {
            System.err.println("RAMS file absent, nothing evaluated: " + file);
            System.exit(2);
        }
        run(file, java.util.Arrays.asList(args).contains("--errors"), System.out);
    }

    /** Scores the passages of {@code file} and prints all, dev and Syria figures. */
    public static void run(Path file, boolean errors, PrintStream out) throws IOException {
        RamsTypeEvaluation.Result r = RamsTypeEvaluation.evaluate(file, new SnippetClassifier());
        out.printf("RAMS passages read=%d mapped to ACLED=%d (dev, not Syria=%d; Syria=%d)%n",
                r.passagesRead(), r.passagesMapped(), r.dev().passages(), r.syria().passages());
        print("all", r.all(), errors, out);
        print("dev", r.dev(), errors, out);
        print("syria", r.syria(), false, out);
        RamsTypeEvaluation.Labelled l = RamsTypeEvaluation.evaluateLabelled(file, new SnippetClassifier());
        out.printf("RAMS trigger sentences with our own ACLED labels=%d (typed=%d, sure of the type=%d)%n",
                l.labelled(), l.typed().passages(), l.sure().passages());
        print("labelled", l.typed(), errors, out);
        print("labelled sure", l.sure(), false, out);
        TypeEvaluation.print("labelled detection (NONE a class)", l.detection(), 10, out);
        if (errors) {
            l.detection().errors().forEach(e -> out.println("  detection " + e));
        }
        RamsTypeEvaluation.KeyOnMapped k = RamsTypeEvaluation.keyOnMapped(file);
        out.printf("our key on the %d mapped passages (%d labelled): %d report no ACLED event; of the %d it types, %d "
                + "as the map does (outside those, a faithful ACLED reading scores there only by forced guesses on "
                + "passages without an event)%n",
                k.mapped(), k.labelled(), k.noEvent(), k.typed(), k.asMapped());
    }

    private static void print(String name, RamsTypeEvaluation.Part p, boolean errors, PrintStream out) {
        TypeEvaluation.print(name + " forced", p.forced(), 10, out);
        TypeEvaluation.print(name + " forced at the trigger", p.atTrigger(), 10, out);
        TypeEvaluation.print(name + " unforced", p.unforced(), 10, out);
        if (errors) {
            p.forced().errors().forEach(e -> out.println("  forced " + e));
            p.atTrigger().errors().forEach(e -> out.println("  at trigger " + e));
        }
    }
}
