package org.sitrep.eval.acled;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sitrep.eval.types.TypeEvaluation;
import org.sitrep.extract.SnippetClassifier;
import org.sitrep.extract.TypeScores;
import org.sitrep.model.SubEventType;

/**
 * Sub-event type on real ACLED notes: each event's {@code notes} is classified with the forced choice that
 * {@code sitrep classify --forced} makes ({@link SnippetClassifier#classifyForced}) and scored against ACLED's
 * {@code sub_event_type} with support-weighted F1 ({@link TypeScores}), over all rows, over the rows whose
 * {@code event_type} is not Protests (half the file are peaceful protests, the easiest type) and over Syria.
 * Measurement only: the notes are ACLED's, read at run time, never trained or tuned on.
 */
public final class AcledTypeEvaluation {
    /** One subset's scores. */
    public record Part(String name, TypeScores.Score score) {
    }

    private AcledTypeEvaluation() {
    }

    public static List<Part> evaluate(List<AcledEvent> events, SnippetClassifier classifier) {
        List<TypeScores.Judged> all = new ArrayList<>();
        List<TypeScores.Judged> nonProtest = new ArrayList<>();
        List<TypeScores.Judged> syria = new ArrayList<>();
        for (AcledEvent e : events) {
            String gold = gold(e);
            TypeScores.Judged j = new TypeScores.Judged(e.id(), gold,
                    classifier.classifyForced(e.notes()).type().label());
            all.add(j);
            add(e, j, AcledEvent::protest, nonProtest);
            add(e, j, ev -> !ev.syria(), syria);
        }
        return List.of(new Part("all", TypeScores.score(all)), new Part("non-protest", TypeScores.score(nonProtest)),
                new Part("syria", TypeScores.score(syria)));
    }

    private static void add(AcledEvent e, TypeScores.Judged j, Predicate<AcledEvent> skip,
                            List<TypeScores.Judged> to) {
        if (!skip.test(e)) {
            to.add(j);
        }
    }

    /** ACLED's label, exactly as spelled; an unknown one is a data error, not a class of its own. */
    private static String gold(AcledEvent e) {
        return SubEventType.parse(e.subEventType()).filter(t -> t.label().equals(e.subEventType()))
                .map(SubEventType::label)
                .orElseThrow(() -> new IllegalArgumentException("ACLED event " + e.id()
                        + ": unknown sub_event_type '" + e.subEventType() + "'"));
    }

    /** Each subset's totals, per-label scores and most frequent confusions. */
    public static void print(List<Part> parts, int confusions, PrintStream out) {
        for (Part p : parts) {
            TypeEvaluation.print("acled types forced, " + p.name(), p.score(), confusions, out);
        }
    }

    public static List<Part> evaluate(Path csv) throws IOException {
        return evaluate(AcledCsv.read(csv), new SnippetClassifier());
    }
}
