package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Issue #14 "the place the sentence means", through the whole engine on sentences we wrote: the wording around a
 * place ("the vicinity of", "between X and Y", "the countryside of", a road "near" a town, a district, a desert, a
 * prison) decides which name is the event's place and how precisely it is placed. Each case failed before its fix.
 */
class EventPlaceWordingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 20);

    private static Location place(String body) {
        return AcceptanceDocs.onlyEventPlace(PUBLISHED, body);
    }

    @Test
    void datelinePlace_isWhereTheStoryWasFiledNotTheEvents() {
        // "through" and "the centre of" attach the place; the dateline's own name is not the event's
        Location l = place("KAMPALA, 3 March 2022 — Hundreds of students marched through the centre of Kampala"
                + " against fees.");
        assertEquals("Kampala", l.name());
        assertNull(AcceptanceDocs.onlyEvent(PUBLISHED, "ALEPPO — Rebels shelled the district on Monday.").location());
    }

    @Test
    void villageOfAnUnknownName_keepsTheNameAndIsHeldByItsContainer() {
        // "the village of X" spots X; the countryside after it holds it (precision 3, the governorate)
        Location l = place("Regime forces shelled the village of Zughbarit in the western countryside of Hama.");
        assertEquals("Zughbarit", l.mention().text());
        assertEquals(3, l.geoPrecision());
        assertEquals("SY", l.country());
        // with no container after it, an unknown name is not spotted this way: no near-spelling abroad is taken
        Location alone = AcceptanceDocs.onlyEvent(PUBLISHED, "Syrian regime forces shelled the village of Tal Sakhr"
                + " in the early hours of Monday, residents of Hama province said.").location();
        assertTrue(alone == null || alone.lat() == null || "SY".equals(alone.country()), String.valueOf(alone));
    }

    @Test
    void countryNamedAsContainer_rejectsReadingsAbroad() {
        // a near-spelling in another country is another place: unknown, not placed there
        Location l = AcceptanceDocs.onlyEvent(PUBLISHED, "Regime forces shelled Tal Sakhr in Syria.").location();
        assertTrue(l == null || l.lat() == null || "SY".equals(l.country()), String.valueOf(l));
    }

    @Test
    void knownTownInTheCountrysideOfItsGovernorate_isTheTownNotTheGovernorate() {
        Location l = place("A landmine killed a shepherd near Palmyra in the eastern countryside of Homs.");
        assertEquals("Palmyra", l.mention().text());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void vicinityOf_isNearThePlaceNotInItsContainer() {
        // "the vicinity of" was no place cue, and the apostrophe kept Mare' from being read as the province's town
        Location l = place("Army guns pounded the vicinity of Mare' town in the Aleppo countryside on Monday.");
        assertEquals("geonames:167245", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void betweenTwoVillages_nearTheOneTheGazetteerKnows() {
        Location l = place("Jets struck farmland between Dabiq and Sandaf villages in Aleppo province on Monday.");
        assertEquals("sup:dabiq", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void betweenAKnownPlaceAndAnUnspottedOne_nearTheKnownOne() {
        Location l = place("Warplanes bombed the area between Kansafra and Ftireh in Idlib province on Monday.");
        assertEquals("sup:kansafra", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void unknownVillageInTheCountrysideOfATown_atTheTownNotItsDistrictsCentroid() {
        // the district named after Tell Abiad has its centroid some 30 km south of the town on the border
        Location l = place("Drones hit Zarzouri village in the countryside of Tell Abiad in Raqqa province on Monday.");
        assertEquals("geonames:163750", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void unknownVillageShelledInAProvince_isInTheProvinceNotAtItsNamesakeCity() {
        // an invented village: unknown, so the event is somewhere in Idlib province (precision 3), not in Idlib city
        Location l = place("Syrian regime forces shelled Qurtubayn in Idlib on Monday.");
        assertEquals("ne:SY-ID", l.gazetteerId());
        assertEquals(3, l.geoPrecision());
    }

    @Test
    void villageInTheCountrysideOfABorderDistrictsSeat_isKeptThoughFarFromTheDistrictsCentroid() {
        // Ashma lies 20 km west of Kobani, over 40 km from the centroid of the district named after the town
        Location l = place("A car bomb exploded near Ashma in Kobani countryside on Monday.");
        assertEquals("sup:ashma", l.gazetteerId());
    }

    @Test
    void roadNearATownFoundByItsWording_nearTheTownNotAtTheRoadsMiddle() {
        // since "the vicinity of" became a place cue, the road itself would win here without the town rule
        Location l = place("Turkish guns shelled the vicinity of the M4 Highway near Ein Issa in Raqqa province on Monday.");
        assertEquals("geonames:172134", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void knownNameStartingALongerName_isNotThatPlace() {
        // "Khan" alone is another name of a village in Homs; "Khan al-Sabeel" is a town the gazetteer lacks
        Location l = place("Rebels shelled army posts in Khan al-Sabeel town in Idlib province on Monday.");
        assertNotEquals("geonames:168052", l.gazetteerId());
        assertEquals("Idlib", l.admin1());
    }

    @Test
    void placeJoinedToAnotherByAHyphen_isACompoundNotTheEventsPlace() {
        Location l = place("Russian jets struck IS positions in the Hama-Aleppo-Raqqa triangle near Ithriyah town on Monday.");
        assertEquals("sup:ithriyah", l.gazetteerId());
    }

    @Test
    void settlementNamedAsOneInAProvince_isTheEventsPlace() {
        Location l = place("Regime reinforcements deployed from Damascus to the Hamidiya quarter of Abu Kamal city "
                + "in Deir ez-Zor on Monday.");
        assertEquals("geonames:174448", l.gazetteerId());
    }

    @Test
    void namedDistrict_isTheDistrictNotTheProvince() {
        Location l = place("Turkish guns shelled several villages in Ein Issa district in Raqqa province on Monday.");
        assertEquals(2, l.geoPrecision());
        assertNotEquals("ne:SY-RA", l.gazetteerId());
    }

    @Test
    void desertNamedAfterATown_nearTheTown() {
        Location l = place("Helicopters struck IS hideouts in the Ithriya desert in Hama province on Monday.");
        assertEquals("sup:ithriyah", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void deathInAPrisonNamedAfterATown_atTheTownNotWhereTheVictimCameFrom() {
        // "Military" had made "Sidnaya Military" a force, the death under torture was no event, and "Sidnaya" as the
        // subdistrict spells it tied the town with Sidon in Lebanon
        Report r = AcceptanceDocs.onlyEvent(PUBLISHED,
                "A detainee from Maarat al-Numan in Idlib died under torture in Sidnaya Military Prison on Monday.");
        assertEquals(SubEventType.ATTACK, r.subEventType());
        assertEquals("geonames:164717", r.location().gazetteerId());
    }

    @Test
    void districtNamedAsSuch_atItsSeatTown() {
        Location l = place("A Turkish army convoy arrived at Tell Abiad district in Raqqa province on Monday.");
        assertEquals("geonames:163750", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void whereAGroupOperates_isNotWhereTheProtestWas() {
        Location l = place("Residents rallied in support of fighters operating in Al Bab during a protest in Azaz "
                + "on Monday.");
        assertEquals("geonames:172082", l.gazetteerId());
    }

    @Test
    void incendiariesDroppedFromTheAir_anAirStrikeOnThePlace() {
        Report r = AcceptanceDocs.onlyEvent(PUBLISHED,
                "Regime helicopters dropped incendiary munitions on Kafr Nabl in Idlib province on Monday.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, r.subEventType());
        assertEquals("geonames:168661", r.location().gazetteerId());
    }

    @Test
    void villageWithItsQualifierInEnglish_isTheVillageWithTheArabicQualifier() {
        // the gazetteer knows "Shuyukh Fawqani"; news writes "Upper Shuyukh"
        Location l = place("Drones struck a post in Upper Shuyukh village in Aleppo province on Monday.");
        assertEquals("sup:shuyukh-fawqani", l.gazetteerId());
        assertEquals(1, l.geoPrecision());
    }

    @Test
    void countryEntered_isTheWayIn_theMovementsDestinationIsThePlace() {
        Location l = place("A Turkish army convoy of forty vehicles entered Syria via Bab al-Salama crossing, and headed to "
                + "its positions in Afrin on Monday.");
        assertEquals("geonames:174186", l.gazetteerId());
    }

    @Test
    void theAreaOfATown_isNearTheTown() {
        // "X area" had been placed as X itself, at precision 1
        Location l = place("US drones struck a car in the Shadadah area in Hasakah province on Monday.");
        assertEquals("geonames:172837", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void qualifierBeforeANameKnownBare_staysWithTheName() {
        // "Buqrus" alone is an alias of Buqrus Tahtani: "Lower" had been spotted as a place of its own after "in"
        Location l = place("Gunmen shelled a regime post in Lower Buqrus town in Deir ez-Zor countryside on Monday.");
        assertEquals("sup:buqrus-tahtani", l.gazetteerId());
    }

    @Test
    void compassQualifierOfAKnownCity_isAPartOfTheCity() {
        Location l = place("Russian jets pounded Eastern Aleppo on Monday.");
        assertEquals("geonames:170063", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }
}
