package org.sitrep.model.analysis;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A change in a series' rate: {@code date} is the first bucket at the new rate, {@code dateLow..dateHigh} where the
 * change may lie (credible interval). Rates are per observed day, with credible intervals; {@code probability} is
 * the posterior probability that the rate changed at all between the neighbouring changes. A drop to a small
 * share of the rate before is a lull, a rise to a large multiple a surge, anything else a shift.
 */
public record ChangePoint(LocalDate date, Direction direction, double rateBefore, Interval rateBeforeInterval,
                          double rateAfter, Interval rateAfterInterval, double probability, Kind kind,
                          LocalDate dateLow, LocalDate dateHigh) {
    public ChangePoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability is 0..1, not " + probability);
        }
    }

    public enum Direction {
        DROP, RISE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Kind {
        LULL, SURGE, SHIFT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
