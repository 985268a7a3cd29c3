package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Attribution;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

class EventMergerTest {
    private final EventMerger merger = new EventMerger();

    private static Map<String, DocumentFacts> docs(Object... idOutletDate) {
        java.util.Map<String, DocumentFacts> m = new java.util.HashMap<>();
        for (int i = 0; i < idOutletDate.length; i += 3) {
            String id = (String) idOutletDate[i];
            m.put(id, new DocumentFacts(id, (String) idOutletDate[i + 1], LocalDate.parse((String) idOutletDate[i + 2]),
                    null, null));
        }
        return m;
    }

    /**
     * Reports in publication order (undated documents last), ties by where an equal report first stands: the order
     * the merger's sort with its keys computed once gives, against the comparator reading them per comparison.
     */
    @Test
    void ordered_byPublicationThenFirstPosition_sameAsPerComparisonKeys() {
        java.util.Random random = new java.util.Random(17);
        Map<String, DocumentFacts> documents = docs("d0", "X", "2020-01-03", "d1", "Y", "2020-01-01", "d2", "Z",
                "2020-01-03");
        for (int n = 0; n < 200; n++) {
            List<Report> reports = new java.util.ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                reports.add(random.nextInt(4) == 0 && !reports.isEmpty()
                        ? reports.get(random.nextInt(reports.size())) // the same report again
                        : R.report("r" + random.nextInt(6)).doc("d" + random.nextInt(4)).build());
            }
            java.util.Map<Report, Integer> position = new java.util.HashMap<>();
            for (int i = 0; i < reports.size(); i++) {
                position.putIfAbsent(reports.get(i), i);
            }
            List<Report> expected = new java.util.ArrayList<>(reports);
            expected.sort(java.util.Comparator.comparing((Report r) -> documents.containsKey(r.documentId())
                    ? documents.get(r.documentId()).published() : null, java.util.Comparator.nullsLast(
                    java.util.Comparator.<LocalDate>naturalOrder())).thenComparing(position::get));
            assertEquals(expected, EventMerger.ordered(reports, documents), reports.toString());
        }
    }

    @Test
    void merge_differentTolls_takesTheLowestAndNotesTheRange() {
        Report low = R.report("low").doc("d1").killed(62).says("Russian Defence Ministry", Attribution.Role.ORGANISATION)
                .build();
        Report high = R.report("high").doc("d2").killed(90).says("SOHR", Attribution.Role.ORGANISATION).build();
        Event e = merger.merge(new EventCluster("e1", List.of(high, low)),
                docs("d1", "Outlet A", "2016-09-18", "d2", "Outlet B", "2016-09-17"));
        assertEquals(62, e.fatalities());
        assertEquals("reports range 62\u201390", e.fatalitiesNote());
        assertTrue(e.provenance().stream().anyMatch(v -> v.field().equals("fatalities") && v.reportId().equals("low")
                && "Russian Defence Ministry".equals(v.source())));
    }

    @Test
    void merge_risingTollFromOneSource_isAnUpdateNotADispute() {
        Report first = R.report("first").doc("d1").killed(146).says("SOHR", Attribution.Role.ORGANISATION).build();
        Report later = R.report("later").doc("d2").killed(200).says("SOHR", Attribution.Role.ORGANISATION).build();
        Event e = merger.merge(new EventCluster("e1", List.of(later, first)),
                docs("d1", "X", "2015-06-26", "d2", "Y", "2015-06-27"));
        assertEquals(200, e.fatalities());
        assertNull(e.fatalitiesNote());
    }

    @Test
    void merge_denialsFigure_isNotCounted() {
        Report claim = R.report("claim").doc("d1").killed(40).build();
        Report denial = R.report("denial").doc("d2").killed(0).modality(Modality.DENIED).build();
        Event e = merger.merge(new EventCluster("e1", List.of(claim, denial)), docs("d1", "X", "2020-01-01",
                "d2", "Y", "2020-01-02"));
        assertEquals(40, e.fatalities());
        assertTrue(e.flags().isEmpty());
    }

    @Test
    void merge_onlyDenials_flagsTheEventUnasserted() {
        Report denial = R.report("denial").doc("d2").modality(Modality.DENIED).build();
        Event e = merger.merge(new EventCluster("e1", List.of(denial)), Map.of());
        assertTrue(e.flags().contains("unasserted"));
    }

    @Test
    void merge_types_takesTheMostCommonThenTheMoreSpecific() {
        Report a = R.report("a").doc("d1").type(SubEventType.AIR_DRONE_STRIKE).build();
        Report b = R.report("b").doc("d2").type(SubEventType.CHEMICAL_WEAPON).build();
        Report c = R.report("c").doc("d3").type(SubEventType.CHEMICAL_WEAPON).build();
        Map<String, DocumentFacts> d = docs("d1", "X", "2017-04-04", "d2", "Y", "2017-04-05", "d3", "Z", "2017-04-06");
        assertEquals(SubEventType.CHEMICAL_WEAPON, merger.merge(new EventCluster("e", List.of(a, b, c)), d).subEventType());
        assertEquals(SubEventType.CHEMICAL_WEAPON, merger.merge(new EventCluster("e", List.of(a, b)), d).subEventType(),
                "a tie goes to the label compatible with fewer others");
    }

    @Test
    void merge_locations_takesTheMostPrecise() {
        Report near = R.report("near").doc("d1").at(36.52, 37.95, 2).build();
        Report town = R.report("town").doc("d2").at(36.53, 37.96, 1).build();
        Event e = merger.merge(new EventCluster("e", List.of(near, town)), docs("d1", "X", "2016-07-19",
                "d2", "Y", "2016-07-20"));
        assertEquals(1, e.location().geoPrecision());
        assertEquals(36.53, e.location().lat());
    }

    @Test
    void merge_overlappingDates_takesTheIntersection() {
        Report week = R.report("w").doc("d1").during("2016-12-18", "2016-12-24", DatePrecision.WEEK).build();
        Report day = R.report("d").doc("d2").on("2016-12-22").build();
        Event e = merger.merge(new EventCluster("e", List.of(week, day)), docs("d1", "X", "2016-12-24",
                "d2", "Y", "2016-12-23"));
        assertEquals(LocalDate.parse("2016-12-22"), e.date().start());
        assertEquals(LocalDate.parse("2016-12-22"), e.date().end());
        assertEquals(DatePrecision.DAY, e.date().precision());
    }

    @Test
    void merge_disjointDates_keepsTheEarliestReportsDateAndFlagsIt() {
        Report early = R.report("early").doc("d1").on("2016-02-21").build();
        Report late = R.report("late").doc("d2").on("2016-02-22").build();
        Event e = merger.merge(new EventCluster("e", List.of(late, early)), docs("d1", "X", "2016-02-21",
                "d2", "Y", "2016-02-23"));
        assertEquals(LocalDate.parse("2016-02-21"), e.date().start());
        assertTrue(e.flags().contains("dates_disagree"));
    }

    @Test
    void merge_actorsAndSources_unionOnceEachWithProvenance() {
        Report a = R.report("a").doc("d1").by("sdf").against("islamic-state")
                .says("spokesman", Attribution.Role.SPEAKER).says("Outlet A", Attribution.Role.DOCUMENT_OUTLET).build();
        Report b = R.report("b").doc("d2").by("sdf", "us-led-coalition").against("islamic-state")
                .says("Outlet B", Attribution.Role.DOCUMENT_OUTLET).build();
        Event e = merger.merge(new EventCluster("e", List.of(a, b)), docs("d1", "Outlet A", "2017-10-17",
                "d2", "Outlet B", "2017-10-20"));
        assertEquals(List.of("sdf", "us-led-coalition"), e.actor1().stream().map(x -> x.id()).toList());
        assertEquals(1, e.actor2().size());
        assertEquals(List.of("Outlet A", "Outlet B"), e.sources());
        assertTrue(e.provenance().stream().anyMatch(v -> v.field().equals("actor1:us-led-coalition")
                && v.reportId().equals("b")));
        assertEquals(LocalDate.parse("2017-10-17"), e.firstReported());
        assertEquals(LocalDate.parse("2017-10-20"), e.lastReported());
        assertEquals(List.of("a", "b"), e.reportIds());
    }
}
