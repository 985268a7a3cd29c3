package org.sitrep.simulate;

/**
 * A planted lead-lag effect: the effect side (an index of the sides) attacks {@code factor} times as often on a
 * day when the cause side's aircraft paused {@code lagDays} earlier: no strike on that day nor the next
 * ({@link #PAUSE_DAYS}). A pause of days, as in the claim it stands for ("the coalition's strikes stopped for two
 * days, and a week later IS attacked"): an effect tied to the campaign's months-long lull regimes (its first form)
 * gave a few regime switches a year, which no test of a day-scale claim can tell from chance (power 2 of 10 worlds
 * through the record).
 */
record LeadLag(int cause, int effect, int lagDays, double factor) {
    /** Days without a strike that make a pause. */
    static final int PAUSE_DAYS = 2;

    static final String CAUSE = "us-led-coalition";
    static final String EFFECT = "islamic-state";
    static final int LAG_DAYS = 7;
    static final double FACTOR = 3.0;
}
