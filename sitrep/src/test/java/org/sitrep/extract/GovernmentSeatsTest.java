package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;
import org.sitrep.model.SectionKind;

class GovernmentSeatsTest {
    private final GovernmentSeats seats = new GovernmentSeats(ExtractLexicons.get().triggers(),
            ExtractLexicons.get().modality(), ExtractLexicons.get().government());

    /** The reading of the first occurrence of {@code name} in {@code sentence}. */
    private GovernmentSeats.Reading reading(String sentence, String name) {
        List<Token> toks = Tokenizer.tokenize(sentence, 0, sentence.length());
        int at = sentence.indexOf(name);
        int[] r = NameSpotter.tokenRange(toks, at, at + name.length());
        return seats.read(toks, r[0], r[1]);
    }

    /** A stage whose gazetteer knows the capitals, as the real one does. */
    private static List<Report> extract(String sentence) {
        ExtractStage stage = new ExtractStage(Fixtures.lexicon("SDF", "YPG", "Nusra"),
                Fixtures.lexicon("Moscow", "Damascus", "Ankara", "Washington", "Tehran", "Tel Aviv", "Raqqa",
                        "Kobani", "Idlib", "Hama"));
        return stage.extract(Fixtures.doc(SectionKind.BODY, sentence));
    }

    private static Report only(List<Report> rs) {
        assertEquals(1, rs.size(), () -> "expected one report, got " + rs);
        return rs.get(0);
    }

    private static List<String> names(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::name).toList();
    }

    @Test
    void read_subjectOfSpeechOrStanceVerb_source() {
        assertEquals(GovernmentSeats.Reading.SOURCE, reading("Moscow denied that its jets struck the town.", "Moscow"));
        assertEquals(GovernmentSeats.Reading.SOURCE, reading("Washington said the raid hit a depot.", "Washington"));
        assertEquals(GovernmentSeats.Reading.SOURCE, reading("Washington on Monday condemned the raid.", "Washington"));
        assertEquals(GovernmentSeats.Reading.SOURCE, reading("Ankara has warned the militia again.", "Ankara"));
        assertEquals(GovernmentSeats.Reading.SOURCE, reading("Moscow, for its part, denied it.", "Moscow"));
        assertEquals(GovernmentSeats.Reading.SOURCE,
                reading("Fighters said jets had bombed them, a charge Moscow denied.", "Moscow"));
        assertEquals(GovernmentSeats.Reading.SOURCE, reading("Rebels shelled the road, and Tel Aviv warned them.",
                "Tel Aviv"));
    }

    @Test
    void read_subjectOfActionVerbOrAccusedOf_actor() {
        assertEquals(GovernmentSeats.Reading.ACTOR, reading("Tehran backs the militias.", "Tehran"));
        assertEquals(GovernmentSeats.Reading.ACTOR, reading("Ankara sent tanks across the border.", "Ankara"));
        assertEquals(GovernmentSeats.Reading.ACTOR, reading("Damascus accused Ankara of shelling Kobani.", "Ankara"));
        assertEquals(GovernmentSeats.Reading.ACTOR, reading("Officials blamed Moscow for the raid.", "Moscow"));
        assertEquals(GovernmentSeats.Reading.ACTOR, reading("Damascus on Sunday shelled the hills.", "Damascus"));
    }

    @Test
    void read_locativesAndPossessives_place() {
        assertEquals(GovernmentSeats.Reading.PLACE, reading("A car bomb in Damascus killed 12 people.", "Damascus"));
        assertEquals(GovernmentSeats.Reading.PLACE, reading("Jets struck near Damascus on Monday.", "Damascus"));
        assertEquals(GovernmentSeats.Reading.PLACE, reading("Shells hit Damascus's southern suburbs.", "Damascus"));
        assertEquals(GovernmentSeats.Reading.PLACE, reading("Rebels shelled the Damascus countryside.", "Damascus"));
        assertEquals(GovernmentSeats.Reading.PLACE, reading("Damascus was hit by mortar fire.", "Damascus"));
        assertEquals(GovernmentSeats.Reading.PLACE, reading("The report Damascus shelled was false.", "Damascus"));
        assertEquals(GovernmentSeats.Reading.PLACE, reading("Mortar shells hit Damascus on Sunday.", "Damascus"));
        // not a seat of government at all
        assertEquals(GovernmentSeats.Reading.PLACE, reading("Raqqa said nothing.", "Raqqa"));
    }

    @Test
    void extract_capitalDeniesStrike_placeIsNotTheCapital() {
        Report r = only(extract("Moscow denied that its jets struck SDF positions on Saturday."));
        assertNull(r.location());
        assertEquals(List.of("Moscow"), r.attribution().stream().map(a -> a.name()).toList());
        assertFalse(names(r.actor1()).contains("Moscow"));
    }

    @Test
    void extract_capitalAccusedOfShelling_actorNotPlace() {
        Report r = only(extract("Damascus accused Ankara of shelling border villages on Monday."));
        assertNull(r.location());
        assertEquals(List.of("Ankara"), names(r.actor1()));
        assertEquals(List.of("Damascus"), r.attribution().stream().map(a -> a.name()).toList());
    }

    @Test
    void extract_capitalLaunchesStrikeElsewhere_actorAndRealPlace() {
        Report r = only(extract("Moscow launched cruise missiles at rebel targets in Idlib."));
        assertEquals(List.of("Moscow"), names(r.actor1()));
        assertEquals("Idlib", r.location().mention().text());
    }

    @Test
    void extract_capitalCondemnsStrike_neitherPlaceNorActor() {
        Report r = only(extract("Washington on Monday condemned the airstrike that killed 12 civilians."));
        assertNull(r.location());
        assertTrue(r.actor1().isEmpty(), () -> "actor1 " + r.actor1());
    }

    @Test
    void extract_trueLocatives_capitalStaysThePlace() {
        assertEquals("Damascus", only(extract("A car bomb exploded in Damascus, killing 12 people."))
                .location().mention().text());
        assertEquals("Damascus", only(extract("Jets struck near Damascus, killing five.")).location().mention().text());
        assertEquals("Damascus countryside", only(extract("Rebels shelled the Damascus countryside."))
                .location().mention().text());
        assertEquals("Damascus", only(extract("Mortar shells hit Damascus on Sunday.")).location().mention().text());
    }
}
