package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.sitrep.eval.types.TypeEvaluation;
import org.sitrep.extract.SnippetClassifier;

/**
 * Scores the sub-event type classifier on a labelled snippet file (id, sub_event_type, text):
 * {@code java -cp sitrep-eval/target/sitrep-eval.jar org.sitrep.eval.EvaluateTypes FILE [--errors]}.
 */
public final class EvaluateTypes {
    private EvaluateTypes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EvaluateTypes labelled.tsv [--errors]");
            System.exit(2);
        }
        TypeEvaluation.Result r = TypeEvaluation.evaluate(TypeEvaluation.read(Path.of(args[0])),
                new SnippetClassifier());
        TypeEvaluation.print("forced", r.forced(), System.out);
        TypeEvaluation.print("unforced", r.unforced(), System.out);
        if (args.length > 1 && args[1].equals("--errors")) {
            r.unforced().errors().forEach(e -> System.out.println("  unforced " + e));
            r.forced().errors().forEach(e -> System.out.println("  forced " + e));
        }
    }
}
