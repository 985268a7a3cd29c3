package org.sitrep.simulate;

/** What a simulation wrote: places, routes, true events, articles, and how long writing took. */
public record SimulationSummary(int places, int routes, long events, long articles, double seconds) {
    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }
}
