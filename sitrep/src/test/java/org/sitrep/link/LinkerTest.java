package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.sitrep.model.DatePrecision;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

class LinkerTest {
    private static final LinearPlaces LINES = LinearPlaces.of(Map.of("road:supply",
            List.of(new double[] {35.2, 37.3}, new double[] {35.5, 37.5}, new double[] {35.8, 37.5})));
    private final Linker linker = new Linker(LinkSettings.standard(), TypeCompatibility.standard(),
            ActorCompatibility.flat(), TextSimilarity.standard(), LINES);

    private InMemoryEventIndex index() {
        return new InMemoryEventIndex(linker, LinkSettings.standard());
    }

    /** Links each report as its own document, in order; returns the index. */
    private InMemoryEventIndex linkOneByOne(Report... reports) {
        InMemoryEventIndex idx = index();
        for (Report r : reports) {
            idx.apply(linker.link(List.of(r), idx));
        }
        return idx;
    }

    private static String eventOf(InMemoryEventIndex idx, String reportId) {
        for (EventCluster c : idx.events()) {
            for (Report r : c.reports()) {
                if (r.id().equals(reportId)) {
                    return c.eventId();
                }
            }
        }
        return null;
    }

    @Test
    void link_laterReportsRuleOutABridgedReport_itSplitsOffAndTheEventKeepsItsId() {
        String words = "Shelling hit the market of the town and the army blamed the rebels";
        Report a = R.report("a").type(SubEventType.SHELLING_ARTILLERY_MISSILE).at(35.10, 37.10, 1).on("2016-03-01")
                .by("syrian-arab-army").text(words).build();
        // a month-long summary fits both the 1 March shelling and a shelling on 5 March
        Report month = R.report("month").type(SubEventType.SHELLING_ARTILLERY_MISSILE).at(35.10, 37.10, 1)
                .during("2016-03-01", "2016-03-31", DatePrecision.MONTH).by("syrian-arab-army").text(words).build();
        Report later = R.report("later").type(SubEventType.SHELLING_ARTILLERY_MISSILE).at(35.10, 37.10, 1)
                .on("2016-03-05").by("syrian-arab-army").text(words).build();
        InMemoryEventIndex idx = linkOneByOne(a, month, later);
        String event = eventOf(idx, a.id());
        assertEquals(event, eventOf(idx, later.id()), "the summary first bridges the two days");
        Report again = R.report("again").type(SubEventType.SHELLING_ARTILLERY_MISSILE).at(35.10, 37.10, 1)
                .on("2016-03-01").by("syrian-arab-army").text(words).build();
        idx.apply(linker.link(List.of(again), idx));
        assertEquals(event, eventOf(idx, a.id()), "the event keeps its founder's id");
        assertEquals(event, eventOf(idx, again.id()));
        assertNotEquals(event, eventOf(idx, later.id()), "most of the event now rules the 5 March report out");
        assertNotNull(eventOf(idx, later.id()), "the report that left founds its own event");
    }

    @Test
    void link_oneDocumentTellingTwoActsOnTwoDays_staysApart() {
        // regression: the Tuesday shelling of one town and a landmine near the next village on Monday, told in one
        // wire story with civilians the victims of both, had become one event once both victims read as civilians
        Report shelling = R.report("shelling").doc("wire").type(SubEventType.SHELLING_ARTILLERY_MISSILE)
                .at(35.81, 36.61, 2).onRelative("2020-03-03").against("civilians").killed(6)
                .text("Six people were killed on Tuesday when forces shelled the town").build();
        Report mine = R.report("mine").doc("wire").type(SubEventType.REMOTE_EXPLOSIVE).at(35.61, 36.56, 2)
                .onRelative("2020-03-02").against("civilians").killed(1)
                .text("A shepherd was killed by a landmine near the village on Monday").build();
        assertEquals(2, linkOneByOne(shelling, mine).size());
        // told by two documents, a day apart and typed apart, they may still be one happening
        Report other = R.report("other").doc("agency").type(SubEventType.REMOTE_EXPLOSIVE).at(35.61, 36.56, 2)
                .onRelative("2020-03-02").against("civilians").killed(6)
                .text("Six people were killed by a landmine near the village on Monday").build();
        assertEquals(1, linkOneByOne(shelling, other).size());
    }

    @Test
    void link_sameRoadOnDifferentDays_staysApart() {
        Report cut = R.report("cut").type(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
                .onRoad("road:supply", 35.5, 37.5).on("2015-10-23").by("islamic-state").build();
        Report cutAgain = R.report("again").type(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
                .onRoad("road:supply", 35.5, 37.5).on("2016-02-22").by("islamic-state").build();
        InMemoryEventIndex idx = linkOneByOne(cut, cutAgain);
        assertEquals(2, idx.size());
    }

    @Test
    void link_roadAndTownAlongItSameDay_join() {
        Report road = R.report("road").type(SubEventType.ARMED_CLASH).onRoad("road:supply", 35.5, 37.5)
                .on("2015-10-23").by("islamic-state").build();
        Report town = R.report("town").type(SubEventType.ARMED_CLASH).at(35.21, 37.31, 1).on("2015-10-23")
                .by("islamic-state").build();
        assertEquals(1, linkOneByOne(road, town).size());
    }

    @Test
    void link_twoStrikesSameDayInDifferentVillages_stayApart() {
        Report a = R.report("a").at(34.84, 36.73, 1).on("2015-09-30").by("russian-aerospace-forces").build();
        Report b = R.report("b").at(35.32, 36.62, 1).on("2015-09-30").by("russian-aerospace-forces").build();
        Report c = R.report("c").at(34.95, 36.73, 1).on("2015-09-30").by("russian-aerospace-forces").build();
        InMemoryEventIndex idx = linkOneByOne(a, b, c);
        assertEquals(3, idx.size(), "12 km apart is another village at town precision");
    }

    @Test
    void link_samePlaceTwoYearsLater_staysApart() {
        Report a = R.report("a").type(SubEventType.CHEMICAL_WEAPON).at(35.44, 36.65, 1).on("2017-04-04").build();
        Report b = R.report("b").type(SubEventType.CHEMICAL_WEAPON).at(35.44, 36.65, 1).on("2019-04-04").build();
        assertEquals(2, linkOneByOne(a, b).size());
    }

    @Test
    void link_reportsOfOneStrikeFromThreeOutlets_joinOneEventWithTheFoundersId() {
        Report a = R.report("a").doc("d1").at(35.64, 36.68, 1).on("2019-07-22").by("russian-aerospace-forces")
                .text("Warplanes hit the vegetable market of the town").build();
        Report b = R.report("b").doc("d2").at(35.65, 36.67, 1).onRelative("2019-07-23")
                .text("Rescuers pulled bodies from the market rubble").build();
        Report c = R.report("c").doc("d3").type(SubEventType.SHELLING_ARTILLERY_MISSILE).at(35.64, 36.68, 1)
                .on("2019-07-22").by("syrian-arab-army").against("civilians").build();
        InMemoryEventIndex idx = linkOneByOne(a, b, c);
        assertEquals(1, idx.size());
        assertEquals(Event.idFor("a"), idx.events().get(0).eventId(), "the id stays the founder's as reports join");
    }

    @Test
    void link_eventGainingReports_keepsItsId() {
        InMemoryEventIndex idx = index();
        Report a = R.report("a").at(36.53, 37.95, 1).on("2019-01-16").type(SubEventType.SUICIDE_BOMB).build();
        LinkChanges first = linker.link(List.of(a), idx);
        idx.apply(first);
        String id = first.linkedReports().get(0).eventId();
        Report b = R.report("b").doc("d2").at(36.53, 37.95, 1).on("2019-01-16").type(SubEventType.SUICIDE_BOMB).build();
        LinkChanges second = linker.link(List.of(b), idx);
        assertEquals(id, second.linkedReports().get(0).eventId());
        assertEquals(1, second.touched().size());
        assertEquals(2, second.touched().get(0).reports().size());
        assertTrue(second.mergedInto().isEmpty());
    }

    @Test
    void link_reportBridgingTwoEvents_mergesThemIntoTheOlder() {
        // a placed report naming no one, and an unplaced one naming the sides: compatible, but too little alike
        Report placed = R.report("placed").type(SubEventType.ARMED_CLASH).at(36.17, 37.14, 1).on("2016-08-06")
                .build();
        Report sides = R.report("sides").doc("d2").type(SubEventType.ARMED_CLASH).on("2016-08-06")
                .by("jaysh-al-fatah").against("syrian-arab-army").build();
        InMemoryEventIndex idx = linkOneByOne(placed, sides);
        assertEquals(2, idx.size());
        // a report with both place and sides fits both: they become one event under the older id
        Report both = R.report("both").doc("d3").type(SubEventType.ARMED_CLASH)
                .at(36.17, 37.14, 1).on("2016-08-06").by("jaysh-al-fatah").against("syrian-arab-army").build();
        LinkChanges c = linker.link(List.of(both), idx);
        assertEquals(Map.of(Event.idFor("sides"), Event.idFor("placed")), c.mergedInto());
        assertEquals(Event.idFor("placed"), c.linkedReports().get(0).eventId());
        assertEquals(1, c.touched().size());
        assertEquals(3, c.touched().get(0).reports().size());
        assertTrue(c.touched().get(0).reports().stream().allMatch(r -> r.eventId().equals(Event.idFor("placed"))));
        idx.apply(c);
        assertEquals(1, idx.size());
    }

    @Test
    void link_reportFittingTwoEventsThatRuleEachOtherOut_joinsOnlyTheBest() {
        Report west = R.report("west").type(SubEventType.ARMED_CLASH).at(36.00, 37.00, 1).on("2016-08-06")
                .by("jaysh-al-fatah").against("syrian-arab-army").build();
        Report east = R.report("east").type(SubEventType.ARMED_CLASH).at(36.00, 37.20, 1).on("2016-08-06")
                .by("jaysh-al-fatah").against("syrian-arab-army").build();
        InMemoryEventIndex idx = linkOneByOne(west, east);
        Report between = R.report("between").type(SubEventType.ARMED_CLASH).at(36.00, 37.10, 2).on("2016-08-06")
                .by("jaysh-al-fatah").against("syrian-arab-army").build();
        LinkChanges c = linker.link(List.of(between), idx);
        assertTrue(c.mergedInto().isEmpty(), "18 km apart at town precision: the two stay apart");
        assertEquals(1, c.touched().size());
    }

    @Test
    void link_sameAttackTwiceInOneDocument_linksWithinTheBatch() {
        Report first = R.report("s1").type(SubEventType.SUICIDE_BOMB).at(35.36, 35.93, 1).on("2016-05-23")
                .text("Blasts hit the bus station").build();
        Report again = R.report("s2").type(SubEventType.REMOTE_EXPLOSIVE).at(35.36, 35.93, 1).on("2016-05-23")
                .text("The bus station blasts killed dozens").build();
        Report other = R.report("s3").type(SubEventType.SUICIDE_BOMB).at(34.89, 35.89, 1).on("2016-05-23").build();
        LinkChanges c = linker.link(List.of(first, again, other), index());
        assertEquals(c.linkedReports().get(0).eventId(), c.linkedReports().get(1).eventId());
        assertNotEquals(c.linkedReports().get(0).eventId(), c.linkedReports().get(2).eventId());
        assertEquals(2, c.touched().size());
    }

    @Test
    void link_denial_joinsTheEventItDenies() {
        Report claim = R.report("claim").at(36.18, 37.155, 1).on("2016-04-27").against("medical-workers").build();
        Report denial = R.report("denial").doc("d2").at(36.18, 37.155, 1).on("2016-04-27")
                .by("russian-aerospace-forces").modality(Modality.DENIED).build();
        assertEquals(1, linkOneByOne(claim, denial).size());
    }

    @Test
    void link_countsAndPredictions_areNeverLinked() {
        Report count = R.report("n").at(36.0, 37.0, 1).on("2016-04-27").count().build();
        Report predicted = R.report("p").at(36.0, 37.0, 1).on("2016-04-27").modality(Modality.PREDICTED).build();
        LinkChanges c = linker.link(List.of(count, predicted), index());
        assertNull(c.linkedReports().get(0).eventId());
        assertNull(c.linkedReports().get(1).eventId());
        assertTrue(c.touched().isEmpty());
    }

    @Test
    void link_reportWithNeitherPlaceNorDate_joinsOnlyOnStrongTextTypeAndActors() {
        Report placed = R.report("placed").type(SubEventType.ARMED_CLASH).at(36.5, 36.87, 1).on("2018-03-18")
                .by("turkish-armed-forces").against("ypg")
                .text("Turkish troops and allied fighters entered the centre of Afrin").build();
        Report vague = R.report("vague").type(SubEventType.ARMED_CLASH).by("turkish-armed-forces")
                .text("Fighting continued").build();
        Report strong = R.report("strong").type(SubEventType.ARMED_CLASH).by("turkish-armed-forces").against("ypg")
                .text("Turkish troops and allied fighters entered the centre of Afrin city").build();
        LinkChanges c = linker.link(List.of(placed, vague, strong), index());
        assertNotEquals(c.linkedReports().get(0).eventId(), c.linkedReports().get(1).eventId());
        assertEquals(c.linkedReports().get(0).eventId(), c.linkedReports().get(2).eventId());
    }

    @Test
    void link_incompatibleTypesSamePlaceAndDay_stayApart() {
        Report protest = R.report("p").type(SubEventType.PEACEFUL_PROTEST).at(36.0, 37.0, 1).on("2012-01-01").build();
        Report strike = R.report("s").type(SubEventType.AIR_DRONE_STRIKE).at(36.0, 37.0, 1).on("2012-01-01").build();
        assertEquals(2, linkOneByOne(protest, strike).size());
    }
}
