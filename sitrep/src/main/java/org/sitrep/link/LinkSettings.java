package org.sitrep.link;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.DatePrecision;

/**
 * Radii, slacks, weights and thresholds of linking, from {@code linking.tsv}. Immutable; one shared instance.
 */
public record LinkSettings(double radius1, double radius2, double radius3, double radiusLine, int slackRelative,
                           int slackWeek, int slackMonth, int slackYear, double strengthDay, double strengthWeek,
                           double strengthMonth, double strengthYear, double placeStrength3, double weightPlace,
                           double weightTime, double weightType, double weightActors, double weightText,
                           double joinThreshold, double vetoShare, double blindText, int documentWindowDays,
                           double placeStrengthName, boolean typeSiblings, double placeConflictName,
                           double distinctTownsKm, double provinceReachKm) {

    private static final class Holder {
        static final LinkSettings INSTANCE = load();
    }

    public static LinkSettings standard() {
        return Holder.INSTANCE;
    }

    static LinkSettings load() {
        Map<String, Double> v = new HashMap<>();
        for (DataRow line : LinkData.rows("linking.tsv", 2)) {
            String[] c = line.cols();
            try {
                v.put(c[0].trim(), Double.parseDouble(c[1].trim()));
            } catch (NumberFormatException e) {
                throw line.error("not a number: " + c[1]);
            }
        }
        Getter g = new Getter(v);
        LinkSettings s = new LinkSettings(g.get("radius_km.1"), g.get("radius_km.2"), g.get("radius_km.3"),
                g.get("radius_km.line"), (int) g.get("slack_days.relative"), (int) g.get("slack_days.week"),
                (int) g.get("slack_days.month"), (int) g.get("slack_days.year"), g.get("time_strength.day"),
                g.get("time_strength.week"), g.get("time_strength.month"), g.get("time_strength.year"),
                g.get("place_strength.3"), g.get("weight.place"), g.get("weight.time"), g.get("weight.type"),
                g.get("weight.actors"), g.get("weight.text"), g.get("threshold.join"),
                g.get("threshold.vetoShare"), g.get("threshold.blind.text"), (int) g.get("document_window_days"),
                g.get("place_strength.name"), g.get("type_siblings") != 0, g.get("place_conflict.name"),
                g.get("radius_km.distinct_towns"), g.get("reach_km.province"));
        double sum = s.weightPlace + s.weightTime + s.weightType + s.weightActors + s.weightText;
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalStateException("linking.tsv: the five weight.* values must sum to 1, not " + sum);
        }
        return s;
    }

    private record Getter(Map<String, Double> values) {
        double get(String key) {
            Double d = values.get(key);
            if (d == null) {
                throw new IllegalStateException("linking.tsv: missing key " + key);
            }
            return d;
        }
    }

    /** How far apart (km) two points coded at these precisions may lie; an unknown precision counts as 2. */
    public double radiusKm(Integer precisionA, Integer precisionB) {
        return Math.max(radius(precisionA), radius(precisionB));
    }

    double radius(Integer precision) {
        if (precision == null) {
            return radius2;
        }
        return switch (precision) {
            case 1 -> radius1;
            case 3 -> radius3;
            default -> radius2;
        };
    }

    double strength(DatePrecision p) {
        return switch (p) {
            case DAY -> strengthDay;
            case WEEK -> strengthWeek;
            case MONTH -> strengthMonth;
            case YEAR -> strengthYear;
        };
    }

    int slack(DatePrecision p, boolean relative) {
        return switch (p) {
            case DAY -> relative ? slackRelative : 0;
            case WEEK -> slackWeek;
            case MONTH -> slackMonth;
            case YEAR -> slackYear;
        };
    }
}
