package org.sitrep.simulate;

/**
 * A planted lead-lag effect: the effect side (an index of the sides) attacks {@code factor} times as often on a day
 * after a lull week of the cause side's aircraft: over the {@code lagDays} before it, at most {@link #LULL_SHARE} of
 * the strikes its campaign planned ("the coalition's strikes fell away, and within a week IS attacked"). The lull is
 * read against the campaign's own plan, so it comes in every world, whatever the campaign's rate: the earlier forms,
 * tied to the campaign's months-long lull regimes or to two strike-free days, came a few times a year or almost never
 * where the coalition struck three times a day, and no test of a week-scale claim could find them there.
 */
record LeadLag(int cause, int effect, int lagDays, double factor) {
    /** The share of the planned strikes, or less, that makes a lull. */
    static final double LULL_SHARE = 0.5;

    static final String CAUSE = "us-led-coalition";
    static final String EFFECT = "islamic-state";
    static final int LAG_DAYS = 7;
    static final double FACTOR = 3.0;
}
