package org.sitrep.bench.classify;

/**
 * The result of one evaluation: the sub-event confusion matrix, scores over the 25 sub-event types, over ACLED's
 * six event types (both labels mapped up), and event detection (any type vs NONE, the type ignored).
 */
public record Evaluation(ConfusionMatrix matrix, ClassificationScores subEventTypes, ClassificationScores eventTypes,
        TypeScore eventDetection) {
}
