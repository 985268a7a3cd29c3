package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Contradiction;

/**
 * Conflicting responsibility: reports that put the act forward (asserted, reported, claimed, alleged or
 * unverified) and blame perpetrators that cannot both be right ({@link Perpetrators#conflictsWith}), from
 * different origins. Reports are grouped by the perpetrators they blame; one contradiction per conflicting pair
 * of groups.
 */
final class ResponsibilityRule {
    private final Belligerents belligerents;

    ResponsibilityRule(Belligerents belligerents) {
        this.belligerents = belligerents;
    }

    List<Contradiction> find(List<AssessedReport> reports) {
        Map<Perpetrators, List<AssessedReport>> groups = new LinkedHashMap<>();
        for (AssessedReport r : reports) {
            if (!r.report().modality().assertsOccurrence()) {
                continue;
            }
            Perpetrators p = Perpetrators.of(r.report().actor1(), belligerents);
            if (p.named()) {
                groups.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
            }
        }
        List<Perpetrators> keys = new ArrayList<>(groups.keySet());
        List<Contradiction> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Perpetrators a = keys.get(i);
                Perpetrators b = keys.get(j);
                if (a.conflictsWith(b) && Sides.differentOrigins(groups.get(a), groups.get(b))) {
                    out.add(new Contradiction(Contradiction.Kind.RESPONSIBILITY,
                            "responsibility disputed: " + a.label() + " vs " + b.label(),
                            List.of(Sides.of(a.label() + " responsible", groups.get(a)),
                                    Sides.of(b.label() + " responsible", groups.get(b)))));
                }
            }
        }
        return out;
    }
}
