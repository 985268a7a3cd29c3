package org.sitrep.analyse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Double> v = new HashMap<>();
        for (DataRow r : rows) {
            double d;
            try {
                d = Double.parseDouble(r.col(1));
            } catch (NumberFormatException e) {
                throw r.error(r.col(0) + " must be a number, not '" + r.col(1) + "'");
            }
            if (!(d > 0)) {
                throw r.error(r.col(0) + " must be a positive number, not " + r.col(1));
            }
            if (v.put(r.col(0), d) != null) {
                throw r.error(r.col(0) + " is set twice");
            }
        }
        java.util.function.Function<String, Double> need = k -> {
            Double d = v.get(k);
            if (d == null) {
                throw new AnalyseData.DataException(FILE + ": missing setting " + k);
            }
            return d;
        };
        java.util.function.Function<String, Double> share = k -> {
            double d = need.apply(k);
            if (d >= 1) {
                throw new AnalyseData.DataException(FILE + ": " + k + " is a share below 1, not " + d);
            }
            return d;
        };
        return new SeriesSettings(need.apply("penalty_per_log_n"), need.apply("min_segment").intValue(),
                need.apply("prior_shape"), share.apply("credible_level"), share.apply("lull_ratio"),
                need.apply("surge_ratio"), share.apply("alpha"), need.apply("min_effect_events").intValue(),
                need.apply("max_shifts").intValue(), need.apply("bootstrap").intValue(),
                share.apply("interval_level"), need.apply("default_lag").intValue(), need.apply("seed").longValue());
    }
}
