package org.sitrep.analyse;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.Modality;

/** How fast knowledge of who holds a place fades and what each kind of evidence weighs (control_decay.tsv). */
record ControlSettings(double halfLifeHeld, double halfLifeContested, double unknownBelow,
                       Map<Modality, Double> modalityWeights, double taken, double fighting, double start) {
    static final String FILE = "control_decay.tsv";

    private static final class Holder {
        static final ControlSettings STANDARD = of(AnalyseData.rows(FILE, "name", 2));
    }

    static ControlSettings standard() {
        return Holder.STANDARD;
    }

    static ControlSettings of(List<DataRow> rows) {
        Map<String, Double> v = new HashMap<>();
        for (DataRow r : rows) {
            double d;
            try {
                d = Double.parseDouble(r.col(1));
            } catch (NumberFormatException e) {
                throw r.error(r.col(0) + " must be a number, not '" + r.col(1) + "'");
            }
            if (!(d > 0) || v.put(r.col(0), d) != null) {
                throw r.error(r.col(0) + " must be a positive number, set once");
            }
        }
        java.util.function.Function<String, Double> need = k -> {
            Double d = v.get(k);
            if (d == null) {
                throw new AnalyseData.DataException(FILE + ": missing setting " + k);
            }
            return d;
        };
        Map<Modality, Double> weights = new EnumMap<>(Modality.class);
        weights.put(Modality.ASSERTED, need.apply("weight.asserted"));
        weights.put(Modality.REPORTED, need.apply("weight.reported"));
        weights.put(Modality.CLAIMED, need.apply("weight.claimed"));
        weights.put(Modality.ALLEGED, need.apply("weight.claimed"));
        weights.put(Modality.UNVERIFIED, need.apply("weight.unverified"));
        return new ControlSettings(need.apply("half_life_days.held"), need.apply("half_life_days.contested"),
                need.apply("unknown_below"), Map.copyOf(weights), need.apply("weight.taken"),
                need.apply("weight.fighting"), need.apply("weight.start"));
    }

    double weight(Modality m) {
        return modalityWeights.getOrDefault(m, 0.0);
    }
}
