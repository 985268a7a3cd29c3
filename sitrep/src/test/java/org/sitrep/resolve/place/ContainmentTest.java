package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;

/** A place named with what holds it, and districts/subdistricts as areas (all sentences written by us). */
class ContainmentTest {
    private final PlaceResolver resolver = new PlaceResolver();
    private final Toponyms toponyms = new Toponyms();

    private Location resolveIn(String text, String name) {
        int at = text.indexOf(name);
        Mention m = Mention.of(name, at, at + name.length());
        List<Mention> all = new ArrayList<>(toponyms.mentions(text));
        if (all.stream().noneMatch(x -> x.span().equals(m.span()))) {
            all.add(m);
        }
        return resolver.resolve(Location.unresolved(m), new PlaceContext(text, all, null));
    }

    @Test
    void unknownVillageInAGovernoratesCountryside_placedAtTheGovernorateKeepingItsName() {
        Location loc = resolveIn("Artillery hit Zqrtawiya village in Idleb countryside at dawn.", "Zqrtawiya village");
        assertEquals("ne:SY-ID", loc.gazetteerId(), loc.toString());
        assertEquals(3, loc.geoPrecision());
        assertEquals("Zqrtawiya village", loc.mention().text());
    }

    @Test
    void unknownVillageWithCommaAndProvince_placedAtTheProvince() {
        Location loc = resolveIn("Drones struck Zqrtawiya, Hama province, on Monday.", "Zqrtawiya");
        assertEquals("ne:SY-HM", loc.gazetteerId(), loc.toString());
    }

    @Test
    void unknownVillageInTheCountrysideOfATown_placedAtTheTownsArea() {
        Location loc = resolveIn("A mine exploded in Zqrtawiya in the countryside of Tadmor.", "Zqrtawiya");
        assertTrue(loc.resolved(), loc.toString());
        assertEquals(2, loc.geoPrecision());
        assertTrue(org.sitrep.knowledge.places.Geo.km(loc.lat(), loc.lon(), 34.56, 38.28) < 60, loc.toString());
    }

    @Test
    void readingsOutsideTheNamedGovernorate_dropOut() {
        // "Daraa" is also the name of its governorate; a reading in another province is another place
        Location loc = resolveIn("Shells fell on Kafr Zita town in Hama countryside.", "Kafr Zita town");
        assertEquals("geonames:168620", loc.gazetteerId(), loc.toString());
    }

    @Test
    void unknownTownAbroadWithItsAdmin1InBrackets_placedAtTheUnitKeepingItsName() {
        Location loc = resolveIn("Farmers protested in Zorbakov (Kaduna) on Monday.", "Zorbakov");
        assertEquals("ne:NG-KD", loc.gazetteerId(), loc.toString());
        assertEquals(3, loc.geoPrecision());
        assertEquals("Zorbakov", loc.mention().text());
        // with its district first: the unit after it still holds it
        assertEquals("ne:NG-KD", resolveIn("Gunmen raided Zorbakov town (Kajuru, Kaduna) at night.", "Zorbakov town")
                .gazetteerId());
        // three containers, the last one known
        assertEquals("ne:CD-NK", resolveIn("Soldiers clashed with rebels in Zorbakov (Bwisha, Rutshuru, Nord-Kivu).",
                "Zorbakov").gazetteerId());
    }

    @Test
    void knownTownAbroadWithItsUnit_theNamesakeInTheUnitsCountry() {
        // Granada in Spain, not in Nicaragua; London in England, not in Ontario
        assertEquals("geonames:2517117",
                resolveIn("Citizens protested in Granada (Andalucia) on Monday.", "Granada").gazetteerId());
        assertEquals("geonames:2643743",
                resolveIn("Activists marched in London (England) on Saturday.", "London").gazetteerId());
    }

    @Test
    void unitNameAbroadThatSaysTooLittle_placesNoUnknownTown() {
        // Granada is a province of Spain and a department of Nicaragua; Andalucia is eight provinces
        assertFalse(resolveIn("Farmers protested in Zorbakov (Granada) on Monday.", "Zorbakov").resolved());
        assertFalse(resolveIn("Farmers protested in Zorbakov (Andalucia) on Monday.", "Zorbakov").resolved());
    }

    @Test
    void aListIsNoContainer() {
        // regression: "Kobani, Al-Hasakah and ..." put Kobani in Hasakah governorate
        Location loc = resolveIn("Strikes helped the YPG in Kobani, Al-Hasakah and Al-Raqqa outskirts.", "Kobani");
        assertEquals("geonames:172256", loc.gazetteerId(), loc.toString());
    }

    @Test
    void aMonthIsNoContainer() {
        // regression: "in March" read as a town named like Maraş
        Location loc = resolveIn("The uprising began in Daraa in March 2011.", "Daraa");
        assertEquals("geonames:170905", loc.gazetteerId(), loc.toString());
    }

    @Test
    void townWinsOverTheSubdistrictNamedAfterIt() {
        Location loc = resolveIn("US patrols were seen on the outskirts of Menbij on Friday.", "Menbij");
        assertEquals("geonames:167357", loc.gazetteerId(), loc.toString());
        assertEquals(2, loc.geoPrecision());
    }

    @Test
    void countrysideOfADistrictSeat_isTheDistrictArea() {
        Location loc = resolveIn("IS cells attacked a convoy in the Menbij countryside.", "Menbij countryside");
        assertTrue(loc.gazetteerId().startsWith("ocha:"), loc.toString());
        assertEquals(2, loc.geoPrecision());
    }

    @Test
    void curatedRegionsAndVillages_resolve() {
        assertEquals("sup:eastern-ghouta", resolveIn("Barrel bombs fell on Eastern Ghouta.", "Eastern Ghouta")
                .gazetteerId());
        assertEquals("sup:al-fuah", resolveIn("Buses left the besieged towns of Foua and Kafraya.", "Foua")
                .gazetteerId());
        assertEquals("sup:kafriya", resolveIn("Buses left the besieged towns of Foua and Kefraya.", "Kefraya")
                .gazetteerId());
    }

    @Test
    void supplyLineToATown_eventPlaceIsTheRoadTheDocumentNames() {
        String text = "IS cut the supply line to Aleppo city overnight. The Khanasser road stayed closed.";
        int at = text.indexOf("Aleppo city");
        Mention m = Mention.of("Aleppo city", at, at + 11);
        PlaceContext ctx = new PlaceContext(text, toponyms.mentions(text), null);
        assertEquals("road:khanasser", resolver.routeTo(m, ctx).orElseThrow().gazetteerId());
        // the toponym itself still denotes the town; with no road named there is no route reading
        assertEquals("geonames:170063", resolveIn(text, "Aleppo city").gazetteerId());
        String bare = "IS cut the road to Aleppo overnight.";
        int b = bare.indexOf("Aleppo");
        assertTrue(resolver.routeTo(Mention.of("Aleppo", b, b + 6), new PlaceContext(bare, List.of(), null)).isEmpty());
    }
}
