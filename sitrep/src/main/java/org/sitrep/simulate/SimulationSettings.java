package org.sitrep.simulate;

import java.time.LocalDate;

/**
 * What to simulate: the seed (the same seed and settings give the same world and the same articles), how many
 * places, days from which start day, whether outlets add partisan noise, how many articles a day to aim at (every
 * true event is covered; front-line roundups fill the rest), and whether to plant a lead-lag effect (the Islamic
 * State attacks more often a week after a lull in coalition strikes).
 */
public record SimulationSettings(long seed, int places, int days, LocalDate start, Noise noise, int articlesPerDay,
                                 boolean leadLag) {
    public static final int DEFAULT_PLACES = 250;
    public static final int DEFAULT_DAYS = 365;
    /**
     * A day when every side of sides.tsv is in the war under the names outlets give it: the SDF was founded in
     * October 2015 and Russian aircraft struck from 30 September 2015; the engine rightly doubts the date of an
     * earlier page that names them (an anachronism), so a world starting before then was not one reporting could
     * describe.
     */
    public static final LocalDate DEFAULT_START = LocalDate.of(2016, 1, 1);
    public static final int DEFAULT_ARTICLES_PER_DAY = 20;

    /** Whether outlets are partisan (delays, exaggerated tolls, false claims, denials, copies, misdated pages). */
    public enum Noise {
        NONE, PARTISAN;

        public static Noise parse(String s) {
            return switch (s.toLowerCase(java.util.Locale.ROOT)) {
                case "none" -> NONE;
                case "partisan" -> PARTISAN;
                default -> throw new IllegalArgumentException("--noise is none or partisan, not '" + s + "'");
            };
        }

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SimulationSettings {
        java.util.Objects.requireNonNull(start, "start");
        java.util.Objects.requireNonNull(noise, "noise");
        if (days < 1 || articlesPerDay < 1 || places < 1) {
            throw new IllegalArgumentException("--days, --places and --articles-per-day must be at least 1");
        }
    }

    public static SimulationSettings of(long seed) {
        return new SimulationSettings(seed, DEFAULT_PLACES, DEFAULT_DAYS, DEFAULT_START, Noise.PARTISAN,
                DEFAULT_ARTICLES_PER_DAY, false);
    }

    public boolean partisan() {
        return noise == Noise.PARTISAN;
    }
}
