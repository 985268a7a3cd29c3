package org.sitrep.bench.classify;

import java.util.List;
import java.util.Locale;

/** An evaluation as Markdown: headline scores, per-type P/R/F1 and the most frequent confusions. */
public final class EvaluationReport {
    private EvaluationReport() {
    }

    public static String markdown(String title, Evaluation e, int topConfusions, List<String> notes) {
        StringBuilder b = new StringBuilder("## ").append(title).append("\n\n");
        notes.forEach(n -> b.append("> ").append(n).append("\n"));
        if (!notes.isEmpty()) {
            b.append("\n");
        }
        ClassificationScores s = e.subEventTypes();
        b.append("| measure | value |\n|---|---:|\n");
        b.append("| snippets | ").append(s.items()).append(" |\n");
        b.append("| weighted F1, 25 sub-event types | ").append(f(s.weightedF1())).append(" |\n");
        b.append("| macro F1, sub-event types with support | ").append(f(s.macroF1())).append(" |\n");
        b.append("| accuracy (NONE included) | ").append(f(s.accuracy())).append(" |\n");
        b.append("| weighted F1, 6 event types | ").append(f(e.eventTypes().weightedF1())).append(" |\n");
        TypeScore d = e.eventDetection();
        b.append("| event vs NONE: P / R / F1 | ").append(f(d.precision())).append(" / ").append(f(d.recall()))
                .append(" / ").append(f(d.f1())).append(" |\n\n");
        b.append("Weighted F1 weighs each type's F1 by its gold count; a NONE prediction for an event is a miss, "
                + "a type predicted for a NONE snippet a false alarm (scikit-learn definitions, zero_division=0).\n\n");
        b.append("| sub-event type | support | predicted | P | R | F1 |\n|---|---:|---:|---:|---:|---:|\n");
        for (TypeScore t : s.perLabel()) {
            b.append("| ").append(t.label()).append(" | ").append(t.support()).append(" | ").append(t.predicted())
                    .append(" | ").append(f(t.precision())).append(" | ").append(f(t.recall())).append(" | ")
                    .append(f(t.f1())).append(" |\n");
        }
        List<ConfusionMatrix.Cell> c = e.matrix().confusions();
        b.append("\nMost frequent confusions (gold → predicted), ").append(c.size()).append(" distinct in all:\n\n");
        b.append("| gold | predicted | count | e.g. |\n|---|---|---:|---|\n");
        c.stream().limit(topConfusions).forEach(x -> b.append("| ").append(x.gold()).append(" | ")
                .append(x.predicted()).append(" | ").append(x.count()).append(" | ")
                .append(String.join(", ", x.exampleIds())).append(" |\n"));
        return b.toString();
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }
}
