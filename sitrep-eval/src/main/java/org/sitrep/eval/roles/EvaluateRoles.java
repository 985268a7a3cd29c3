package org.sitrep.eval.roles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.eval.rams.RamsRoleEvaluation;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.knowledge.places.Gazetteer;

/**
 * Scores actor roles on the CAMEO validation sentences and on RAMS violent-event passages:
 * {@code bin/sitrep-eval roles}, or {@code java -cp sitrep-eval/target/sitrep-eval.jar
 * org.sitrep.eval.roles.EvaluateRoles [SHARED_EVAL_DIR] [--errors]}
 * (--errors lists the non-Syria RAMS passages with gold and our roles; --misses the CAMEO sentences whose roots
 * differ from gold)
 * (default ../shared/eval). Each set is skipped, saying so, when its file is absent.
 */
public final class EvaluateRoles {
    private EvaluateRoles() {
    }

    public static void main(String[] args) throws IOException {
        boolean showErrors = java.util.Arrays.asList(args).contains("--errors");
        boolean showMisses = java.util.Arrays.asList(args).contains("--misses");
        String[] rest = java.util.Arrays.stream(args).filter(x -> !x.startsWith("--")).toArray(String[]::new);
        run(Path.of(rest.length > 0 ? rest[0] : "../shared/eval"), showErrors, showMisses, System.out);
    }

    /** Scores roles on the CAMEO and RAMS sets under {@code eval}, each skipped (saying so) when absent. */
    public static void run(Path eval, boolean showErrors, boolean showMisses, PrintStream out) throws IOException {
        Path cameo = eval.resolve("cameo/PETR2_GSR_validation.xml");
        Path rams = eval.resolve("roles/rams-test.jsonlines");
        if (Files.isRegularFile(cameo)) {
            java.util.List<String> misses = showMisses ? new java.util.ArrayList<>() : null;
            CameoRoleEvaluation.Result r = CameoRoleEvaluation.evaluate(cameo, misses);
            if (misses != null) {
                misses.forEach(out::println);
            }
            out.printf("CAMEO: sentences=%d gold events=%d our event reports=%d (on noevents sentences: %d)%n",
                    r.sentences(), r.goldEvents(), r.reports(), r.reportsOnNoEventSentences());
            out.println("  " + r.actor1());
            out.println("  " + r.actor2());
            out.println("  " + r.actor1Conflict());
            out.println("  " + r.actor2Conflict());
        } else {
            out.println("CAMEO file absent, skipped: " + cameo);
        }
        if (Files.isRegularFile(rams)) {
            // the same name lexicons as the engine (Engine.with): bundled actor knowledge base and gazetteer
            java.util.List<String> errors = showErrors ? new java.util.ArrayList<>() : null;
            RamsRoleEvaluation.Result r = RamsRoleEvaluation.evaluate(rams, ActorKnowledgeBase.bundled().names(),
                    Gazetteer.get().names(), errors);
            if (errors != null) {
                errors.forEach(out::println);
            }
            for (var e : java.util.Map.of("dev (not Syria)", r.dev(), "Syria", r.syria()).entrySet()) {
                out.printf("RAMS %s: violent passages=%d our reports in trigger sentence=%d%n", e.getKey(),
                        e.getValue().passages(), e.getValue().reports());
                out.println("  " + e.getValue().actor1());
                out.println("  " + e.getValue().actor2());
            }
        } else {
            out.println("RAMS file absent, skipped: " + rams);
        }
    }
}
