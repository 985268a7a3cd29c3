package org.sitrep.analyse;

import org.sitrep.model.analysis.RouteState;

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
        NamedSettings v = NamedSettings.of(FILE, rows);
        return new RouteSettings(v.need("half_life_days.cut"), v.need("half_life_days.contested"),
                v.need("half_life_days.open"), v.need("unknown_below"), v.modalityWeights(),
                v.need("weight.not_before"), v.need("weight.event_near"), v.need("weight.window"),
                v.need("weight.hedged"), v.need("weight.control"), v.need("near_km"));
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
