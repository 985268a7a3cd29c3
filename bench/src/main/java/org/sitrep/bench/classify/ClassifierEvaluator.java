package org.sitrep.bench.classify;

import java.util.List;
import java.util.function.Function;

/** Runs a snippet classifier over labelled snippets and scores it against the gold labels. */
public final class ClassifierEvaluator {
    static final String EVENT = "event";

    private ClassifierEvaluator() {
    }

    /**
     * @param classifier text -> a sub-event type label (ACLED spelling or enum name) or NONE; null or blank
     *                   counts as NONE. Anything else is an error naming the snippet.
     */
    public static Evaluation evaluate(List<LabelledSnippet> snippets, Function<String, String> classifier) {
        ConfusionMatrix m = new ConfusionMatrix();
        for (LabelledSnippet s : snippets) {
            String raw = classifier.apply(s.text());
            String predicted = raw == null || raw.isBlank() ? Labels.NONE
                    : Labels.canonical(raw).orElseThrow(() -> new IllegalArgumentException("classifier returned '"
                            + raw + "' for snippet " + s.id() + ": not a sub-event type label or NONE"));
            m.add(s.label(), predicted, s.id());
        }
        return score(m);
    }

    public static Evaluation score(ConfusionMatrix m) {
        ClassificationScores sub = ClassificationScores.of(m, Labels.SUB_EVENT_TYPES);
        ClassificationScores events = ClassificationScores.of(m.collapse(Labels::eventTypeOf), Labels.eventTypes());
        ConfusionMatrix detection = m.collapse(l -> l.equals(Labels.NONE) ? Labels.NONE : EVENT);
        return new Evaluation(m, sub, events, ClassificationScores.score(detection, EVENT));
    }
}
