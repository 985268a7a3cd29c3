package org.sitrep.analyse;

import java.util.List;
import org.sitrep.knowledge.DataRow;

/** How series are segmented, changes named and claims tested (series.tsv). Immutable. */
record SeriesSettings(double penaltyPerLogN, int minSegment, double priorShape, double credibleLevel,
                      double lullRatio, double surgeRatio, double alpha, int minEffectEvents, int maxShifts,
                      int bootstrap, double intervalLevel, int defaultLag, long seed) {
    static final String FILE = "series.tsv";

    private static final class Holder {
        static final SeriesSettings STANDARD = of(AnalyseData.rows(FILE, "name", 2));
    }

    static SeriesSettings standard() {
        return Holder.STANDARD;
    }

    static SeriesSettings of(List<DataRow> rows) {
        NamedSettings v = NamedSettings.of(FILE, rows);
        return new SeriesSettings(v.need("penalty_per_log_n"), (int) v.need("min_segment"),
                v.need("prior_shape"), v.share("credible_level"), v.share("lull_ratio"),
                v.need("surge_ratio"), v.share("alpha"), (int) v.need("min_effect_events"),
                (int) v.need("max_shifts"), (int) v.need("bootstrap"),
                v.share("interval_level"), (int) v.need("default_lag"), (long) v.need("seed"));
    }
}
