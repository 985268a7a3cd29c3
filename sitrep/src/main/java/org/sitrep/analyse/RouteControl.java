package org.sitrep.analyse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.ControlState;
import org.sitrep.model.analysis.CutPoint;
import org.sitrep.model.analysis.Dependence;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.PlaceRef;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.Town;

/**
 * What control of the towns along a route says of it, day by day: a town held by a party other than the one that
 * depends on the road cuts it there, and a road no one side depends on is cut where two parties' ground meets on
 * it; every town held by the dependent party (or all by one party) leaves it open. Inferred: it counts only on days
 * nothing is said of the road itself, and weighs the control answer's confidence times the control weight.
 */
final class RouteControl {
    private final ControlAnalysis control;
    private final Sides sides;
    private final RouteSettings settings;

    RouteControl(ControlAnalysis control, Sides sides, RouteSettings settings) {
        this.control = control;
        this.sides = sides;
        this.settings = settings;
    }

    /** {@code read}: the road's corridor events, which hold every town's (null: read each town's from the store). */
    List<Observation> of(Route route, LocalDate from, LocalDate to, EventsRead read) {
        List<Town> towns = route.towns();
        List<List<ControlInterval>> held = new ArrayList<>();
        for (Town t : towns) {
            held.add(control.withoutTexts(new PlaceRef(t.name(), t.gazetteerId(), t.lat(), t.lon()), from, to,
                    read));
        }
        List<Observation> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<ControlInterval> today = new ArrayList<>();
            for (List<ControlInterval> is : held) {
                today.add(on(is, d));
            }
            day(route, d, today, out);
        }
        return out;
    }

    private void day(Route route, LocalDate d, List<ControlInterval> today, List<Observation> out) {
        Optional<Dependence> dep = route.dependentOn(d);
        String user = dep.map(x -> sides.party(x.actorId())).orElse(null);
        double least = 1;
        boolean allHeld = true;
        Set<String> parties = new LinkedHashSet<>();
        for (int i = 0; i < today.size(); i++) {
            ControlInterval iv = today.get(i);
            if (iv == null || iv.status() != ControlState.HELD || iv.holder().id() == null) {
                allHeld = false;
                continue;
            }
            String party = sides.party(iv.holder().id());
            parties.add(party);
            least = Math.min(least, iv.confidence());
            boolean foreign = user != null ? !party.equals(user) : parties.size() > 1;
            if (foreign) {
                Town t = route.towns().get(i);
                out.add(new Observation(d, Observation.Signal.IMPASSABLE, settings.control() * iv.confidence(),
                        new CutPoint(t.name(), t.lat(), t.lon()), evidence(iv), t.name() + " held by "
                        + iv.holder().name() + (user != null ? ", not by " + sides.name(user) + ", who depends on "
                        + "the road" : ", where another side holds the road's next stretch"),
                        Observation.Tier.INFERRED));
                return;
            }
        }
        if (allHeld && parties.size() == 1) {
            out.add(new Observation(d, Observation.Signal.PASSABLE, settings.control() * least, null,
                    evidence(today.get(0)), "every town along it held by " + today.get(0).holder().name(),
                    Observation.Tier.INFERRED));
        }
    }

    private static EvidenceItem evidence(ControlInterval iv) {
        return iv.evidence().isEmpty() ? new EvidenceItem(null, null, null, null, null) : iv.evidence().get(0);
    }

    private static ControlInterval on(List<ControlInterval> is, LocalDate d) {
        for (ControlInterval iv : is) {
            if (!d.isBefore(iv.from()) && !d.isAfter(iv.to())) {
                return iv;
            }
        }
        return null;
    }
}
