package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.AirwarsGrade;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Event;
import org.sitrep.model.Grade;

/**
 * Grades an event: source reliability is the best letter among its independent origins (F, "cannot be judged",
 * unless the user configured letters), information credibility per {@link CredibilityRules}, and the Airwars
 * grade per {@link AirwarsRules} for civilian-harm events. Each part adds its reason. Thread-safe.
 */
final class Grader {
    private final ReliabilityTable reliability;
    private final CredibilityRules credibility;
    private final AirwarsRules airwars;

    Grader(ReliabilityTable reliability, AirwarsRules airwars) {
        this(reliability, airwars, SourceRegistry.bundled());
    }

    /** A grader that takes the side each source speaks for from the registry's {@code aligned_with}. */
    Grader(ReliabilityTable reliability, AirwarsRules airwars, SourceRegistry registry) {
        this.reliability = reliability;
        this.airwars = airwars;
        this.credibility = new CredibilityRules(source -> registry.lookup(source)
                .map(SourceEntry::alignedWith).filter(side -> !side.isBlank()).orElse(null));
    }

    Grade grade(Event merged, List<AssessedReport> reports, List<String> independentSources,
                List<Contradiction> contradictions) {
        List<String> reasons = new ArrayList<>();
        char best = 'F';
        String bestSource = null;
        List<String> configured = new ArrayList<>();
        for (String s : independentSources) {
            Optional<Character> letter = reliability.configured(s);
            if (letter.isPresent()) {
                configured.add(s + " " + letter.get());
                if (letter.get() < best) {
                    best = letter.get();
                    bestSource = s;
                }
            }
        }
        if (bestSource == null) {
            reasons.add("reliability F (cannot be judged): "
                    + (configured.isEmpty() ? "no reliability is configured for its sources ("
                    + String.join(", ", independentSources) + ")" : "its sources are configured F ("
                    + String.join(", ", configured) + ")"));
        } else {
            reasons.add("reliability " + best + ": the best of its independent sources is " + bestSource
                    + " (configured: " + String.join(", ", configured) + ")");
        }
        CredibilityRules.Result c = credibility.grade(reports, contradictions);
        reasons.addAll(c.reasons());
        AirwarsGrade aw = null;
        Optional<AirwarsRules.Result> a = airwars.grade(merged, reports, contradictions);
        if (a.isPresent()) {
            aw = a.get().grade();
            reasons.add(a.get().reason());
        }
        return new Grade(best, c.credibility(), aw, reasons);
    }
}
