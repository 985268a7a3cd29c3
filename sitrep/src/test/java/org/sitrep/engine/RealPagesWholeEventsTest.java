package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;

/**
 * Whole events from whole documents, on the real sample pages (skipped when ../shared is absent): a happening told
 * across several sentences comes out as one event report with all its parts.
 */
class RealPagesWholeEventsTest {
    private static SamplePages pages;

    @BeforeAll
    static void setUp() {
        pages = SamplePages.orSkip("whole-event checks");
    }

    /** The event reports whose evidence includes any of the phrases. */
    private static List<Report> telling(List<Report> reports, String... phrases) {
        return reports.stream().filter(r -> r.kind() == ReportKind.EVENT).filter(r -> {
            String ev = r.evidence().text().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            for (String p : phrases) {
                if (ev.contains(p.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    private static boolean has(List<ActorRef> refs, String id) {
        return refs.stream().anyMatch(a -> id.equals(a.id()));
    }

    @Test
    void soranRaid_isOneEventWithActorTargetCountPlaceVictimsAndMonitor() {
        List<Report> raid = telling(pages.process("undated-forum").reports(), "conducted 4 airstrikes",
                "The airstrikes targeted ISIS HQ", "airstrikes have killed seven family members");
        assertEquals(1, raid.size(), raid::toString);
        Report r = raid.get(0);
        assertTrue(has(r.actor1(), "us-led-coalition"), r::toString);
        assertTrue(has(r.actor2(), "islamic-state"), r::toString);
        assertEquals(4, r.count().value());
        assertNotNull(r.location(), r::toString);
        assertTrue(r.location().mention().text().equals("Soran"), r.location()::toString);
        assertTrue(has(r.actor2(), "family-members") && r.fatalities() != null, r::toString);
        assertTrue(r.attribution().stream().anyMatch(a -> a.name().contains("Syrian Observatory")), r::toString);
        // each part keeps the span of its own sentence
        assertTrue(r.location().mention().span().start() > r.count().mention().span().end());
    }

    @Test
    void deirEzZorAttack_killingTheRussianGeneral_isOneEventWithBothSidesAndTheDeath() {
        List<Report> attack = telling(pages.process("undated-syrianews").reports(),
                "ISIS mortar fire killed Russian Lieutenant General", "the side that carried out the attack");
        assertEquals(1, attack.size(), attack::toString);
        Report r = attack.get(0);
        assertTrue(has(r.actor1(), "islamic-state"), r::toString);
        assertTrue(has(r.actor2(), "russian-armed-forces"), r::toString);
        assertEquals(1, r.fatalities().value());
        assertNotNull(r.location(), r::toString);
    }
}
