package org.sitrep.eval;

import java.io.IOException;
import java.util.Arrays;

/**
 * Entry point of the evaluation jar: {@code java -jar sitrep-eval/target/sitrep-eval.jar EVALUATION [args]}.
 * Evaluations read real data from {@code ../shared} at run time; nothing here ships in the runtime jar.
 */
public final class EvalMain {
    private EvalMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: sitrep-eval types FILE [--errors] | acled-places [CSV] [--errors]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "types" -> EvaluateTypes.main(rest);
            case "acled-places" -> org.sitrep.eval.places.AcledPlaceEvaluation.main(rest);
            default -> {
                System.err.println("sitrep-eval: unknown evaluation '" + args[0] + "'");
                System.exit(2);
            }
        }
    }
}
