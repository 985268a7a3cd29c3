package org.sitrep.link.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Contradiction;

/**
 * Conflicting tolls. Each origin's figure is its latest (a source raising its own toll is updating, not
 * contradicting itself: the older figures are dropped). Two origins' figures conflict when even the closest
 * values they allow are more than {@link #RATIO} times apart and at least {@link #MIN_GAP} apart: 62 vs 90
 * conflict, 90 vs 108 (counts at different times) do not, "dozens" vs 56 do not. One contradiction per
 * conflicting pair of origins.
 */
final class NumberRule {
    static final double RATIO = 1.4;
    static final int MIN_GAP = 5;

    private record OriginFigure(String source, FatalityFigure figure, List<AssessedReport> reports) {
    }

    List<Contradiction> find(List<AssessedReport> reports) {
        Map<String, List<AssessedReport>> bySource = new LinkedHashMap<>();
        for (AssessedReport r : reports) {
            if (r.report().fatalities() != null && r.report().modality().assertsOccurrence()) {
                bySource.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
            }
        }
        List<OriginFigure> figures = new ArrayList<>();
        bySource.forEach((source, rs) -> figures.add(latest(source, rs)));
        List<Contradiction> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                OriginFigure a = figures.get(i);
                OriginFigure b = figures.get(j);
                if (conflict(a.figure(), b.figure())) {
                    OriginFigure lo = a.figure().high() <= b.figure().high() ? a : b;
                    OriginFigure hi = lo == a ? b : a;
                    out.add(new Contradiction(Contradiction.Kind.NUMBER,
                            "tolls differ: " + lo.figure().label() + " (" + lo.source() + ") vs "
                                    + hi.figure().label() + " (" + hi.source() + ")",
                            List.of(Sides.of(lo.figure().label(), lo.reports()),
                                    Sides.of(hi.figure().label(), hi.reports()))));
                }
            }
        }
        return out;
    }

    static boolean conflict(FatalityFigure a, FatalityFigure b) {
        FatalityFigure lo = a.high() <= b.high() ? a : b;
        FatalityFigure hi = lo == a ? b : a;
        return hi.low() > RATIO * lo.high() && hi.low() - lo.high() >= MIN_GAP;
    }

    /** The origin's latest figure (by publication date, then the larger), with the reports that carry it. */
    private static OriginFigure latest(String source, List<AssessedReport> rs) {
        Comparator<AssessedReport> order = Comparator
                .comparing((AssessedReport r) -> r.published() == null ? LocalDate.MIN : r.published())
                .thenComparingInt(r -> r.report().fatalities().value());
        AssessedReport last = rs.stream().max(order).orElseThrow();
        int value = last.report().fatalities().value();
        List<AssessedReport> carrying = rs.stream().filter(r -> r.report().fatalities().value() == value).toList();
        return new OriginFigure(source, FatalityFigure.of(last.report().fatalities()), carrying);
    }
}
