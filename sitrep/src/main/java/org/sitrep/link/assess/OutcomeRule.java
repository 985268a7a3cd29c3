package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Modality;

/**
 * Conflicting outcomes: on each axis of the outcome lexicon (place taken vs attack repelled; road cut vs open;
 * missiles intercepted vs got through; strike effective vs not), reports from different origins that take
 * different positions. Speculation, predictions and hypotheticals take no position.
 */
final class OutcomeRule {
    private final CueLexicon cues;

    OutcomeRule(CueLexicon cues) {
        this.cues = cues;
    }

    List<Contradiction> find(List<AssessedReport> reports) {
        List<Contradiction> out = new ArrayList<>();
        List<CueText> texts = reports.stream().map(r -> CueText.of(r.report().evidence().text())).toList();
        for (CueLexicon.Axis axis : cues.axes()) {
            Map<String, List<AssessedReport>> byPosition = new LinkedHashMap<>();
            for (int i = 0; i < reports.size(); i++) {
                AssessedReport r = reports.get(i);
                if (!takesPosition(r.report().modality())) {
                    continue;
                }
                String position = cues.position(axis, texts.get(i));
                if (position != null) {
                    byPosition.computeIfAbsent(position, k -> new ArrayList<>()).add(r);
                }
            }
            if (byPosition.size() == 2) {
                List<AssessedReport> a = byPosition.get(axis.positions().get(0));
                List<AssessedReport> b = byPosition.get(axis.positions().get(1));
                if (Sides.differentOrigins(a, b)) {
                    out.add(new Contradiction(Contradiction.Kind.OUTCOME,
                            "outcome disputed (" + axis.name() + "): " + axis.positions().get(0) + " vs "
                                    + axis.positions().get(1),
                            List.of(Sides.of(axis.positions().get(0), a), Sides.of(axis.positions().get(1), b))));
                }
            }
        }
        return out;
    }

    static boolean takesPosition(Modality m) {
        return m != Modality.SPECULATIVE && m != Modality.PREDICTED && m != Modality.HYPOTHETICAL;
    }
}
