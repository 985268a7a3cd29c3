package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.extract.RamsTypeEvaluation;
import org.sitrep.extract.SnippetClassifier;
import org.sitrep.extract.TypeEvaluation;

/**
 * Scores the sub-event type classifier on RAMS passages mapped to ACLED types:
 * {@code java -cp sitrep/target/sitrep-cli.jar org.sitrep.cli.EvaluateRamsTypes [rams-test.jsonlines] [--errors]}
 * (default file: /work/shared/eval/roles/rams-test.jsonlines). Prints all, dev (not Syria) and Syria figures.
 */
public final class EvaluateRamsTypes {
    private EvaluateRamsTypes() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0]
                : "/work/shared/eval/roles/rams-test.jsonlines");
        boolean errors = java.util.Arrays.asList(args).contains("--errors");
        if (!Files.isRegularFile(file)) {
            System.err.println("RAMS file absent, nothing evaluated: " + file);
            System.exit(2);
        }
        RamsTypeEvaluation.Result r = RamsTypeEvaluation.evaluate(file, new SnippetClassifier());
        System.out.printf("RAMS passages read=%d mapped to ACLED=%d (dev, not Syria=%d; Syria=%d)%n",
                r.passagesRead(), r.passagesMapped(), r.dev().passages(), r.syria().passages());
        print("all", r.all(), errors);
        print("dev", r.dev(), errors);
        print("syria", r.syria(), false);
    }

    private static void print(String name, RamsTypeEvaluation.Part p, boolean errors) {
        TypeEvaluation.print(name + " forced", p.forced(), System.out);
        TypeEvaluation.print(name + " unforced", p.unforced(), System.out);
        if (errors) {
            p.forced().errors().forEach(e -> System.out.println("  forced " + e));
        }
    }
}
