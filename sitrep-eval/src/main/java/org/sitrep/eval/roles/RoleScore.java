package org.sitrep.eval.roles;

/**
 * Precision and recall of one role: {@code correct} of our {@code predicted} values match gold, {@code found} of
 * the {@code gold} values are matched by one of ours. A ratio with a zero denominator is 0.
 */
public record RoleScore(String role, int predicted, int correct, int gold, int found) {
    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: P=%.3f (%d/%d) R=%.3f (%d/%d)", role, precision(), correct,
                predicted, recall(), found, gold);
    }
}
