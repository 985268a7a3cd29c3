package org.sitrep.simulate;

/**
 * A planted lead-lag effect: the effect side (an index of the sides) attacks {@code factor} times as often on a
 * day when the cause side's strike campaign was in a lull {@code lagDays} earlier.
 */
record LeadLag(int cause, int effect, int lagDays, double factor) {
    static final String CAUSE = "us-led-coalition";
    static final String EFFECT = "islamic-state";
    static final int LAG_DAYS = 7;
    static final double FACTOR = 3.0;
}
