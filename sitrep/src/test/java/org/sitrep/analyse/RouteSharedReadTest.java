package org.sitrep.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.DatedPages.page;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Grading;
import org.sitrep.app.Sitrep;
import org.sitrep.model.analysis.Route;
import org.sitrep.store.Store;

/**
 * Control of a road's towns from the corridor's events read once (EventsRead) is the control read from the store
 * town by town: the same observations, in the same order.
 */
class RouteSharedReadTest {
    @TempDir
    Path dir;

    @Test
    void townsControlFromTheCorridorsRead_isTheStoresTownByTown() {
        try (Sitrep s = Sitrep.open(dir.resolve("store.db"))) {
            String[][] pages = {
                {"2016-03-01", "Islamic State fighters captured Khanasser on Monday after clashes with the army."},
                {"2016-03-03", "Government forces shelled Ithriyah and clashed with rebels near as-Safira."},
                {"2016-03-05", "The Syrian army retook Khanasser on Saturday, a monitor said. Air strikes hit "
                        + "Salamiyah."},
                {"2016-03-08", "Islamic State fighters attacked army positions in as-Safira and Ithriyah."}};
            int i = 0;
            for (String[] p : pages) {
                s.ingest("p" + (i++) + ".html", page(p[0], "<p>" + p[1] + "</p>"), Grading.standard(), (f, x) -> { });
            }
            Store store = s.store();
            Route road = Routes.standard().find("khanasser").orElseThrow();
            RouteSettings settings = RouteSettings.standard();
            RouteObservations observations = new RouteObservations(store, org.sitrep.knowledge.places.Gazetteer.get(),
                    Sides.standard(), settings);
            RouteControl towns = new RouteControl(ControlAnalysis.over(store), Sides.standard(), settings);
            for (LocalDate from : List.of(LocalDate.of(2016, 3, 2), LocalDate.of(2016, 3, 6), LocalDate.of(2016, 5, 1))) {
                LocalDate to = from.plusDays(6);
                LocalDate townsFrom = from.minusDays(RouteObservations.LOOKBACK_DAYS);
                EventsRead read = observations.corridor(road, townsFrom.minusDays(ControlAnalysis.FIRST_LOOK_BACK), to);
                assertTrue(read.events().size() >= 3, read.events()::toString);
                assertEquals(towns.of(road, townsFrom, to, null), towns.of(road, townsFrom, to, read), from::toString);
            }
        }
    }
}
