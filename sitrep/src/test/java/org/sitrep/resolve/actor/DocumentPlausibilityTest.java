package org.sitrep.resolve.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.resolve.actor.Fixtures.RESOLVER;
import static org.sitrep.resolve.actor.Fixtures.ref;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;

class DocumentPlausibilityTest {
    static final DocumentPlausibility PLAUSIBILITY = new DocumentPlausibility(Fixtures.KB);

    /** A forum post dated 14 Nov 2012 describing things that only happened from 2014 on (our own wording). */
    static final String FORUM_POST = "Posted Nov 14, 2012 by a reader in Raqqa.\n"
            + "US-led coalition airstrikes against ISIS positions near Raqqa killed at least ten people overnight. "
            + "Residents of Tabqa said ISIS fighters moved their prisoners before the coalition jets struck again.";

    private static List<ActorRef> resolvedRefs(String text, LocalDate published, String sentence, String... words) {
        DocumentContext doc = RESOLVER.context(text, published);
        int at = text.indexOf(sentence);
        ResolutionContext ctx = new ResolutionContext(doc, null, sentence, at, null);
        return java.util.Arrays.stream(words).map(w -> RESOLVER.resolve(ref(text, w), ctx).ref()).toList();
    }

    @Test
    void assess_forumPost2012_isImplausibleWithReasonsAndLowerBound() {
        LocalDate published = LocalDate.of(2012, 11, 14);
        DocumentContext doc = RESOLVER.context(FORUM_POST, published);
        assertEquals("SY", doc.focus().country());
        String s1 = "US-led coalition airstrikes against ISIS positions near Raqqa killed at least ten people overnight.";
        String s2 = "Residents of Tabqa said ISIS fighters moved their prisoners before the coalition jets struck again.";
        List<ActorRef> refs = new java.util.ArrayList<>(resolvedRefs(FORUM_POST, published, s1, "US-led coalition", "ISIS"));
        refs.addAll(List.of(RESOLVER.resolve(ref(FORUM_POST, "ISIS", 1),
                        new ResolutionContext(doc, null, s2, FORUM_POST.indexOf(s2), null)).ref(),
                RESOLVER.resolve(ref(FORUM_POST, "coalition jets"),
                        new ResolutionContext(doc, null, s2, FORUM_POST.indexOf(s2), null)).ref()));
        assertEquals(List.of("us-led-coalition", "islamic-state", "islamic-state", "us-led-coalition"),
                refs.stream().map(ActorRef::id).toList());

        DocumentPlausibility.Plausibility p = PLAUSIBILITY.assess(published, refs, doc.focus().country());
        assertTrue(p.implausible());
        assertEquals(4, p.checked());
        assertEquals(4, p.anachronistic());
        assertEquals(LocalDate.of(2014, 9, 23), p.earliestConsistent(), "coalition strikes in Syria bound the date");
        String reasons = String.join("\n", p.reasons());
        assertTrue(reasons.contains("'ISIS' (Islamic State) is in use only from 2013-04"), reasons);
        assertTrue(reasons.contains("only from 2014-09-23"), reasons);
        assertTrue(reasons.contains("2012-11-14"), reasons);
    }

    @Test
    void resolveReport_forumPost2012_flagsIsisNameAndCoalitionInSyria() {
        LocalDate published = LocalDate.of(2012, 11, 14);
        String s1 = "US-led coalition airstrikes against ISIS positions near Raqqa killed at least ten people overnight.";
        Report rep = Fixtures.report(FORUM_POST, s1, published,
                List.of(ref(FORUM_POST, "US-led coalition")), List.of(ref(FORUM_POST, "ISIS positions")));
        DocumentContext doc = RESOLVER.context(FORUM_POST, published);
        Report out = RESOLVER.resolve(rep, doc);
        assertTrue(out.flags().contains("anachronism:isis-name-before-2013-04"), out.flags().toString());
        assertTrue(out.flags().contains("anachronism:us-led-coalition-in-syria-before-2014-09-23"), out.flags().toString());
        List<Anachronism> findings = RESOLVER.anachronisms(out, doc);
        assertTrue(findings.stream().allMatch(a -> !a.reason().isBlank() && a.doubtsDate()));
    }

    @Test
    void assess_sameStoryDated2016_isPlausible() {
        LocalDate published = LocalDate.of(2016, 3, 2);
        String s1 = "US-led coalition airstrikes against ISIS positions near Raqqa killed at least ten people overnight.";
        List<ActorRef> refs = resolvedRefs(FORUM_POST, published, s1, "US-led coalition", "ISIS");
        DocumentPlausibility.Plausibility p = PLAUSIBILITY.assess(published, refs, "SY");
        assertFalse(p.implausible());
        assertEquals(0, p.anachronistic());
        assertTrue(p.reasons().isEmpty());
        assertEquals(LocalDate.of(2014, 9, 23), p.earliestConsistent());
    }

    @Test
    void assess_undatedDocument_givesLowerBoundOnly() {
        String text = "HTS and the SDF traded fire near Manbij and Aleppo.";
        List<ActorRef> refs = resolvedRefs(text, null, text, "HTS", "SDF");
        DocumentPlausibility.Plausibility p = PLAUSIBILITY.assess(null, refs);
        assertFalse(p.implausible());
        assertEquals(LocalDate.of(2017, 1, 28), p.earliestConsistent());
    }

    @Test
    void assess_singleSlip_isNotEnough() {
        LocalDate published = LocalDate.of(2013, 1, 20);
        String text = "ISIS was blamed. The Free Syrian Army and Ahrar al-Sham held Aleppo's east while the Syrian Army held the west.";
        List<ActorRef> refs = resolvedRefs(text, published, text, "ISIS", "Free Syrian Army", "Ahrar al-Sham", "Syrian Army");
        DocumentPlausibility.Plausibility p = PLAUSIBILITY.assess(published, refs);
        assertEquals(1, p.anachronistic());
        assertFalse(p.implausible());
        assertEquals(1, p.reasons().size());
    }

    @Test
    void check_htsBeforeFormationAndRetrospectiveUse() {
        AnachronismCheck check = new AnachronismCheck(Fixtures.KB);
        String text = "Hayat Tahrir al-Sham captured the town near Idlib and Hama.";
        ActorRef hts = resolvedRefs(text, null, text, "Hayat Tahrir al-Sham").get(0);
        List<Anachronism> early = check.check(hts, LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 2), "SY");
        assertEquals(List.of("anachronism:hts-name-before-2017-01-28"), early.stream().map(Anachronism::flag).toList());
        List<Anachronism> hindsight = check.check(hts, LocalDate.of(2016, 12, 1), LocalDate.of(2019, 5, 5), "SY");
        assertEquals(Anachronism.Kind.RETROSPECTIVE_NAME, hindsight.get(0).kind());
        assertFalse(hindsight.get(0).doubtsDate());
        assertTrue(check.check(hts, LocalDate.of(2017, 2, 1), LocalDate.of(2017, 2, 2), "SY").isEmpty());
    }

    @Test
    void check_russianAirstrikesBeforeSeptember2015_inSyriaOnly() {
        AnachronismCheck check = new AnachronismCheck(Fixtures.KB);
        String text = "Russian warplanes struck Homs and Hama.";
        ActorRef ru = resolvedRefs(text, null, text, "Russian warplanes").get(0);
        assertEquals("russian-aerospace-forces", ru.id());
        assertEquals(List.of("anachronism:russian-air-campaign-in-syria-before-2015-09-30"),
                check.check(ru, LocalDate.of(2014, 5, 1), null, "SY").stream().map(Anachronism::flag).toList());
        assertTrue(check.check(ru, LocalDate.of(2014, 5, 1), null, "UA").isEmpty());
        assertTrue(check.check(ru, LocalDate.of(2015, 10, 1), null, "SY").isEmpty());
    }
}
