package org.sitrep.model.analysis;

import java.time.LocalDate;
import java.time.YearMonth;

/** That one side (an actor id of the knowledge base) depends on a route over a period; open ends are null. */
public record Dependence(String actorId, YearMonth from, YearMonth until, String source, String note) {
    public boolean covers(LocalDate day) {
        YearMonth m = YearMonth.from(day);
        return (from == null || !m.isBefore(from)) && (until == null || !m.isAfter(until));
    }
}
