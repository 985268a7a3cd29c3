package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Contradiction;

/** Builds a contradiction side from the reports taking one position: their ids and their distinct origins. */
final class Sides {
    private Sides() {
    }

    static Contradiction.Side of(String position, List<AssessedReport> reports) {
        List<String> ids = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (AssessedReport r : reports) {
            ids.add(r.id());
            sources.add(r.source());
        }
        return new Contradiction.Side(position, ids, new ArrayList<>(sources));
    }

    static Set<String> sources(List<AssessedReport> reports) {
        Set<String> s = new LinkedHashSet<>();
        reports.forEach(r -> s.add(r.source()));
        return s;
    }

    /** True when the two groups have at least one origin not shared: a source never contradicts itself here. */
    static boolean differentOrigins(List<AssessedReport> a, List<AssessedReport> b) {
        Set<String> sa = sources(a);
        Set<String> sb = sources(b);
        return !(sa.equals(sb) && sa.size() == 1);
    }
}
