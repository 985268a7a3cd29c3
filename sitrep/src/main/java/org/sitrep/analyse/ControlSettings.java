package org.sitrep.analyse;

import java.util.EnumMap;
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
        NamedSettings v = NamedSettings.of(FILE, rows);
        Map<Modality, Double> weights = new EnumMap<>(Modality.class);
        weights.put(Modality.ASSERTED, v.need("weight.asserted"));
        weights.put(Modality.REPORTED, v.need("weight.reported"));
        weights.put(Modality.CLAIMED, v.need("weight.claimed"));
        weights.put(Modality.ALLEGED, v.need("weight.claimed"));
        weights.put(Modality.UNVERIFIED, v.need("weight.unverified"));
        return new ControlSettings(v.need("half_life_days.held"), v.need("half_life_days.contested"),
                v.need("unknown_below"), Map.copyOf(weights), v.need("weight.taken"),
                v.need("weight.fighting"), v.need("weight.start"));
    }

    double weight(Modality m) {
        return modalityWeights.getOrDefault(m, 0.0);
    }
}
