package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Contradiction;
import org.sitrep.model.SubEventType;

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

    /**
     * Responsibility is a question for one-sided acts (strikes, bombings, attacks on civilians). In battles
     * ACLED's actor1 and actor2 are the two sides, not attacker and target, so differing actor1 lists there are
     * no dispute. Unknown types are kept.
     */
    static boolean oneSided(SubEventType t) {
        return t == null || t.eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || t.eventType() == SubEventType.EventType.VIOLENCE_AGAINST_CIVILIANS;
    }

    List<Contradiction> find(List<AssessedReport> reports) {
        Map<Perpetrators, List<AssessedReport>> groups = new LinkedHashMap<>();
        for (AssessedReport r : reports) {
            if (!r.report().modality().assertsOccurrence() || !oneSided(r.report().subEventType())) {
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
