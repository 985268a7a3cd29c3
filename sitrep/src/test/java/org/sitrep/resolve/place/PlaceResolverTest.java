package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Candidate;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

class PlaceResolverTest {
    private final PlaceResolver resolver = new PlaceResolver();
    private final Toponyms toponyms = new Toponyms();

    /** Resolves the first occurrence of {@code name} in {@code text}, with every toponym of the text as context. */
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
    void resolve_soranWithDistanceToAzaz_picksAleppoSoran() {
        Location loc = resolveIn("Fighters attacked Soran, nearly 10 km from Azaz, at dawn.", "Soran");
        assertEquals("geonames:163913", loc.gazetteerId(), loc.candidates().toString());
        assertEquals("SY", loc.country());
        assertEquals(1, loc.geoPrecision());
    }

    @Test
    void resolve_settlementWordAfterTheName_resolvesTheSettlement() {
        // regression: "recapture Soran town" came out with no candidates at all
        Location loc = resolveIn("Rebels tried to recapture Soran town, nearly 10 km from Azaz.", "Soran town");
        assertEquals("geonames:163913", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_soranNorthOfHama_picksHamaSuran() {
        Location loc = resolveIn("Shelling hit Soran, north of Hama, in the evening.", "Soran");
        assertEquals("geonames:163915", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_soranInHamaCountryside_picksHamaSuran() {
        Location loc = resolveIn("Clashes went on around Soran in the northern Hama countryside.", "Soran");
        assertEquals("geonames:163915", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_soranWithoutContext_staysUnresolvedWithBothCandidates() {
        Location loc = resolveIn("Clashes were reported in Soran.", "Soran");
        assertFalse(loc.resolved());
        assertNull(loc.geoPrecision());
        List<String> ids = loc.candidates().stream().map(Candidate::gazetteerId).toList();
        assertTrue(ids.contains("geonames:163913") && ids.contains("geonames:163915"), ids.toString());
    }

    @Test
    void resolve_unknownVillage_unresolvedNoCandidates() {
        Location loc = resolveIn("A strike hit Qwxzv Plorb overnight.", "Qwxzv Plorb");
        assertFalse(loc.resolved());
        assertTrue(loc.candidates().isEmpty());
    }

    @Test
    void resolve_romanisedCity_resolvesAtPrecisionOne() {
        Location loc = resolveIn("Aircraft struck Deir Ezzor on Tuesday.", "Deir Ezzor");
        assertEquals("geonames:170794", loc.gazetteerId());
        assertEquals(1, loc.geoPrecision());
        assertEquals("SY", loc.country());
    }

    @Test
    void resolve_nearTown_precisionTwo() {
        Location loc = resolveIn("Clashes broke out near Khanasser late on Friday.", "Khanasser");
        assertEquals("geonames:168351", loc.gazetteerId());
        assertEquals(2, loc.geoPrecision());
    }

    @Test
    void resolve_governorate_precisionThreeAtCentroid() {
        Location loc = resolveIn("Raids continued across the Idlib Governorate.", "Idlib");
        assertEquals("ne:SY-ID", loc.gazetteerId());
        assertEquals(3, loc.geoPrecision());
    }

    @Test
    void resolve_namedRoad_precisionTwo() {
        Location loc = resolveIn("Militants cut the Khanasser highway for a second day.", "Khanasser highway");
        assertEquals("road:khanasser", loc.gazetteerId());
        assertEquals(2, loc.geoPrecision());
    }

    @Test
    void resolve_roadWithNamedSegment_placedAtThatWaypoint() {
        Location loc = resolveIn("The Khanasser road was cut at Ithriyah.", "Khanasser road");
        assertEquals("road:khanasser", loc.gazetteerId());
        assertEquals(35.3692, loc.lat(), 1e-3);
    }

    @Test
    void resolve_supplyLine_takesTheRoadTheDocumentNames() {
        String text = "Troops held the Khanasser road. Later the militants cut the supply line again.";
        int at = text.indexOf("the supply line");
        Mention m = Mention.of("the supply line", at, at + "the supply line".length());
        Location loc = resolver.resolve(Location.unresolved(m), new PlaceContext(text, List.of(m), null));
        assertEquals("road:khanasser", loc.gazetteerId());
        assertEquals(2, loc.geoPrecision());
    }

    @Test
    void resolve_theRoad_takesTheRoadTheDocumentDescribesByItsTowns() {
        // the road is never named, only told by the towns it runs through, after "the road" is cut
        String text = "Fighters said the road was cut on Friday. The road, which runs from Salamiyah through Ithriyah "
                + "and Khanasser, is the army's only way into the city.";
        Location loc = resolver.resolve(Location.unresolved(mention(text, "the road", 0)),
                new PlaceContext(text, List.of(mention(text, "the road", 0), mention(text, "Salamiyah", 0),
                        mention(text, "Ithriyah", 0), mention(text, "Khanasser", 0)), null));
        assertEquals("road:khanasser", loc.gazetteerId());
    }

    @Test
    void resolve_theRoadWithOneTownNearby_unresolved() {
        String text = "Fighters said the road was cut on Friday near Ithriyah.";
        Location loc = resolver.resolve(Location.unresolved(mention(text, "the road", 0)),
                new PlaceContext(text, List.of(mention(text, "the road", 0), mention(text, "Ithriyah", 0)), null));
        assertFalse(loc.resolved());
    }

    private static Mention mention(String text, String words, int from) {
        int at = text.indexOf(words, from);
        return Mention.of(words, at, at + words.length());
    }

    @Test
    void resolve_supplyLineWithoutNamedRoad_unresolved() {
        String text = "The militants cut the supply line again.";
        Mention m = Mention.of("the supply line", 18, 33);
        assertFalse(resolver.resolve(Location.unresolved(m), PlaceContext.ofSentence(text)).resolved());
    }

    @Test
    void resolve_airbase_fromSupplement() {
        Location loc = resolveIn("Jets took off from Kuweires airbase.", "Kuweires airbase");
        assertEquals("sup:kuweires-airbase", loc.gazetteerId());
    }

    @Test
    void resolve_resolvedLocation_returnedUnchanged() {
        Location done = new Location("X", Mention.of("X", 0, 1), 1.0, 2.0, 1, "id", null, "SY", List.of());
        assertEquals(done, resolver.resolve(done, PlaceContext.ofSentence("X")));
    }

    @Test
    void resolve_concurrentCalls_sameAnswers() throws Exception {
        String text = "Fighters attacked Soran, nearly 10 km from Azaz, at dawn.";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> resolveIn(text, "Soran").gazetteerId()));
            }
            for (Future<String> f : fs) {
                assertEquals("geonames:163913", f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void contextConstructor_evidenceBeyondText_rejected() {
        try {
            new PlaceContext("short", List.of(), new Span(0, 99));
        } catch (IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("accepted an evidence span beyond the text");
    }

    @Test
    void resolve_countryName_isTheCountryNotAVillage() {
        Location loc = resolveIn("Israel said it had no part in the talks.", "Israel");
        assertEquals("country:IL", loc.gazetteerId(), loc.candidates().toString());
        assertEquals(3, loc.geoPrecision());
    }

    @Test
    void resolve_foreignCapital_resolvedAbroadNotToALevantNamesake() {
        Location loc = resolveIn("Officials in Moscow denied the report.", "Moscow");
        assertEquals("geonames:524901", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_cityFarBiggerThanItsNamesake_resolvedToTheCity() {
        Location loc = resolveIn("Fans gathered in Paris before the final.", "Paris");
        assertEquals("geonames:2988507", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_smallNamesakeTiedDownByATownNearIt_notTheBigCity() {
        Location loc = resolveAmong("Students from Pullman drove over to Moscow for the concert.", "Moscow",
                "Pullman");
        assertTrue(!loc.resolved() || "geonames:5601538".equals(loc.gazetteerId()), loc.toString());
    }

    @Test
    void resolve_namesakesCountryNamedInTheDocument_notTheBigCity() {
        // Texas names no town near Paris, Texas, but a place of the namesake's country makes it a live reading
        String text = "Storms flooded the roads around Paris. Texas officials opened two shelters.";
        assertEquals("FR", resolveAmong(text, "Paris").country()); // Texas not tagged: nothing points abroad
        Location loc = resolveAmong(text, "Paris", "Texas");
        assertFalse(loc.resolved() && "FR".equals(loc.country()), loc.toString());
    }

    @Test
    void resolve_capitalOfTheNamesakesCountryNamed_stillTheBigCity() {
        // Washington speaks for the US government here, not of Idaho's ground
        Location loc = resolveAmong("Washington and Moscow traded warnings over the talks.", "Moscow", "Washington");
        assertEquals("geonames:524901", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_documentNamingPlacesTooSmallToKnow_notTheBigCity() {
        // a text about places the gazetteer lacks (an invented hamlet here) is local news: any Dublin may be meant
        String text = "The school board of Dublin met the farmers of Quillerbrook on Tuesday.";
        assertEquals("IE", resolveAmong(text, "Dublin").country()); // the hamlet not tagged: Ireland's capital
        Location loc = resolveAmong(text, "Dublin", "Quillerbrook");
        assertFalse(loc.resolved() && "IE".equals(loc.country()), loc.toString());
    }

    @Test
    void resolve_cityOnlyFiveTimesItsNamesake_staysUnresolved() {
        // Athens in Georgia (US) has a fifth of the people of Greece's capital: too close to choose without context
        Location loc = resolveIn("Crowds filled the streets of Athens on Sunday.", "Athens");
        assertFalse(loc.resolved(), loc.toString());
        assertTrue(loc.candidates().size() >= 2, loc.candidates().toString());
    }

    /**
     * Resolves {@code name} with {@code others} as the text's other mentions, as a tagger finds them: towns abroad
     * under a million and admin-1 units abroad are not spotted in running text.
     */
    private static Location resolveAmong(String text, String name, String... others) {
        List<Mention> all = new ArrayList<>();
        for (String o : others) {
            all.add(Mention.of(o, text.indexOf(o), text.indexOf(o) + o.length()));
        }
        Mention m = Mention.of(name, text.indexOf(name), text.indexOf(name) + name.length());
        all.add(m);
        return new PlaceResolver().resolve(Location.unresolved(m), new PlaceContext(text, all, null));
    }

    @Test
    void resolve_looseSpellingOfForeignName_noLevantAnswer() {
        // "Newark" is one consonant from "New York" and close to Levant names: it must not land anywhere
        Location loc = resolveIn("Police in Newark arrested two men on Monday.", "Newark");
        assertTrue(!loc.resolved() || !"SY TR IQ LB JO IL PS".contains(loc.country()), loc.toString());
        assertTrue(!loc.resolved() || "geonames:5101798".equals(loc.gazetteerId()), loc.toString());
    }

    @Test
    void resolve_demonym_unresolvedNotAVillage() {
        Location loc = resolveIn("Syrians queued for bread in the cold.", "Syrians");
        assertFalse(loc.resolved(), loc.toString());
    }

    @Test
    void resolve_looseMatchWithoutLevantCue_unresolvedWithCandidates() {
        // a near-spelling of a Turkish town in a text with nothing of the Levant in it
        Location loc = resolveIn("Gareer council voted on the new park budget.", "Gareer");
        assertFalse(loc.resolved(), loc.toString());
        assertFalse(loc.candidates().isEmpty());
    }

    @Test
    void resolve_sameLooseMatchWithLevantCue_stillNeedsMatchAsWritten() {
        // with Aleppo named, a town listed under the name as written resolves
        Location loc = resolveIn("Shelling hit Jisr al-Shughur and Aleppo overnight.", "Jisr al-Shughur");
        assertEquals("geonames:169023", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_cityAndItsNamesakeUnit_notRivals() {
        Location loc = resolveIn("Clashes broke out in Jerusalem on Friday.", "Jerusalem");
        assertEquals("geonames:281184", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_closeSpellingBeatsLooseOne() {
        // "Salkhad" is listed as written for the Suwayda town; "Şalākhid" is only alike
        Location loc = resolveIn("Demonstrators marched in Salkhad and As-Suwayda.", "Salkhad");
        assertEquals("geonames:164917", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_roadWithAmbiguousSegmentName_placedAtThatSegment() {
        // "Ariha" is also Jericho's Arabic name; as an M4 waypoint it still picks the segment
        Location loc = resolveIn("Patrols along the M4 highway stopped at Ariha.", "M4 highway");
        assertEquals("road:m4", loc.gazetteerId());
        assertEquals(35.81374, loc.lat(), 1e-4);
    }

    @Test
    void resolve_unknownQuarterOfACity_placedAtTheCityNotAtAForeignNamesake() {
        // a town of Iraq is named alike; a district is no governorate, and "of Aleppo" holds the quarter
        Location of = resolveIn("Rockets fell on the Hamdaniyah district of Aleppo on Monday.", "Hamdaniyah district");
        assertEquals("SY", of.country(), of.candidates().toString());
        assertEquals("Aleppo", of.name());
        assertEquals(2, of.geoPrecision());
        // the same quarter with the city named elsewhere in the sentence
        Location said = resolveIn("Residents of Aleppo said rockets hit the Hamdaniyah district on Tuesday.",
                "Hamdaniyah district");
        assertEquals("SY", said.country(), said.candidates().toString());
        assertEquals(2, said.geoPrecision());
        // a quarter the gazetteer knows, no longer read as the Iraqi governorate spelt alike
        Location known = resolveIn("Clashes erupted in the Salaheddine district of Aleppo.", "Salaheddine district");
        assertEquals("sup:aleppo-salaheddine", known.gazetteerId(), known.candidates().toString());
    }

    @Test
    void resolve_unknownNameOfACityAndAnArticledWord_aPartOfTheCity() {
        // Daraa (a governorate's seat) and a quarter the gazetteer lacks: the city, at precision 2, the name kept
        Location loc = resolveIn("Rocket shells fell on houses in Daraa al-Mahatta on Monday.", "Daraa al-Mahatta");
        assertEquals("SY", loc.country(), loc.candidates().toString());
        assertEquals("Daraa al-Mahatta", loc.name());
        assertEquals(2, loc.geoPrecision());
        // "Khan" is no city: a village of a longer name stays unknown rather than placed at a namesake
        assertNull(resolveIn("Gunmen attacked a checkpoint in Khan al-Sabeel on Monday.", "Khan al-Sabeel").lat());
    }

    @Test
    void resolve_countryAsThePartyThatSpeaks_noCueForItsNamesake() {
        // Turkey's defence ministry speaks; the town is Syria's Ras al-Ain, not Ceylanpinar across the border
        Location loc = resolveIn("A car bomb exploded in the town of Ras al-Ain on Thursday, killing six people, "
                + "according to Turkey's defence ministry.", "Ras al-Ain");
        assertEquals("SY", loc.country(), loc.candidates().toString());
    }

    @Test
    void resolve_districtOfSyriaNamedAsSuch_stillTheUnitAtItsSeat() {
        Location loc = resolveIn("Reinforcements arrived at Tell Abiad district on Monday.", "Tell Abiad district");
        assertEquals("SY", loc.country(), loc.candidates().toString());
        assertEquals(2, loc.geoPrecision());
    }

    @Test
    void resolve_quarterNamedWithDistrict_staysTheQuarter() {
        Location loc = resolveIn("Barrel bombs hit the Hanano district of Aleppo.", "Hanano");
        assertEquals("sup:aleppo-hanano", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_countryNamedInSentence_picksItsNamesake() {
        Location loc = resolveIn("Families from Homs settled in Tripoli in northern Lebanon.", "Tripoli");
        assertEquals("geonames:266826", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_sameForeignNameWithoutContext_unresolvedWithBothReadings() {
        Location loc = resolveIn("Delegations arrived in Tripoli on Monday.", "Tripoli");
        assertFalse(loc.resolved(), loc.toString());
        List<String> ids = loc.candidates().stream().map(Candidate::gazetteerId).toList();
        assertTrue(ids.contains("geonames:266826") && ids.contains("geonames:2210247"), ids.toString());
    }

    @Test
    void resolve_relativeCue_placesTheNameBeforeItOnly() {
        // "near Dayr Hafir" describes the clashes, not Aleppo; "east of Aleppo" describes Dayr Hafir
        Location loc = resolveIn("Clashes broke out near Dayr Hafir east of Aleppo.", "Aleppo");
        assertEquals("geonames:170063", loc.gazetteerId(), loc.candidates().toString());
    }

    @Test
    void resolve_coLocatedAmbiguousNames_backEachOther() {
        // both names also denote places in Jordan; only the Syrian readings lie next to each other
        Location loc = resolveIn("Tribal fighters took control of al-Busayrah and Dhiban.", "Dhiban");
        assertEquals("geonames:170691", loc.gazetteerId(), loc.candidates().toString());
    }

    /** Resolves the first toponym of the text the spotter finds at {@code name}. */
    private Location spotted(String text, String name) {
        Location loc = resolveIn(text, name);
        assertTrue(loc.resolved(), text + " -> " + loc.candidates());
        return loc;
    }

    @Test
    void resolve_compassWordBeforeCity_partOfItsAreaAtPrecisionTwo() {
        Location loc = spotted("Rebels shelled army positions in east Hama on Monday.", "Hama");
        assertEquals("geonames:170017", loc.gazetteerId());
        assertEquals(2, loc.geoPrecision());
        assertEquals(2, spotted("Troops advanced in southern Raqqa overnight.", "Raqqa").geoPrecision());
        assertEquals(2, spotted("Air strikes hit north-eastern Aleppo again.", "Aleppo").geoPrecision());
    }

    @Test
    void resolve_ruralOrOutskirtsAroundCity_precisionTwo() {
        assertEquals(2, spotted("Two shells fell in rural Idlib at noon.", "Idlib").geoPrecision());
        assertEquals(2, spotted("Fighting flared on the outskirts of Idlib.", "Idlib").geoPrecision());
    }

    @Test
    void resolve_countrysideReadAsTheGovernorate_precisionThreeAtTheSeat() {
        // the governorate reading keeps precision 3 (linking reads it as "anywhere in the province"), at the seat
        Location loc = spotted("Clashes broke out in the eastern Hama countryside at dawn.", "Hama");
        assertEquals("ne:SY-HM", loc.gazetteerId(), loc.toString());
        assertEquals(3, loc.geoPrecision(), loc.toString());
        assertEquals(35.13179, loc.lat(), 1e-4);
        assertEquals(36.75783, loc.lon(), 1e-4);
        assertEquals(3, spotted("Militants were seen in the countryside of Idlib yesterday.", "Idlib").geoPrecision());
    }

    @Test
    void resolve_plainCityOrProvince_precisionUnchanged() {
        assertEquals(1, spotted("Rebels shelled army positions in Hama on Monday.", "Hama").geoPrecision());
        assertEquals(3, spotted("Rebels shelled army positions across Hama province on Monday.", "Hama")
                .geoPrecision());
        // the compass word belongs to another phrase: "east" of "the east" ends a clause before the name
        assertEquals(1, spotted("The convoy drove east. Hama was quiet on Monday.", "Hama").geoPrecision());
    }

    @Test
    void subdistrictSpellingOfItsSeat_vouchesForTheTown_overANearNamesakeAbroad() {
        // "Sidnaya" is how the subdistrict is spelt; the town is "Saydnaya" in the gazetteer and "Sidon" is one vowel
        // and an ending away: the unit's exact name makes its seat the reading
        Location l = resolveIn("A detainee was killed in Sidnaya on Monday.", "Sidnaya");
        assertEquals("geonames:164717", l.gazetteerId());
        assertEquals(1, l.geoPrecision());
    }
}
