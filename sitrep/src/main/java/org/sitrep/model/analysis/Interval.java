package org.sitrep.model.analysis;

/** A closed interval of numbers (a credible or confidence interval), {@code low <= high}. */
public record Interval(double low, double high) {
    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("an interval's low end " + low + " is above its high end " + high);
        }
    }
}
