package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;

/**
 * Issue #4 "Actors" through the whole engine, on sentences we wrote: aliases in other languages and scripts,
 * renamings by date, generic mentions, "the coalition" and "government forces" by context, anachronism flags.
 */
class ActorDisambiguationTest {
    private static Report only(LocalDate published, String body) {
        return AcceptanceDocs.onlyEvent(published, body);
    }

    private static ActorRef first(List<ActorRef> refs) {
        assertFalse(refs.isEmpty(), "no actor");
        return refs.get(0);
    }

    private static boolean flagged(Report r, String start) {
        return r.flags().stream().anyMatch(f -> f.startsWith(start));
    }

    @Test
    void sdfAcronymsAndArabicScript_allResolveToTheSdf() {
        for (String name : List.of("SDF", "QSD", "HSD", "قسد")) {
            Report r = only(LocalDate.of(2017, 3, 10), "Fighters of " + name + " shelled IS positions near Raqqa on Tuesday.");
            ActorRef a = first(r.actor1());
            assertEquals("syrian-democratic-forces", a.id(), name);
            assertEquals(2, a.category(), name);
            assertEquals("islamic-state", first(r.actor2()).id(), name);
        }
    }

    @Test
    void jfsName_afterRenaming_isNusraWithoutFlag_beforeRenaming_flagged() {
        String s = "Jabhat Fateh al-Sham fighters attacked an army post near Idlib on Monday.";
        Report after = only(LocalDate.of(2016, 9, 10), s);
        assertEquals("jabhat-al-nusra", first(after.actor1()).id());
        assertFalse(flagged(after, "anachronism:"), after.flags()::toString);
        Report before = only(LocalDate.of(2016, 5, 10), s);
        assertTrue(flagged(before, "anachronism:"), before.flags()::toString);
    }

    @Test
    void isisName_beforeApril2013_flagged_afterwardsNot() {
        String s = "ISIS fighters attacked an army post near Raqqa on Monday.";
        assertTrue(flagged(only(LocalDate.of(2012, 11, 20), s), "anachronism:"));
        Report later = only(LocalDate.of(2013, 6, 20), s);
        assertFalse(flagged(later, "anachronism:"), later.flags()::toString);
        assertEquals("islamic-state", first(later.actor1()).id());
    }

    @Test
    void theCoalitionInSyria_usLed_flaggedBeforeItsSyrianCampaign() {
        String s = "The coalition bombed IS positions near Raqqa on Monday.";
        Report early = only(LocalDate.of(2014, 6, 20), s);
        assertEquals("us-led-coalition", first(early.actor1()).id());
        assertTrue(early.flags().stream().anyMatch(f -> f.startsWith("anachronism:") && f.contains("2014-09-23")),
                early.flags()::toString);
        Report later = only(LocalDate.of(2015, 6, 20), s);
        assertFalse(flagged(later, "anachronism:"), later.flags()::toString);
    }

    @Test
    void governmentForces_whoseGovernmentFollowsThePlaces() {
        Report syria = only(LocalDate.of(2016, 6, 20), "Government forces shelled rebel positions near Hama on Monday.");
        assertEquals("syrian-armed-forces", first(syria.actor1()).id());
        Report iraq = only(LocalDate.of(2016, 6, 20),
                "Government forces shelled IS positions near Mosul and Tikrit on Monday.");
        assertEquals("iraqi-security-forces", first(iraq.actor1()).id());
    }

    @Test
    void genericMentions_resolveToACategoryWithoutInventingAnActor() {
        Report r = only(LocalDate.of(2016, 6, 20), "Rebels shelled army positions south of Aleppo on Monday.");
        ActorRef rebels = first(r.actor1());
        assertNull(rebels.id());
        assertEquals(2, rebels.category());
        Report c = only(LocalDate.of(2016, 6, 20), "Helicopters dropped barrel bombs on Idlib, killing nine civilians.");
        assertEquals(7, first(c.actor2()).category(), "civilian victims are ACLED category 7");
    }

    @Test
    void isAsVerbBesideIsAsGroup_onlyTheGroupBecomesAnActor() {
        Report r = only(LocalDate.of(2016, 6, 20),
                "The road to Palmyra is closed after IS fighters shelled an army post near the town on Monday.");
        assertEquals(List.of("islamic-state"), r.actor1().stream().map(ActorRef::id).toList());
    }

    @Test
    void theGovernmentAndCountryGovernments_resolveThroughTheEngine() {
        Report gov = only(LocalDate.of(2016, 6, 20), "The regime shelled the town of Douma near Damascus on Monday.");
        assertEquals("syrian-armed-forces", first(gov.actor1()).id());
        Report iraqi = only(LocalDate.of(2016, 6, 20), "Iraqi government forces shelled IS positions near Hama on Monday.");
        assertEquals("iraqi-security-forces", first(iraqi.actor1()).id());
    }

    @Test
    void jihadistsAfterASentenceNamingOneGroup_areThatGroup_militantsAloneOnlyACategory() {
        String body = "Ahrar al-Sham commanders met in Idlib on Sunday. "
                + "The jihadists attacked an army post near Idlib on Monday.";
        Report led = AcceptanceDocs.events(AcceptanceDocs.process(LocalDate.of(2016, 6, 20), body)).stream()
                .filter(r -> r.evidence().text().contains("jihadists")).findFirst().orElseThrow();
        assertEquals("ahrar-al-sham", first(led.actor1()).id());
        Report alone = only(LocalDate.of(2016, 6, 20), "Militants attacked an army post near Idlib on Monday.");
        assertNull(first(alone.actor1()).id());
        assertEquals(2, first(alone.actor1()).category());
    }

    @Test
    void fightersLedByTheSideThatActs_areNeverItsTarget() {
        // "HTS led jihadists" resolves to HTS as the group leading them; read as the offensive's object it had made
        // HTS attack itself
        Report r = only(LocalDate.of(2017, 10, 1), "The army faced a large offensive carried out by Hayat Tahrir "
                + "al-Sham (al-Qaeda) led jihadists moving from Idlib to attack government forces near Hama on Monday.");
        assertEquals("hayat-tahrir-al-sham", first(r.actor1()).id());
        assertTrue(r.actor2().stream().noneMatch(a -> "hayat-tahrir-al-sham".equals(a.id())), r.actor2()::toString);
    }
}
