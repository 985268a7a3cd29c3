package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Status;
import org.junit.jupiter.api.Test;

/** A road's state as a source states it: dated when stated, placed on the road the text describes by its towns. */
class StatedRoadStateTest {
    private static final LocalDate SATURDAY = LocalDate.of(2015, 10, 24);

    private static List<Report> statuses(String body) {
        return AcceptanceDocs.process(SATURDAY, body).reports().stream()
                .filter(r -> r.kind() == ReportKind.STATUS).toList();
    }

    @Test
    void saidTheRoadWasCut_datedWhenSaid_onTheRoadItsTownsName() {
        List<Report> rs = statuses("Fighters overran army checkpoints between Khanasser and Ithriyah on Friday. "
                + "The head of the monitor said the road was cut. The road, which runs from Salamiyah through "
                + "Ithriyah and Khanasser, is the army's only supply line.");
        Report cut = rs.stream().filter(r -> r.status().state() == Status.State.CUT).findFirst().orElseThrow();
        assertEquals(SATURDAY, cut.date().start(), "the state as the source states it, not the narrative's Friday");
        assertEquals("road:khanasser", cut.location().gazetteerId());
    }

    @Test
    void stateInATimeClause_keepsTheNarrativesDay() {
        List<Report> rs = statuses("Lorries reached the city on Friday. Residents said prices soared while the "
                + "Khanasser road was closed.");
        List<Report> closed = rs.stream().filter(r -> r.status().state() == Status.State.CLOSED).toList();
        assertEquals(1, closed.size(), rs::toString);
        assertEquals(LocalDate.of(2015, 10, 23), closed.get(0).date().start(), "over when told: the narrative's day");
    }
}
