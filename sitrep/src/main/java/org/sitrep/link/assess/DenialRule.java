package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Modality;

/**
 * A claim and its denial: reports denying (or flatly negating) the act, against reports from other origins that
 * put it forward. A report blaming someone other than the denied perpetrator does not contradict that denial
 * (Russia denying a Russian strike is consistent with a report blaming Syrian jets). One contradiction per
 * denying origin.
 */
final class DenialRule {
    private final Belligerents belligerents;

    DenialRule(Belligerents belligerents) {
        this.belligerents = belligerents;
    }

    List<Contradiction> find(List<AssessedReport> reports) {
        Map<String, List<AssessedReport>> deniers = new LinkedHashMap<>();
        for (AssessedReport r : reports) {
            if (denies(r.report().modality())) {
                deniers.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        deniers.forEach((source, denying) -> {
            List<AssessedReport> supporting = new ArrayList<>();
            for (AssessedReport r : reports) {
                if (r.report().modality().assertsOccurrence() && !r.source().equals(source)
                        && !blamesSomeoneElse(r, denying)) {
                    supporting.add(r);
                }
            }
            if (!supporting.isEmpty()) {
                out.add(new Contradiction(Contradiction.Kind.DENIAL,
                        source + " denies what " + String.join(", ", Sides.sources(supporting)) + " report",
                        List.of(Sides.of("denied by " + source, denying), Sides.of("reported", supporting))));
            }
        });
        return out;
    }

    static boolean denies(Modality m) {
        return m == Modality.DENIED || m == Modality.NEGATED;
    }

    private boolean blamesSomeoneElse(AssessedReport supporter, List<AssessedReport> denying) {
        Perpetrators s = Perpetrators.of(supporter.report().actor1(), belligerents);
        return denying.stream().allMatch(d -> s.conflictsWith(Perpetrators.of(d.report().actor1(), belligerents)));
    }
}
