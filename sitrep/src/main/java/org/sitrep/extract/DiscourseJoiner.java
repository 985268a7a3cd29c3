package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Evidence;
import org.sitrep.model.Measure;
import org.sitrep.model.Mention;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * The document-level step after sentence extraction: one happening told across several sentences becomes one
 * report. A definite mention of an event ("the airstrikes", "the attack", "these attacks") joins the nearest
 * earlier event of the same type a few sentences back, or of another violent type when it names no side of its own
 * (a generic "the attack" after "mortar fire killed ..."). The earlier report keeps its values and takes from the
 * later one only what it lacks (sides, place, counts), plus the later one's victims and sources; every value keeps
 * its own mention, so each field still points at the words it came from. A join never happens across conflicting
 * sides or counts. An event sentence that leaves its doer implicit ("Airstrikes ... killed 850 fighters") takes
 * the doer of an event of the same type in the sentence just before it, or stays without one.
 */
final class DiscourseJoiner {
    /** How many sentences back a definite mention may look for the event it refers to. */
    static final int REACH = 5;
    private static final Set<String> DEFINITES = ClosedClass.of("definites");
    private static final Set<String> OPEN_DOER = ClosedClass.of("open-doer");
    /** Words that make a later clause the time of a harm told before it ("were killed when jets struck"). */
    private static final Set<String> TIME_LINKS = ClosedClass.of("harm-time-links");
    /** Words that describe doers without naming a side ("carried out by gunmen"). */
    private static final Set<String> DESCRIPTIONS = ClosedClass.of("doer-descriptions");
    /** How many words before an event's trigger may ask who did it ("who carried out the attacks"). */
    private static final int OPEN_DOER_REACH = 4;
    /** How many modifier words may stand between a definite article and its event noun ("the anti-IS coalition"). */
    private static final int MODIFIERS = 3;

    private final TriggerLexicon triggers;
    private final ActorLexicon actors;

    DiscourseJoiner(TriggerLexicon triggers, ActorLexicon actors) {
        this.triggers = triggers;
        this.actors = actors;
    }

    /** What the sentence reader saw of a report's anchor: its sentence, a definite article, a generic event word. */
    /**
     * {@code gatheringCue}: the kind of turn at a protest the sentence's words tell (null for none);
     * {@code aboutGathering}: whether it names protesters or a protest, or opens with a back reference.
     */
    record Anchor(int sentence, boolean definite, boolean generic, SubEventType gatheringCue, boolean aboutGathering) {
        Anchor(int sentence, boolean definite, boolean generic) {
            this(sentence, definite, generic, null, false);
        }
    }

    /** How many sentences after a gathering a sentence about it may tell its turn ("They later clashed with police"). */
    static final int GATHERING_REACH = 2;

    /**
     * Whether the anchor at {@code anchor} is a definite noun phrase: "the airstrikes", "the anti-IS coalition
     * strikes", "these attacks", "the repelled attack". A verb-row trigger ("attack", "killed") reads as such a noun
     * only with at most one lower-case modifier that is no actor head, so "The Islamic State fighters killed" is not.
     */
    boolean definite(List<Token> toks, int anchor, boolean verbRow) {
        int reach = verbRow ? 1 : MODIFIERS;
        int words = 0;
        for (int i = anchor - 1; i >= 0 && words <= reach; i--) {
            Token t = toks.get(i);
            if (DEFINITES.contains(t.lower())) {
                return true;
            }
            if (t.is("-") && i > 0 && t.start() == toks.get(i - 1).end()) {
                // "anti-IS": a hyphenated modifier is one word
                continue;
            }
            words++;
            // a number, a mark or another event word between them: the article belongs to something else
            if (!t.isWord() || t.isNumber() || triggers.triggers().at(toks, i, anchor) != null) {
                return false;
            }
            if (verbRow && (t.capitalised() || actors.actorHeads().at(toks, i, anchor) != null)) {
                return false;
            }
        }
        return false;
    }

    /** Joins the reports of one document, in text order; {@code anchors} by report id (event reports only). */
    List<Report> join(String text, List<Report> reports, Map<String, Anchor> anchors) {
        List<Report> out = new ArrayList<>(reports.size());
        // per report in out: the last sentence of what it has taken in
        List<Integer> lastSentence = new ArrayList<>();
        // indices in out of anchored reports still within REACH: sentences only move forward, so one out of reach
        // stays out (a scan back to the first report per mention made long documents quadratic)
        TreeSet<Integer> reachable = new TreeSet<>();
        for (Report r : reports) {
            Anchor a = anchors.get(r.id());
            if (a != null) {
                reachable.add(out.size()); // taken back below when r joins an earlier report
            }
            if (a == null || r.kind() != ReportKind.EVENT || !r.modality().assertsOccurrence()) {
                out.add(r);
                lastSentence.add(a == null ? -1 : a.sentence());
                continue;
            }
            boolean harm = harmTold(r);
            int harmed = harm ? -1 : sameSentenceHarm(text, out, anchors, r, a);
            if (harmed >= 0) {
                // "Two children were killed when regime forces shelled Ariha": the deaths are the shelling's
                reachable.remove(out.size());
                out.set(harmed, merge(text, r, out.get(harmed)));
                continue;
            }
            int gathering = a.gatheringCue() == null && !harm ? -1 : gathering(out, lastSentence, anchors, r, a);
            if (gathering >= 0) {
                // one gathering told over several sentences takes its gravest turn (GatheringEscalation)
                reachable.remove(out.size());
                Report p = out.get(gathering);
                out.set(gathering, retyped(merge(text, p, r), graver(p.subEventType(), a.gatheringCue())));
                lastSentence.set(gathering, a.sentence());
                continue;
            }
            int into = a.definite() ? referent(out, lastSentence, reachable, anchors, r, a)
                    : harm ? sameDoersToll(text, out, lastSentence, anchors, r, a) : -1;
            if (into >= 0) {
                reachable.remove(out.size());
                out.set(into, merge(text, out.get(into), r));
                lastSentence.set(into, a.sentence());
                continue;
            }
            boolean implicitDoer = r.actor1().isEmpty() && !doerAskedAbout(text, r);
            out.add(implicitDoer ? carrySide(out, lastSentence, anchors, r, a) : r);
            lastSentence.add(a.sentence());
        }
        return out;
    }

    /**
     * Index in {@code out} of the event a definite mention refers to, or -1: the nearest earlier event of its type,
     * or, for a generic mention naming no side, the nearest violent event; never one with conflicting sides.
     */
    private int referent(List<Report> out, List<Integer> lastSentence, TreeSet<Integer> reachable,
                         Map<String, Anchor> anchors, Report r, Anchor a) {
        for (Iterator<Integer> it = reachable.descendingIterator(); it.hasNext(); ) {
            int i = it.next();
            if (i >= out.size()) {
                continue; // this report itself, not yet in out
            }
            Report p = out.get(i);
            Anchor pa = anchors.get(p.id());
            if (pa == null || a.sentence() - lastSentence.get(i) > REACH) {
                // out of reach for good (a report joined earlier may still reach further, so look on)
                it.remove();
                continue;
            }
            if (p.kind() != ReportKind.EVENT || !p.modality().assertsOccurrence() || pa.sentence() == a.sentence()
                    || conflict(p, r)) {
                continue;
            }
            // a specific mention ("the airstrikes") refers to an event of its type; a generic one that names no side
            // ("the attack") to the nearest violent event
            if (p.subEventType() == r.subEventType() || a.generic() && r.actor1().isEmpty()
                    && violent(p.subEventType()) && violent(r.subEventType())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index in {@code out} of a report of deaths or injuries with no doer, in the same sentence as the explosion,
     * strike or shelling {@code r} that tells no toll of its own ("Two children were killed when regime forces
     * shelled the town"), or -1.
     */
    private static int sameSentenceHarm(String text, List<Report> out, Map<String, Anchor> anchors, Report r,
                                        Anchor a) {
        if (r.subEventType() == null
                || r.subEventType().eventType() != SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
            return -1;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            Report p = out.get(i);
            Anchor pa = anchors.get(p.id());
            if (pa == null || pa.sentence() != a.sentence()) {
                return -1;
            }
            if (p.kind() == ReportKind.EVENT && p.modality().assertsOccurrence() && p.actor1().isEmpty() && harmTold(p)
                    && (p.subEventType() == SubEventType.ARMED_CLASH || p.subEventType() == SubEventType.ATTACK)
                    && toldAsItsTime(text, p, r)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the act's clause is the time of the harm's: "killed when / as / after / while" it happened. */
    private static boolean toldAsItsTime(String text, Report harm, Report act) {
        if (harm.trigger() == null || act.trigger() == null
                || harm.trigger().span().end() > act.trigger().span().start()) {
            return false;
        }
        return anyWordOf(text.substring(harm.trigger().span().end(), act.trigger().span().start()), TIME_LINKS);
    }

    /**
     * Index in {@code out} of the gathering a later sentence tells the turn of, or -1: the nearest earlier asserted
     * protest or demonstration at most {@value #GATHERING_REACH} sentences back, in an earlier sentence, with no
     * conflicting count, when the later sentence is about it (its words, the same people acting: "The students
     * later clashed with police", or the same people harmed: "Three students were injured").
     */
    private int gathering(List<Report> out, List<Integer> lastSentence, Map<String, Anchor> anchors, Report r,
                                 Anchor a) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Report p = out.get(i);
            Anchor pa = anchors.get(p.id());
            if (pa == null) {
                continue;
            }
            if (a.sentence() - lastSentence.get(i) > GATHERING_REACH) {
                return -1;
            }
            if (pa.sentence() < a.sentence() && p.kind() == ReportKind.EVENT && p.modality().assertsOccurrence()
                    && TypeRules.gathering(p.subEventType())
                    && (a.gatheringCue() != null && (a.aboutGathering() || sharesActor(p.actor1(), r.actor1()))
                    || harmTold(r) && sharesActor(p.actor1(), r.actor2()))
                    && (p.count() == null || r.count() == null || p.count().value() == r.count().value())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The graver of a gathering's kind and the turn told of it (violent demonstration > excessive force > ...); the
     * kind itself when no turn is told ("Three students were injured": victims, whoever harmed them).
     */
    private static SubEventType graver(SubEventType kind, SubEventType turn) {
        return turn != null && (kind == null || turn.ordinal() > kind.ordinal()) ? turn : kind;
    }

    /** {@code r} as a report of {@code type}, with that type's PLOVER and CAMEO codes. */
    private Report retyped(Report r, SubEventType type) {
        if (type == r.subEventType()) {
            return r;
        }
        TriggerLexicon.TypeInfo info = triggers.types().get(type);
        return new Report(r.id(), r.kind(), r.eventId(), r.documentId(), r.section(), r.evidence(), r.trigger(), type,
                info == null ? null : info.ploverEvent(), info == null ? null : info.ploverMode(),
                info == null ? null : info.cameoRoot(), r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2(),
                r.location(), r.date(), r.fatalities(), r.injured(), r.count(), r.modality(), r.attribution(),
                r.flags(), r.measures());
    }

    /**
     * Index in {@code out} of the event of the sentence just before whose doer a report of deaths or injuries names again
     * with a definite article ("Army units restored control of the villages … The army units killed scores of
     * terrorists"): the toll of that operation, told next; or -1. Never across another place or a conflicting count.
     */
    private int sameDoersToll(String text, List<Report> out, List<Integer> lastSentence, Map<String, Anchor> anchors,
                              Report r, Anchor a) {
        if (r.actor1().isEmpty() || !definiteMention(text, r.actor1().get(0).mention())) {
            return -1;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            Report p = out.get(i);
            Anchor pa = anchors.get(p.id());
            if (pa == null || lastSentence.get(i) < a.sentence() - 1) {
                return -1;
            }
            if (pa.sentence() == a.sentence() - 1 && p.kind() == ReportKind.EVENT && p.modality().assertsOccurrence()
                    && violent(p.subEventType()) && sharesActor(p.actor1(), r.actor1()) && !conflict(p, r)
                    && samePlaceOrNone(p, r)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether "the", "these" or "those" stands right before the mention. */
    private static boolean definiteMention(String text, Mention m) {
        int end = m.span().start();
        int start = end;
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        int word = start;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return DEFINITES.contains(text.substring(word, start).toLowerCase(Locale.ROOT));
    }

    private static boolean samePlaceOrNone(Report p, Report r) {
        return p.location() == null || r.location() == null
                || p.location().mention().text().equalsIgnoreCase(r.location().mention().text());
    }

    /** A side of the sentence before, when this event leaves its doer implicit and is of the same type. */
    private Report carrySide(List<Report> out, List<Integer> lastSentence, Map<String, Anchor> anchors,
                                    Report r, Anchor a) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Report p = out.get(i);
            if (anchors.get(p.id()) == null || lastSentence.get(i) < a.sentence() - 1) {
                break;
            }
            if (lastSentence.get(i) == a.sentence() - 1 && p.kind() == ReportKind.EVENT
                    && p.modality().assertsOccurrence() && p.subEventType() == r.subEventType()
                    && r.subEventType() != null && !p.actor1().isEmpty() && !sharesActor(p.actor1(), r.actor2())) {
                return r.withActors(p.actor1(), r.actor2(), p.assocActor1(), r.assocActor2())
                        .withAddedFlags(List.of("actor1_from_context"));
            }
        }
        return r;
    }

    /** Whether the words just before the trigger ask who did it, which leaves the doer open by the text's own say. */
    private static boolean doerAskedAbout(String text, Report r) {
        if (r.trigger() == null) {
            return false;
        }
        int end = r.trigger().span().start();
        int start = end;
        int words = 0;
        int floor = Math.max(0, end - 200); // a few words back, never a scan of a run-on text
        while (start > floor && words <= OPEN_DOER_REACH) {
            char c = text.charAt(start - 1);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                break;
            }
            if (Character.isLetter(c) && (start - 1 == 0 || !Character.isLetter(text.charAt(start - 2)))) {
                words++;
            }
            start--;
        }
        return anyWordOf(text.substring(start, end), OPEN_DOER);
    }

    /** Whether a word of the text, in lower case, is in the set. */
    private static boolean anyWordOf(String text, Set<String> words) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the report tells deaths or injuries. */
    private static boolean harmTold(Report r) {
        return r.fatalities() != null || r.injured() != null;
    }

    private static boolean violent(SubEventType t) {
        return t != null && (t.eventType() == SubEventType.EventType.BATTLES
                || t.eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || t.eventType() == SubEventType.EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    /** Two reports that cannot be one happening: different doers, or different counts of strikes. */
    private boolean conflict(Report p, Report r) {
        // "The attack was carried out by gunmen": a bare description of the doers, not another side
        boolean sides = !p.actor1().isEmpty() && !r.actor1().isEmpty() && !sharesActor(p.actor1(), r.actor1())
                && !described(r.actor1());
        boolean counts = p.count() != null && r.count() != null && p.count().value() != r.count().value();
        // the earlier event's doer named as the later one's target ("the army ... the attack on the army")
        boolean swapped = p.subEventType() != SubEventType.ARMED_CLASH
                && (sharesActor(p.actor1(), r.actor2()) || sharesActor(r.actor1(), p.actor2()));
        return sides || counts || swapped;
    }

    /** Doers named only by a bare description ("gunmen", "the attackers"), no known actor. */
    private static boolean described(List<ActorRef> actors) {
        return actors.stream().allMatch(x -> x.id() == null
                && DESCRIPTIONS.contains(x.name().toLowerCase(Locale.ROOT).replaceFirst("^the ", "")));
    }

    private boolean sharesActor(List<ActorRef> a, List<ActorRef> b) {
        for (ActorRef x : a) {
            for (ActorRef y : b) {
                if (sameActor(x.name(), y.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The same name, or names ending in the same head that is not a bare force word and not owned by two different
     * states: "the US-led coalition" and "the anti-IS coalition" may be one side; "Syrian forces" and "Russian
     * forces", or "Russian jets" and "Turkish jets", are not.
     */
    private boolean sameActor(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        String[] wa = words(a);
        String[] wb = words(b);
        String head = wa[wa.length - 1].toLowerCase(Locale.ROOT);
        if (!head.equals(wb[wb.length - 1].toLowerCase(Locale.ROOT)) || actors.forceWords().contains(head)) {
            return false;
        }
        String sa = state(wa);
        String sb = state(wb);
        return sa == null || sb == null || sa.equals(sb);
    }

    private static String[] words(String name) {
        return name.trim().split("[\\s\\-]+");
    }

    /** The forces of the first word of a name that names a state or its people ("Russian", "US"), or null. */
    private String state(String[] words) {
        for (String w : words) {
            String forces = actors.stateForces().get(w);
            if (forces != null) {
                return forces;
            }
        }
        return null;
    }

    /** {@code p} with what {@code r} adds; the evidence runs from p's first sentence to r's. */
    private Report merge(String text, Report p, Report r) {
        List<ActorRef> a1 = p.actor1().isEmpty() ? r.actor1() : p.actor1();
        List<ActorRef> a2 = new ArrayList<>(p.actor2());
        boolean victims = harmTold(r);
        if (p.actor2().isEmpty() || victims) {
            // the later sentence's object is the target when none is known, its victims always are
            for (ActorRef v : r.actor2()) {
                if (!sharesActor(List.of(v), a2) && !sharesActor(List.of(v), a1)) {
                    a2.add(v);
                }
            }
        }
        List<ActorRef> as1 = p.assocActor1().isEmpty() ? r.assocActor1() : p.assocActor1();
        Map<String, Attribution> chain = new LinkedHashMap<>();
        for (Attribution at : p.attribution()) {
            chain.putIfAbsent(at.name(), at);
        }
        for (Attribution at : r.attribution()) {
            chain.putIfAbsent(at.name(), at);
        }
        List<Measure> measures = new ArrayList<>(p.measures());
        measures.addAll(r.measures());
        Span span = Span.of(Math.min(p.evidence().span().start(), r.evidence().span().start()),
                Math.max(p.evidence().span().end(), r.evidence().span().end()));
        List<String> flags = new ArrayList<>(p.flags());
        boolean placeFromR = p.location() == null && r.location() != null;
        for (String f : r.flags()) {
            // a vicinity flag describes the place of its own sentence, a civilian-target flag its own targets
            boolean own = f.equals("location_vicinity") && !placeFromR
                    || f.equals("civilian_targeting") && !p.actor2().isEmpty();
            if (!flags.contains(f) && !own) {
                flags.add(f);
            }
        }
        if (!flags.contains("joined_across_sentences")) {
            flags.add("joined_across_sentences");
        }
        return new Report(p.id(), p.kind(), p.eventId(), p.documentId(), p.section(),
                new Evidence(p.evidence().documentId(), span.of(text), span), p.trigger(), p.subEventType(),
                p.ploverEvent(), p.ploverMode(), p.cameoRoot(), a1, a2, as1, p.assocActor2(),
                p.location() != null ? p.location() : r.location(), p.date() != null ? p.date() : r.date(),
                p.fatalities() != null ? p.fatalities() : r.fatalities(),
                p.injured() != null ? p.injured() : r.injured(), p.count() != null ? p.count() : r.count(),
                p.modality(), List.copyOf(chain.values()), flags, measures);
    }
}
