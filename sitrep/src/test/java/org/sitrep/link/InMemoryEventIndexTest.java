package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class InMemoryEventIndexTest {
    private final Linker linker = new Linker(LinkSettings.standard(), TypeCompatibility.standard(),
            ActorCompatibility.flat(), TextSimilarity.standard(), LinearPlaces.of(Map.of()));

    private InMemoryEventIndex with(Report... reports) {
        InMemoryEventIndex idx = new InMemoryEventIndex(linker, LinkSettings.standard());
        for (Report r : reports) {
            idx.apply(linker.link(List.of(r), idx));
        }
        return idx;
    }

    private static List<String> ids(List<EventCluster> cs) {
        return cs.stream().map(EventCluster::eventId).toList();
    }

    @Test
    void candidates_nearbySameDay_found_farOrOtherDay_not() {
        Report here = R.report("here").at(35.0, 37.0, 1).on("2016-01-10").build();
        Report far = R.report("far").at(33.0, 40.0, 1).on("2016-01-10").build();
        Report later = R.report("later").at(35.0, 37.0, 1).on("2016-03-10").build();
        InMemoryEventIndex idx = with(here, far, later);
        List<String> found = ids(idx.candidates(R.report("q").at(35.05, 37.05, 1).on("2016-01-10").build()));
        assertEquals(List.of(org.sitrep.model.Event.idFor("here")), found);
    }

    @Test
    void candidates_provinceLevelEvent_isFoundFromATownWithinItsRadius() {
        Report province = R.report("prov").at(35.0, 37.0, 3).on("2016-01-10").build();
        InMemoryEventIndex idx = with(province);
        // 70 km east: beyond a town's reach, within a province-level report's radius
        assertEquals(1, idx.candidates(R.report("q").at(35.0, 37.77, 1).on("2016-01-10").build()).size());
    }

    @Test
    void candidates_provinceWithKnownUnit_isFoundFromATownFarInsideIt() {
        // coded at its capital, the province stands for all of it: a town 180 km east is still a candidate
        Report province = R.report("prov").in("Homs", 34.73, 36.72, 3).on("2016-01-10").build();
        InMemoryEventIndex idx = with(province);
        assertEquals(1, idx.candidates(R.report("q").in("Homs", 34.55, 38.70, 1).on("2016-01-10").build()).size());
    }

    @Test
    void candidates_unplacedEvent_isFoundThroughItsDay_andUndatedThroughItsCell() {
        Report unplaced = R.report("u").on("2016-01-10").build();
        Report undated = R.report("d").at(35.0, 37.0, 1).build();
        InMemoryEventIndex idx = with(unplaced, undated);
        List<String> found = ids(idx.candidates(R.report("q").at(35.0, 37.0, 1).on("2016-01-10").build()));
        assertTrue(found.containsAll(List.of(org.sitrep.model.Event.idFor("u"), org.sitrep.model.Event.idFor("d"))),
                found.toString());
    }

    @Test
    void candidates_listOlderEventsFirst() {
        Report a = R.report("a").at(35.0, 37.0, 1).on("2016-01-10").build();
        Report b = R.report("b").at(35.0, 37.3, 1).on("2016-01-10").build();
        InMemoryEventIndex idx = with(a, b);
        List<EventCluster> found = idx.candidates(R.report("q").at(35.0, 37.15, 2).on("2016-01-10").build());
        assertEquals(List.of(org.sitrep.model.Event.idFor("a"), org.sitrep.model.Event.idFor("b")), ids(found));
    }
}
