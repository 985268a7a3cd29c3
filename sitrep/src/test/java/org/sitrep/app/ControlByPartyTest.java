package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.ControlState;

/**
 * Regression (found by the simulated worlds of bench/run analysis): one outlet writing that the Syrian Arab Army
 * holds a town and another that the Syrian Armed Forces do made the town contested, as if two sides claimed it;
 * the army is part of the armed forces, so the claims agree and the town is held by that party.
 */
class ControlByPartyTest {
    @TempDir
    Path dir;

    private static String page(String date, String body) {
        return "<html><head><meta property=\"article:published_time\" content=\"" + date + "\"></head><body><p>"
                + body + "</p></body></html>";
    }

    @Test
    void theArmyAndTheArmedForcesHoldingATown_heldByTheParty_notContested() {
        try (Sitrep s = Sitrep.open(dir.resolve("store.db"))) {
            s.ingest("a.html", page("2016-03-01", "The town of Tadif remains under the control of the Syrian Arab "
                    + "Army.").getBytes(StandardCharsets.UTF_8), Grading.standard(), (f, p) -> { });
            s.ingest("b.html", page("2016-03-01", "Tadif is still held by the Syrian Armed Forces, activists said.")
                    .getBytes(StandardCharsets.UTF_8), Grading.standard(), (f, p) -> { });
            LocalDate day = LocalDate.of(2016, 3, 1);
            List<ControlInterval> is = s.control("Tadif", day, day);
            assertEquals(1, is.size());
            assertEquals(ControlState.HELD, is.get(0).status(), is.get(0).reasons()::toString);
            assertEquals("syrian-armed-forces", is.get(0).holder().id());
            assertTrue(is.get(0).reasons().stream().anyMatch(r -> r.contains("Syrian Arab Army")),
                    is.get(0).reasons()::toString);
        }
    }
}
