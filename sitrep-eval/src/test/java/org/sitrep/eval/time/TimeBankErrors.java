package org.sitrep.eval.time;

import java.nio.file.Path;
import java.util.Locale;
import org.sitrep.resolve.time.TimeTagger;

/**
 * Lists every DATE error (and correct value) of the tagger on TimeBank + AQUAINT, for reading while developing:
 * {@code mvn -q -o test-compile -pl sitrep && java -Dcontext=70 -cp sitrep/target/classes:sitrep/target/test-classes
 * org.sitrep.resolve.time.TimeBankErrors ../shared/eval/time}. The scores come last; with {@code -Dcauses=true}
 * the errors counted by cause follow ({@link TimeMlEvaluation#report}).
 */
public final class TimeBankErrors {
    private TimeBankErrors() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/eval/time");
        TimeMlEvaluation.Scores s = TimeMlEvaluation.score(TimeMlEvaluation.of(TimeTagger.standard()),
                TimeMlEvaluation.load(root), System.out::println, Integer.getInteger("context", 0));
        System.out.print(s.report());
        System.out.printf(Locale.ROOT, "tagging time %d ms for %d documents%n", s.nanos() / 1_000_000, s.docs());
        if (Boolean.getBoolean("causes")) {
            System.out.print(TimeMlEvaluation.report(root, Integer.getInteger("examples", 3)));
        }
    }
}
