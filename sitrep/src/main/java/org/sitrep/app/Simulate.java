package org.sitrep.app;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.simulate.SimulationSettings;
import org.sitrep.simulate.SimulationSummary;
import org.sitrep.simulate.Simulator;

/**
 * A world with known truth (issue 11): plays out a synthetic war over the gazetteer's places and the routes the
 * analysis knows, and writes the articles partisan outlets would publish about it and its ground truth.
 */
public final class Simulate {
    /** What to simulate (see {@code sitrep simulate --help}); {@code noise} is none or partisan. */
    public record Options(long seed, int places, int days, LocalDate start, String noise, int articlesPerDay,
                          boolean leadLag) {
        public static final int DEFAULT_PLACES = SimulationSettings.DEFAULT_PLACES;
        public static final int DEFAULT_DAYS = SimulationSettings.DEFAULT_DAYS;
        public static final LocalDate DEFAULT_START = SimulationSettings.DEFAULT_START;
        public static final int DEFAULT_ARTICLES_PER_DAY = SimulationSettings.DEFAULT_ARTICLES_PER_DAY;
    }

    /** What was written: places, routes, true events, articles, seconds. */
    public record Summary(int places, int routes, long events, long articles, double seconds) {
        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : 0;
        }
    }

    private Simulate() {
    }

    /**
     * Writes {@code out/articles/DAY/ID.html} and {@code out/truth.jsonl}.
     *
     * @throws IllegalArgumentException for options out of range (the message says which and why)
     */
    public static Summary run(Options o, Path out) {
        SimulationSettings s = new SimulationSettings(o.seed(), o.places(), o.days(), o.start(),
                SimulationSettings.Noise.parse(o.noise()), o.articlesPerDay(), o.leadLag());
        SimulationSummary r = Simulator.standard(Sitrep.routes()).run(s, out);
        return new Summary(r.places(), r.routes(), r.events(), r.articles(), r.seconds());
    }
}
