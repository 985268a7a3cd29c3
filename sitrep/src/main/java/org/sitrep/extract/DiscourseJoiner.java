package org.sitrep.extract;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * The document-level step after sentence extraction: one happening told across several sentences becomes one
 * report. A definite mention of an event ("the airstrikes", "the attack", "these attacks") joins the nearest
 * earlier event of the same type a few sentences back, or of another violent type when it names no side of its own
 * (a generic "the attack" after "mortar fire killed ..."); a toll told apart from its act joins it
 * ({@link HarmJoins}), and a gathering's turn joins the gathering ({@link GatheringJoin}). The earlier report keeps
 * its values and takes from the later one what it lacks ({@link ReportMerge}), so each field still points at the
 * words it came from. A join never happens across conflicting sides or counts ({@link SideMatch}). An event sentence
 * that leaves its doer implicit ("Airstrikes ... killed 850 fighters") takes the doer of an event of the same type in
 * the sentence just before it, or stays without one.
 */
final class DiscourseJoiner {
    /** How many sentences back a definite mention may look for the event it refers to. */
    static final int REACH = 5;

    private final SideMatch sides;
    private final ReportMerge merge;
    private final HarmJoins harms;
    private final GatheringJoin gatherings;

    DiscourseJoiner(TriggerLexicon triggers, ActorLexicon actors) {
        this.sides = new SideMatch(actors);
        this.merge = new ReportMerge(triggers, sides);
        this.harms = new HarmJoins(sides);
        this.gatherings = new GatheringJoin(sides);
    }

    /**
     * What the sentence reader saw of a report's anchor: its sentence, a definite article ({@link DefiniteMention}),
     * a generic event word; {@code gatheringCue}: the kind of turn at a protest the sentence's words tell (null for
     * none); {@code aboutGathering}: whether it names protesters or a protest, or opens with a back reference.
     */
    record Anchor(int sentence, boolean definite, boolean generic, SubEventType gatheringCue, boolean aboutGathering) {
        Anchor(int sentence, boolean definite, boolean generic) {
            this(sentence, definite, generic, null, false);
        }
    }

    /** A sentence that reports no event but tells a gathering's turn: its index, the kind of turn, its span. */
    record Turn(int sentence, SubEventType cue, Span span) {
    }

    /** Joins the reports of one document, in text order; {@code anchors} by report id (event reports only). */
    List<Report> join(String text, List<Report> reports, Map<String, Anchor> anchors) {
        return join(text, reports, anchors, List.of());
    }

    /** As {@link #join(String, List, Map)}, with the sentences that tell only a gathering's turn, in order. */
    List<Report> join(String text, List<Report> reports, Map<String, Anchor> anchors, List<Turn> turns) {
        JoinedReports joined = new JoinedReports(reports.size(), anchors);
        int nextTurn = 0;
        for (Report r : reports) {
            Anchor a = anchors.get(r.id());
            while (a != null && nextTurn < turns.size() && turns.get(nextTurn).sentence() < a.sentence()) {
                turn(text, joined, turns.get(nextTurn++));
            }
            if (a != null) {
                joined.offerReachable(); // taken back below when r joins an earlier report
            }
            if (a == null || !JoinedReports.assertedEvent(r)) {
                joined.add(r, a == null ? -1 : a.sentence());
                continue;
            }
            boolean harm = JoinedReports.harmTold(r);
            int harmed = harm ? -1 : HarmJoins.sameSentence(text, joined, r, a);
            if (harmed >= 0) {
                // the deaths told with the act as their time are the act's
                joined.joinedEarlier();
                joined.set(harmed, merge.merge(text, r, joined.get(harmed)));
                continue;
            }
            int gathering = a.gatheringCue() == null && !harm ? -1 : gatherings.of(joined, r, a);
            if (gathering >= 0) {
                joined.joinedEarlier();
                Report p = joined.get(gathering);
                joined.set(gathering, merge.retyped(merge.merge(text, p, r),
                        GatheringJoin.graver(p.subEventType(), a.gatheringCue())), a.sentence());
                continue;
            }
            int into = a.definite() ? referent(joined, r, a) : -1;
            // "A military source said the army units killed 14 militants": the doers back again, with the toll
            into = into < 0 && harm && (!a.definite() || r.location() == null) ? harms.sameDoers(text, joined, r, a)
                    : into;
            if (into >= 0) {
                joined.joinedEarlier();
                joined.set(into, merge.merge(text, joined.get(into), r), a.sentence());
                continue;
            }
            boolean implicitDoer = r.actor1().isEmpty() && !JoinCues.doerAskedAbout(text, r);
            joined.add(implicitDoer ? carrySide(joined, r, a) : r, a.sentence());
        }
        while (nextTurn < turns.size()) {
            turn(text, joined, turns.get(nextTurn++));
        }
        return joined.reports();
    }

    /** The gathering a turn-only sentence is about takes the graver kind, and that sentence into its evidence. */
    private void turn(String text, JoinedReports joined, Turn t) {
        int i = gatherings.ofTurn(joined, t.sentence());
        if (i >= 0) {
            Report p = joined.get(i);
            joined.set(i, merge.through(text, merge.retyped(p, GatheringJoin.graver(p.subEventType(), t.cue())),
                    t.span()), t.sentence());
        }
    }

    /**
     * Index of the event a definite mention refers to, or -1: the nearest earlier event of its type, or, for a
     * generic mention naming no side, the nearest violent event; never one with conflicting sides.
     */
    private int referent(JoinedReports joined, Report r, Anchor a) {
        for (Iterator<Integer> it = joined.reachableBackwards(); it.hasNext(); ) {
            int i = it.next();
            if (i >= joined.size()) {
                continue; // this report itself, not yet joined
            }
            Report p = joined.get(i);
            Anchor pa = joined.anchor(p);
            if (pa == null || a.sentence() - joined.lastSentence(i) > REACH) {
                // out of reach for good (a report joined earlier may still reach further, so look on)
                it.remove();
                continue;
            }
            if (!JoinedReports.assertedEvent(p) || pa.sentence() == a.sentence() || sides.conflict(p, r)) {
                continue;
            }
            // a specific mention ("the airstrikes") refers to an event of its type; a generic one that names no side
            // ("the attack") to the nearest violent event
            if (p.subEventType() == r.subEventType() || a.generic() && r.actor1().isEmpty()
                    && JoinedReports.violent(p.subEventType()) && JoinedReports.violent(r.subEventType())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A gathering elsewhere is another crowd: "Residents protested in Mombasa ... A demonstration took place in
     * Kisumu" names no residents in Kisumu. (A side that strikes carries on from place to place: "Russian jets struck
     * Saraqib. Strikes also hit Binnish.")
     */
    private static boolean otherCrowd(Report p, Report r) {
        SubEventType.EventType kind = r.subEventType().eventType();
        return (kind == SubEventType.EventType.PROTESTS || kind == SubEventType.EventType.RIOTS)
                && p.location() != null && r.location() != null && p.location().mention() != null
                && r.location().mention() != null
                && !p.location().mention().text().equalsIgnoreCase(r.location().mention().text());
    }

    /** A side of the sentence before, when this event leaves its doer implicit and is of the same type. */
    private Report carrySide(JoinedReports joined, Report r, Anchor a) {
        for (int i = joined.size() - 1; i >= 0; i--) {
            Report p = joined.get(i);
            if (joined.anchor(p) == null || joined.lastSentence(i) < a.sentence() - 1) {
                break;
            }
            if (joined.lastSentence(i) == a.sentence() - 1 && JoinedReports.assertedEvent(p)
                    && p.subEventType() == r.subEventType() && r.subEventType() != null && !p.actor1().isEmpty()
                    && !sides.shares(p.actor1(), r.actor2()) && !otherCrowd(p, r)) {
                return r.withActors(p.actor1(), r.actor2(), p.assocActor1(), r.assocActor2())
                        .withAddedFlags(List.of("actor1_from_context"));
            }
        }
        return r;
    }
}
