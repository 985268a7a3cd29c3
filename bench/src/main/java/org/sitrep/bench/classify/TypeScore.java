package org.sitrep.bench.classify;

/** Precision, recall and F1 of one label; {@code support} = gold items, {@code predicted} = items predicted so. */
public record TypeScore(String label, int support, int predicted, int truePositives, double precision,
        double recall, double f1) {
}
