package org.sitrep.model.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * The answer to a claimed pattern: the verdict, the p-value of the lead-lag statistic under the null (null when the
 * data cannot give one), the effect size with its bootstrap interval, how many effect events the statistic used,
 * the method in words and an explanation that says what data would decide the claim when these do not.
 */
public record ClaimVerdict(String claim, Verdict verdict, Double pValue, Double effect, Interval interval,
                           int nEffectEvents, String method, String explanation) {
    public ClaimVerdict {
        Objects.requireNonNull(verdict, "verdict");
    }

    public enum Verdict {
        SUPPORTED, NOT_SUPPORTED, INSUFFICIENT_EVIDENCE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
