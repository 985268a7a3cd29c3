package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Modality;

/**
 * Conflicting outcomes: on each axis of the outcome lexicon (place taken vs attack repelled; road cut vs open;
 * missiles intercepted vs got through; strike effective vs not), reports from different origins that take
 * different positions. Speculation, predictions and hypotheticals take no position.
 */
final class OutcomeRule {
    /** Evidence texts whose positions are remembered; past it the memory starts afresh. */
    private static final int REMEMBERED = 50_000;
    private final CueLexicon cues;
    /**
     * The positions an evidence text takes, one per axis (null for none), by text: an event is graded again each
     * time a document adds to it, and matching every cue against every one of its reports' texts each time was
     * most of grading a much-retold event.
     */
    private final Map<String, String[]> positions = new ConcurrentHashMap<>();

    OutcomeRule(CueLexicon cues) {
        this.cues = cues;
    }

    List<Contradiction> find(List<AssessedReport> reports) {
        List<Contradiction> out = new ArrayList<>();
        List<String[]> taken = reports.stream().map(r -> positions(r.report().evidence().text())).toList();
        List<CueLexicon.Axis> axes = cues.axes();
        for (int x = 0; x < axes.size(); x++) {
            CueLexicon.Axis axis = axes.get(x);
            Map<String, List<AssessedReport>> byPosition = new LinkedHashMap<>();
            for (int i = 0; i < reports.size(); i++) {
                AssessedReport r = reports.get(i);
                if (!takesPosition(r.report().modality())) {
                    continue;
                }
                String position = taken.get(i)[x];
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

    /** The position the text takes on each axis, in the lexicon's order (null for none). */
    private String[] positions(String text) {
        String key = text == null ? "" : text;
        String[] known = positions.get(key);
        if (known != null) {
            return known;
        }
        String[] out = cues.positions(CueText.of(key));
        if (positions.size() >= REMEMBERED) {
            positions.clear();
        }
        positions.put(key, out);
        return out;
    }

    static boolean takesPosition(Modality m) {
        return m != Modality.SPECULATIVE && m != Modality.PREDICTED && m != Modality.HYPOTHETICAL;
    }
}
