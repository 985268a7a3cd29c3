package org.sitrep.analyse;

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
        return new ControlSettings(v.need("half_life_days.held"), v.need("half_life_days.contested"),
                v.need("unknown_below"), v.modalityWeights(), v.need("weight.taken"),
                v.need("weight.fighting"), v.need("weight.start"));
    }

    double weight(Modality m) {
        return modalityWeights.getOrDefault(m, 0.0);
    }
}
