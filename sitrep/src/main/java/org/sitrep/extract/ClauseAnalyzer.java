package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.SubEventType;

/**
 * The expensive part, run only on sentences with a trigger: cuts a sentence into clauses ({@link ClauseSplitter}),
 * picks each clause's anchoring trigger ({@link TriggerHits}) and puts together what the readers of the other jobs
 * find around it: the sides ({@link RoleReader}, {@link SideFinder}), amounts ({@link AmountReader}), the place
 * ({@link EventPlaceReader}) and the modality ({@link ModalityReader}).
 */
final class ClauseAnalyzer {
    private final EpisodicReading episodes;
    private final TypeRules rules;
    private final TriggerHits anchors;
    private final RoleReader roles;
    private final SideFinder sides;
    private final AmountReader amounts;
    private final EventPlaceReader places;
    private final ModalityReader modality;

    ClauseAnalyzer(ExtractLexicons lx) {
        NumberReader numbers = new NumberReader(lx.numbers());
        this.rules = new TypeRules(lx.triggers(), lx.actors(), lx.typeCues());
        this.episodes = new EpisodicReading(lx.triggers());
        this.anchors = new TriggerHits(lx.triggers(), lx.modality(), lx.anchorCues(), episodes);
        this.roles = new RoleReader(lx.anchorCues(), numbers);
        this.sides = new SideFinder(lx.actors());
        this.amounts = new AmountReader(lx.actors(), lx.anchorCues(), numbers);
        this.places = new EventPlaceReader(lx.places(), lx.modality().reporting(), lx.actors().stateForces());
        this.modality = new ModalityReader(lx.modality());
    }

    /** How this analyzer reads triggers as episodes; shared so that its data files are read once. */
    /** The type rules this analyzer types clauses with (shared, so a classifier need not build its own). */
    TypeRules rules() {
        return rules;
    }

    EpisodicReading episodes() {
        return episodes;
    }

    record Hit(int start, int end, Trigger trigger, Modality blockedBy) {
    }

    /** Trigger hits of a sentence outside names, each with the cue that blocks it, if any. */
    List<Hit> hits(List<Token> toks, NameSpotter.Names names) {
        return anchors.hits(toks, names);
    }

    /** actor1, assoc actor1 and actor2 of a trigger within its clause. */
    List<List<NameSpan>> roles(List<Token> toks, List<NameSpan> actors, Hit h, int a, int b) {
        return roles.roles(toks, actors, h, a, b);
    }

    List<ClauseFacts> analyze(String text, List<Token> toks, NameSpotter.Names names, AttributionReader.Result attr) {
        List<Hit> hits = new ArrayList<>(anchors.hits(toks, names));
        int background = TriggerHits.leadingSince(toks);
        // "Since Russia entered the war in 2015, ...": the opening clause is history, not the news
        hits.removeIf(h -> h.end() <= background);
        List<ClauseFacts> out = new ArrayList<>();
        if (hits.isEmpty()) {
            return out;
        }
        List<int[]> clauses = ClauseSplitter.clauses(toks, names, hits);
        for (int ci = 0; ci < clauses.size(); ci++) {
            int[] c = clauses.get(ci);
            List<Hit> in = new ArrayList<>();
            for (Hit h : hits) {
                if (h.start() >= c[0] && h.end() <= c[1] && !attr.used()[h.start()]) {
                    in.add(h);
                }
            }
            if (!in.isEmpty()) {
                int[] next = ci + 1 < clauses.size() ? clauses.get(ci + 1) : null;
                ClauseFacts f = clause(text, toks, names, attr, in, hits, c[0], c[1], next);
                if (f != null && ci + 1 < clauses.size()) {
                    f = RoleReader.sidesFromNextClause(toks, names, attr, f, clauses.get(ci + 1));
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The anchor of a clause with the roles read from it; the sides are filled in further by {@link #fill}. */
    private record Anchor(Hit hit, SubEventType type, List<NameSpan> a1, List<NameSpan> as1, List<NameSpan> a2,
                          boolean statistic) {
        Anchor withSides(List<NameSpan> actor1, List<NameSpan> actor2) {
            return new Anchor(hit, type, actor1, as1, actor2, statistic);
        }
    }

    /** The facts of clause [a, b) from its hits; {@code all}: the sentence's hits; {@code next}: the next clause. */
    private ClauseFacts clause(String text, List<Token> toks, NameSpotter.Names names, AttributionReader.Result attr,
                               List<Hit> hits, List<Hit> all, int a, int b, int[] next) {
        List<NameSpan> actors = new ArrayList<>();
        for (NameSpan s : names.actors()) {
            if (s.start() >= a && s.end() <= b && !attr.used()[s.start()]) {
                actors.add(s);
            }
        }
        Anchor anchor = choose(toks, actors, hits, a, b);
        if (anchor == null) {
            return null;
        }
        List<Hit> ownHarm = harmOfTheAct(toks, hits, anchor.hit(), a);
        anchor = fill(text, toks, names, attr, actors, hits, ownHarm, anchor, a, b);
        Hit best = anchor.hit();
        int t = best.start();
        boolean pronoun = anchor.a1().isEmpty() && RoleReader.pronounBefore(toks, t, a);
        Quantity fatalities = amounts.amount(text, toks, ownHarm, a, b, "kill");
        Quantity injured = amounts.amount(text, toks, ownHarm, a, b, "injure");
        Quantity count = amounts.countBefore(text, toks, best, a);
        if (anchor.type() == null && fatalities == null && injured == null) {
            return null;
        }
        List<NameSpan> a1 = sides.ownForces(toks, attr, anchor.a1());
        List<String> flags = flags(toks, hits, a1, anchor.a2(), b);
        EventPlaceReader.Place place = places.place(toks, names, attr, hits, best, a, b);
        if (place.name() == null && next != null) {
            place = places.circumstance(toks, names, attr, all, best, next[0], next[1]);
        }
        if (place.vicinity()) {
            flags.add("location_vicinity");
        }
        Modality m = modality.modality(toks, best, hits, a, b, attr);
        if (place.name() == null && count == null && fatalities == null && modality.genericFraming(toks, best, a)) {
            m = ModalityReader.stronger(m, Modality.SPECULATIVE);
            flags.add("generic");
        }
        return new ClauseFacts(t, best.end(), best.trigger(), anchor.type(), a1, anchor.as1(), anchor.a2(),
                place.name(), place.vicinity(), fatalities, injured, count, m, anchor.statistic(), pronoun,
                List.copyOf(flags));
    }

    /** The strongest typed trigger that is not blocked, with its roles; blocked ones only when nothing else. */
    private Anchor choose(List<Token> toks, List<NameSpan> actors, List<Hit> hits, int a, int b) {
        Anchor best = null;
        double bestWeight = -1;
        boolean verbHit = false;
        boolean harmOutsideRelative = false;
        for (Hit h : hits) {
            verbHit |= h.trigger().verb() && h.blockedBy() == null;
            harmOutsideRelative |= harm(h) && h.blockedBy() == null && !CrowdRules.describesSomeone(toks, a, h.start());
        }
        for (int pass = 0; pass < 2 && best == null; pass++) {
            for (Hit h : hits) {
                if ((pass == 0) != (h.blockedBy() == null)) {
                    continue;
                }
                // "Jets hit an IS airstrike site": the event noun only labels the site; the verb is the event
                if (verbHit && (roles.labelOnly(toks, h, b) || RoleReader.insideActor(actors, h))) {
                    continue;
                }
                // "shot dead a former commander who had joined the reconciliation process": what a relative clause
                // tells of someone is no act of this clause when the clause tells a harm of its own
                if (harmOutsideRelative && !harm(h) && CrowdRules.describesSomeone(toks, a, h.start())) {
                    continue;
                }
                boolean stat = amounts.isStatistic(toks, h);
                List<List<NameSpan>> r = roles.roles(toks, actors, h, a, b);
                TypeRules.Typed typed = rules.type(h.trigger(), toks, h.start(), h.end(), a, b, r.get(0), r.get(2));
                double w = typed.weight() - (stat ? 0.1 : 0);
                boolean better = best == null || w > bestWeight
                        || (w == bestWeight && best.type() == null && typed.type() != null);
                boolean usable = typed.type() != null || harm(h);
                if (usable && better) {
                    best = new Anchor(h, typed.type(), r.get(0), r.get(1), r.get(2), stat);
                    bestWeight = w;
                }
            }
        }
        return best;
    }

    /** A killing or wounding word. */
    private static boolean harm(Hit h) {
        return h.trigger().has("kill") || h.trigger().has("injure");
    }

    /**
     * Sides the anchor's word order left open: a modifier, the victims of a killing, a downed craft, a claimant;
     * {@code ownHarm}: the hits that may tell the act's own victims ({@link #harmOfTheAct}).
     */
    private Anchor fill(String text, List<Token> toks, NameSpotter.Names names, AttributionReader.Result attr,
                        List<NameSpan> actors, List<Hit> hits, List<Hit> ownHarm, Anchor anchor, int a, int b) {
        Hit best = anchor.hit();
        int t = best.start();
        List<NameSpan> a1 = anchor.a1();
        List<NameSpan> a2 = anchor.a2();
        // "rescue workers pulled a victim out after a Saudi airstrike": victims' words are no doer when a side
        // names itself right before the event noun
        boolean civilianDoers = !a1.isEmpty() && a1.stream().allMatch(NameSpan::civilian) && !best.trigger().verb();
        if (a1.isEmpty() || civilianDoers) {
            NameSpan mod = !best.trigger().verb() || roles.byPhrase(toks, t, a)
                    ? sides.modifierActor(text, toks, names, t, a) : null;
            // "was killed by rebel sniper fire": the side word of a noun event after "by"
            for (Hit h : hits) {
                if (mod == null && h != best && h.start() >= 2
                        && (toks.get(h.start() - 2).is("by") || toks.get(h.start() - 1).is("by")
                        || h.start() >= 3 && toks.get(h.start() - 3).is("by"))) {
                    mod = sides.modifierActor(text, toks, names, h.start(), a);
                }
            }
            if (mod != null) {
                a1 = List.of(mod);
                final NameSpan m = mod;
                a2 = a2.stream().filter(x -> !x.overlaps(m.start(), m.end())).toList();
            }
        }
        // "sparked by the killing of a journalist": the victim of what the act is about is not its target
        a2 = a2.stream().filter(x -> !victimOfTopic(toks, hits, ownHarm, x)).toList();
        if (a2.isEmpty()) {
            a2 = roles.victimsOfKilling(toks, actors, ownHarm, best, a, b, a1);
        }
        if (a2.isEmpty()) {
            a2 = sides.rankedVictim(text, toks, hits, b);
        }
        if (best.trigger().has("downing")) {
            // "shot down a Syrian jet targeting IS": the aircraft's side is the other party, not what it was after
            int craft = rules.downedAircraft(toks, best.end(), b);
            NameSpan owner = craft > best.end() ? sides.modifierActor(text, toks, names, craft, best.end()) : null;
            if (owner != null && !a1.contains(owner)) {
                a2 = List.of(owner);
            }
        }
        boolean claimedOwnAct = attr.modality() == Modality.CLAIMED && RoleReader.pronounBefore(toks, t, a)
                && !RoleReader.passiveAt(toks, t, a);
        if (a1.isEmpty() && (claimedOwnAct || SideFinder.claimedResponsibility(toks, attr, t))) {
            // "The rebels claimed they shot down", "IS claimed responsibility for the bombing": a claimant claims its
            // own act (a mere "said it" is left to the previous report, as the speaker may report on others)
            NameSpan speaker = SideFinder.speaker(toks, attr);
            if (speaker != null) {
                a1 = List.of(speaker);
                a2 = a2.stream().filter(x -> !x.overlaps(speaker.start(), speaker.end())).toList();
            }
        }
        NameSpan crowd = crowdAnchor(actors, best, anchor.type());
        if (crowd != null && !a1.contains(crowd)) {
            // "army units clashed with protesters": the crowd is the gathering's side, who met it the other
            List<NameSpan> met = a1;
            a1 = List.of(crowd);
            a2 = a2.isEmpty() || a2.contains(crowd) ? met : a2;
        }
        return anchor.withSides(a1, a2);
    }

    /**
     * The crowd a demonstration's own noun names ("protesters", "demonstrators"), when that noun anchors a gathering
     * the crowd holds (ACLED's actor1 of a protest or riot); not for force against protesters, whose doer is the
     * force.
     */
    private static NameSpan crowdAnchor(List<NameSpan> actors, Hit best, SubEventType type) {
        if (best.trigger().verb() || !CrowdRules.gathering(type) || type == SubEventType.EXCESSIVE_FORCE) {
            return null;
        }
        for (NameSpan n : actors) {
            if (n.civilian() && n.start() <= best.start() && best.end() <= n.end()) {
                return n;
            }
        }
        return null;
    }

    /**
     * The hits that may tell the act's own toll and victims: all but a killing the act is about ("protested against
     * the killing of a student", "sparked by the death of"), which happened elsewhere.
     */
    private static List<Hit> harmOfTheAct(List<Token> toks, List<Hit> hits, Hit best, int a) {
        return hits.stream().filter(h -> h == best || !CrowdRules.topic(toks, a, h.start())).toList();
    }

    /** Whether the name is the "of" phrase of a killing the act is about ("the killing of a local journalist"). */
    private static boolean victimOfTopic(List<Token> toks, List<Hit> hits, List<Hit> ownHarm, NameSpan x) {
        for (Hit h : hits) {
            if (ownHarm.contains(h) || x.start() < h.end() || x.start() - h.end() > 4) {
                continue;
            }
            for (int i = h.start() + 1; i < x.start(); i++) { // "killing of" may be one trigger
                if (toks.get(i).is("of")) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> flags(List<Token> toks, List<Hit> hits, List<NameSpan> a1, List<NameSpan> a2, int b) {
        List<String> flags = new ArrayList<>();
        for (Hit h : hits) {
            if (h.trigger().has("destroy") && h.blockedBy() == null) {
                flags.add("destroyed_equipment");
            }
            if (h.trigger().has("territory") && rules.equipmentObject(toks, h.end(), b)) {
                flags.add("captured_equipment");
            }
        }
        // "warplanes believed to be Russian": the side is a belief, so the report says the doer is only suspected
        for (NameSpan n : a1) {
            for (int i = n.start(); i < n.end(); i++) {
                if (toks.get(i).is("believed") || toks.get(i).is("suspected") || toks.get(i).is("thought")
                        || toks.get(i).is("presumed")) {
                    flags.add("actor1_suspected");
                    break;
                }
            }
        }
        if (!a2.isEmpty() && a2.stream().allMatch(NameSpan::civilian)) {
            flags.add("civilian_targeting");
        }
        return flags;
    }
}
