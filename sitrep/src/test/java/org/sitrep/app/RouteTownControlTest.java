package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.DatedPages.page;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.model.analysis.RouteState;

/**
 * Issue 11: a road's state follows from who holds the towns along it. Nothing here is said of the Khanasser road
 * itself; only who holds its towns (the government depends on it in 2016, routes.tsv).
 */
class RouteTownControlTest {
    @TempDir
    Path dir;

    @Test
    void aTownOnTheRoadHeldByTheOtherSide_cutThere_allTownsHeldByTheUser_open() {
        try (Sitrep s = Sitrep.open(dir.resolve("store.db"))) {
            StringBuilder all = new StringBuilder();
            for (String town : List.of("Salamiyah", "Ithriyah", "Khanasser", "as-Safira", "Aleppo")) {
                all.append("<p>").append(town).append(" is still held by the Syrian Arab Army, activists said.</p>");
            }
            s.ingest("a.html", page("2016-03-01", all.toString()), Grading.standard(), (f, p) -> { });
            s.ingest("b.html", page("2016-03-10", "<p>Khanasser is held by Islamic State fighters, a monitor said."
                    + "</p>"), Grading.standard(), (f, p) -> { });
            List<RouteDay> days = s.routeDays("khanasser", LocalDate.of(2016, 3, 2), LocalDate.of(2016, 3, 12));
            RouteDay before = days.get(0);
            assertEquals(RouteState.OPEN, before.status(), before.reasons()::toString);
            RouteDay after = days.get(days.size() - 1);
            assertEquals(RouteState.CUT, after.status(), after.reasons()::toString);
            assertTrue(after.reasons().stream().anyMatch(r -> r.contains("held by Islamic State")),
                    after.reasons()::toString);
        }
    }
}
