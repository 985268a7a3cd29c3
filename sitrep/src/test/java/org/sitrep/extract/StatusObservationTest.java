package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Status;

/** Status observations: states of routes and places, with subject, agent, hedge, modality and the place beside. */
class StatusObservationTest {

    private static List<Report> statuses(String text) {
        return Fixtures.body(text).stream().filter(r -> r.kind() == ReportKind.STATUS).toList();
    }

    private static Report only(String text) {
        List<Report> rs = statuses(text);
        assertEquals(1, rs.size(), () -> "status reports of: " + text + " -> " + rs);
        return rs.get(0);
    }

    @Test
    void verbWithNamedRoadAfterIt_cutRouteWithAgentAndPlaceBeside() {
        Report r = only("Rebel units from Azaz cut the Aleppo-Azaz road south of Marea on Monday.");
        assertEquals(Status.State.CUT, r.status().state());
        assertEquals(Status.Subject.ROUTE, r.status().subject());
        assertEquals("Aleppo-Azaz road", r.location().name());
        assertEquals("cut", r.status().mention().text());
        assertEquals("Marea", r.status().at().text());
        assertEquals(Modality.ASSERTED, r.modality());
    }

    @Test
    void copulaAfterTheRoad_takesTheLastNamedRouteOfAnEarlierSentence() {
        List<Report> rs = statuses("Convoys use the M5 highway to reach Hama. After the raid the road was still "
                + "closed, and drivers waited for hours.");
        assertEquals(1, rs.size(), rs::toString);
        Report r = rs.get(0);
        assertEquals(Status.State.CLOSED, r.status().state());
        assertEquals("M5 highway", r.location().name());
        assertTrue(r.flags().contains("subject_from_context"), r.flags()::toString);
    }

    @Test
    void hedgeAndJoinedState_twoObservationsOfOneRoad_nowDatedByTheDocument() {
        List<Report> rs = statuses("Traffic moves on the Castello road again. The road is now largely reopened yet "
                + "still threatened by snipers.");
        assertEquals(2, rs.size(), rs::toString);
        assertEquals(Status.State.REOPENED, rs.get(0).status().state());
        assertEquals("largely", rs.get(0).status().qualifier());
        assertEquals(Status.State.CONTESTED, rs.get(1).status().state());
        assertTrue(rs.stream().allMatch(r -> r.location().name().equals("Castello road")));
        assertTrue(rs.stream().allMatch(r -> r.flags().contains(Status.PRESENT_FLAG)), rs::toString);
    }

    @Test
    void relativeClauseAfterTheRoad_stateSaidOfTheRoad() {
        // regression (simulated worlds): "which" stood between the road and its state, so nothing was read
        Report r = only("Lorries used the Castello road, which remained open despite the shelling.");
        assertEquals(Status.State.OPEN, r.status().state());
        assertEquals("Castello road", r.location().name());
        assertEquals(Modality.ASSERTED, r.modality());
    }

    @Test
    void roadNamedWithALowerCaseArticle_wholeNameIsTheRoute() {
        // regression (simulated worlds): the route's name stopped at "ez" of "Deir ez-Zor", leaving "Zor highway"
        Report r = only("The Damascus-Palmyra-Deir ez-Zor highway remained cut near as-Sukhnah on Saturday.");
        assertEquals(Status.State.CUT, r.status().state());
        assertEquals("Damascus-Palmyra-Deir ez-Zor highway", r.location().name());
    }

    @Test
    void placeUnderSiege_besiegedPlace() {
        Report r = only("Kobani remains under siege as winter begins.");
        assertEquals(Status.State.BESIEGED, r.status().state());
        assertEquals(Status.Subject.PLACE, r.status().subject());
        assertEquals("Kobani", r.location().name());
        assertNull(r.status().at());
    }

    @Test
    void heldByAgent_heldWithHolder() {
        Report r = only("By nightfall Tadef was held by the Syrian Arab Army.");
        assertEquals(Status.State.HELD, r.status().state());
        assertEquals("Tadef", r.location().name());
        assertEquals("Syrian Arab Army", r.actor1().get(0).name());
    }

    @Test
    void purposeAndDenial_notAsserted() {
        assertEquals(Modality.HYPOTHETICAL, only("Militants massed east of Hama to cut the M4 highway.").modality());
        assertEquals(Modality.NEGATED, only("Officials insist the Raqqa road is not blocked.").modality());
    }

    @Test
    void firstTimeInMonths_flagsTheDaysBefore() {
        Report r = only("For the first time in two months the M5 highway was closed to traffic.");
        assertTrue(r.flags().contains(Status.FIRST_IN_DAYS_FLAG + 60), r.flags()::toString);
    }

    @Test
    void stateWordsWithoutARouteOrPlace_noObservation() {
        assertEquals(List.of(), statuses("Soldiers opened fire on the crowd near the square."));
        assertEquals(List.of(), statuses("Bread prices were cut by half after the harvest."));
        assertEquals(List.of(), statuses("Government held areas of the city saw fewer shells this week."));
    }

    @Test
    void statusSentence_leavesTheEventReportsAndTheirIdsAsTheyWere() {
        String text = "Islamic State fighters attacked an army checkpoint and blocked the Khanasser highway.";
        List<Report> all = Fixtures.body(text);
        List<Report> events = all.stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
        assertTrue(!events.isEmpty());
        Report first = events.get(0);
        assertEquals(Report.idFor("doc1", first.evidence().span(), 0), first.id());
        assertEquals(1, all.stream().filter(r -> r.kind() == ReportKind.STATUS).count());
    }

    @Test
    void badRows_failNamingFileAndLine() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> new StatusWords(List.of(
                new DataRow("status_words.tsv", 7, new String[] {"sealed", "state", "sealed-off", "route"},
                        DataFile.DataException::new))));
        assertTrue(e.getMessage().contains("status_words.tsv line 7"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown state"), e.getMessage());
        RuntimeException twice = assertThrows(RuntimeException.class, () -> new StatusWords(List.of(
                new DataRow("status_words.tsv", 3, new String[] {"cut", "state", "cut", "route"},
                        DataFile.DataException::new),
                new DataRow("status_words.tsv", 4, new String[] {"cut", "state", "closed", "route"},
                        DataFile.DataException::new))));
        assertTrue(twice.getMessage().contains("line 4"), twice.getMessage());
    }
}
