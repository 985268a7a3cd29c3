package org.sitrep.model.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A claimed pattern to test: "a lull in the cause preceded the effect" or "the cause rose before the effect",
 * within {@code lag} days. Cause and effect are series filters over the same span (a circle named by the
 * claim applies to the effect: "IS attacks near the road"); the test works day by day; {@code seed} makes the resampling repeatable. A null lag or seed takes the standard one.
 */
public record Claim(Relation relation, SeriesFilter cause, SeriesFilter effect, Integer lag, Long seed) {
    public Claim {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(effect, "effect");
        if (lag != null && (lag < 1 || lag > 365)) {
            throw new IllegalArgumentException("the lag is 1 to 365 days, not " + lag);
        }
    }

    /** This claim with the lag and seed it leaves open filled in. */
    public Claim orDefaults(int defaultLag, long defaultSeed) {
        return new Claim(relation, cause, effect, lag == null ? defaultLag : lag, seed == null ? defaultSeed : seed);
    }

    /** As stated: "a lull in X preceded Y within 2 days". */
    public String describe() {
        String c = cause.describe();
        String e = effect.describe();
        return switch (relation) {
            case LULL_PRECEDES -> "a lull in " + c + " preceded " + e + " (within " + lag + " days)";
            case RISE_PRECEDES -> "a rise in " + c + " preceded " + e + " (within " + lag + " days)";
        };
    }

    public enum Relation {
        LULL_PRECEDES, RISE_PRECEDES;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Relation> parse(String s) {
            for (Relation r : values()) {
                if (r.wireName().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }
}
