package org.sitrep.analyse;

import org.sitrep.model.analysis.RouteState;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.Modality;

/** How fast route knowledge fades and what each kind of evidence weighs (route_decay.tsv). Immutable. */
record RouteSettings(double halfLifeCut, double halfLifeContested, double halfLifeOpen, double unknownBelow,
                     Map<Modality, Double> modalityWeights, double notBefore, double eventNear, double window,
                     double hedged, double control, double nearKm) {
    static final String FILE = "route_decay.tsv";

    private static final class Holder {
        static final RouteSettings STANDARD = of(AnalyseData.rows(FILE, "name", 2));
    }

    static RouteSettings standard() {
        return Holder.STANDARD;
    }

    static RouteSettings of(List<DataRow> rows) {
        Map<String, Double> v = new HashMap<>();
        Map<String, DataRow> where = new HashMap<>();
        for (DataRow r : rows) {
            try {
                double d = Double.parseDouble(r.col(1));
                if (!(d > 0)) {
                    throw r.error(r.col(0) + " must be a positive number, not " + r.col(1));
                }
                if (v.put(r.col(0), d) != null) {
                    throw r.error(r.col(0) + " is set twice");
                }
                where.put(r.col(0), r);
            } catch (NumberFormatException e) {
                throw r.error(r.col(0) + " must be a number, not '" + r.col(1) + "'");
            }
        }
        java.util.function.Function<String, Double> need = k -> {
            Double d = v.get(k);
            if (d == null) {
                throw new AnalyseData.DataException(FILE + ": missing setting " + k);
            }
            return d;
        };
        Map<Modality, Double> weights = new java.util.EnumMap<>(Modality.class);
        weights.put(Modality.ASSERTED, need.apply("weight.asserted"));
        weights.put(Modality.REPORTED, need.apply("weight.reported"));
        weights.put(Modality.CLAIMED, need.apply("weight.claimed"));
        weights.put(Modality.ALLEGED, need.apply("weight.claimed"));
        weights.put(Modality.UNVERIFIED, need.apply("weight.unverified"));
        return new RouteSettings(need.apply("half_life_days.cut"), need.apply("half_life_days.contested"),
                need.apply("half_life_days.open"), need.apply("unknown_below"), Map.copyOf(weights),
                need.apply("weight.not_before"), need.apply("weight.event_near"), need.apply("weight.window"),
                need.apply("weight.hedged"), need.apply("weight.control"), need.apply("near_km"));
    }

    /** The weight of a report put forward this firmly; 0 when it does not say the state holds. */
    double weight(Modality m) {
        return modalityWeights.getOrDefault(m, 0.0);
    }

    double halfLife(RouteState s) {
        return switch (s) {
            case CUT -> halfLifeCut;
            case CONTESTED -> halfLifeContested;
            case OPEN -> halfLifeOpen;
            case UNKNOWN -> 1;
        };
    }
}
