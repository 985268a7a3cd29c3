package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Contradiction;

/**
 * Finds where the reports of one event disagree: outcome, numbers, responsibility, and claim vs denial, each
 * with both sides' reports and sources. Disagreements within one origin are updates, not contradictions.
 * Thread-safe.
 */
public final class ContradictionFinder {
    private final OutcomeRule outcomes;
    private final NumberRule numbers;
    private final ResponsibilityRule responsibility;
    private final DenialRule denials;

    ContradictionFinder(CueLexicon cues, Belligerents belligerents) {
        this.outcomes = new OutcomeRule(cues);
        this.numbers = new NumberRule();
        this.responsibility = new ResponsibilityRule(belligerents);
        this.denials = new DenialRule(belligerents);
    }

    public static ContradictionFinder standard() {
        return new ContradictionFinder(CueLexicon.bundled(), Belligerents.bundled());
    }

    List<Contradiction> find(List<AssessedReport> reports) {
        List<Contradiction> out = new ArrayList<>();
        out.addAll(outcomes.find(reports));
        out.addAll(numbers.find(reports));
        out.addAll(responsibility.find(reports));
        out.addAll(denials.find(reports));
        return out;
    }
}
