package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.SubEventType;

/**
 * The expensive part, run only on sentences with a trigger: splits a sentence into clauses, picks each clause's
 * anchoring trigger, and reads actors (active, passive "by", nominal "X's assault on Y", coordination), the
 * event's place, amounts and modality.
 */
final class ClauseAnalyzer {
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be", "got");
    private static final Set<String> CONNECT = Set.of(",", "and", "&", "both", "the", "a", "an", "as", "well", "its",
            "their");
    private static final Set<String> TARGET_PREPS = Set.of("on", "against", "targeting", "targeted", "at", "upon", "into",
            "toward", "towards");
    private static final Set<String> HELP = Set.of("help", "helping", "alongside", "supporting", "support", "backed",
            "assist", "assisting", "aid", "aiding");
    private static final Set<String> WITH = Set.of("with");
    private static final Set<String> CLASH_LINKS = Set.of("between", "with", "pitting", "involving", "among",
            "from", "by", "of");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their");
    private static final Set<String> AGENT_PREPS = Set.of("by", "in", "from", "during");
    private static final Set<String> AFTER_PARTICIPLE = Set.of("in", "on", "at", "by", "during", "when", "while",
            "after", "near", "overnight", "since", "as", "and");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "with", "from", "into", "that",
            "its", "their", "his", "her", "our", "this", "these", "those", "against", "targeting", "upon", "was",
            "were", "are", "has", "have", "had", "been", "being", "not", "also", "who", "which", "new", "more", "other");
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("they", "it", "he", "she");
    private static final Set<String> VICINITY_WORDS = Set.of("outskirts", "countryside", "suburbs", "near",
            "around", "outside", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "rural", "nearby");

    private static final List<Modality> RANK = List.of(Modality.NEGATED, Modality.HYPOTHETICAL, Modality.PREDICTED,
            Modality.SPECULATIVE, Modality.DENIED, Modality.ALLEGED, Modality.CLAIMED, Modality.UNVERIFIED,
            Modality.REPORTED, Modality.ASSERTED);

    private final Knowledge k;
    private final NumberReader numbers;
    private final EpisodicReading episodes;
    private final TypeRules rules;

    ClauseAnalyzer(Knowledge k) {
        this.k = k;
        this.numbers = new NumberReader(k);
        this.rules = new TypeRules(k);
        this.episodes = new EpisodicReading(k);
    }

    /** How this analyzer reads triggers as episodes; shared so that its data files are read once. */
    EpisodicReading episodes() {
        return episodes;
    }

    record Hit(int start, int end, Trigger trigger, Modality blockedBy) {
    }

    /** Trigger hits of a sentence outside names, each with the cue that blocks it, if any. */
    List<Hit> hits(List<Token> toks, NameSpotter.Names names) {
        List<Hit> out = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            PhraseSet.Match<Trigger> m = k.triggers.at(toks, i);
            if (m == null || inNames(names, m.start(), m.end())) {
                continue;
            }
            if (reactedTo(toks, m.start(), m.value())) {
                // "condemned the attack": a reaction to an event told elsewhere, not a report of it
                i = m.end() - 1;
                continue;
            }
            if (episodes.backReference(toks, m.start(), m.end())) {
                // "the repelled attack was followed by", "the aims of the attack": talked about, not told
                i = m.end() - 1;
                continue;
            }
            if (episodes.otherSense(toks, m.start(), m.end())) {
                // "struck a chord", "prices exploded", the month March: another word may still anchor the clause
                continue;
            }
            Modality blocked = null;
            for (int c = Math.max(0, i - 5); c < i; c++) {
                PhraseSet.Match<Cue> cue = k.cues.at(toks, c, i);
                if (cue != null && cue.value().scope() == Cue.Scope.TRIGGER && lowerCaseCue(toks, c)
                        && i - cue.end() <= 3) {
                    blocked = cue.value().modality();
                }
            }
            out.add(new Hit(m.start(), m.end(), m.value(), blocked));
            i = m.end() - 1;
        }
        // "intercepted a rocket", "defused a car bomb": the weapon named after a disruption did not strike
        for (int h = 0; h < out.size(); h++) {
            Hit d = out.get(h);
            if (d.trigger().type() != SubEventType.DISRUPTED_WEAPONS_USE || d.blockedBy() != null) {
                continue;
            }
            for (int j = h + 1; j < out.size(); j++) {
                Hit w = out.get(j);
                if (w.start() - d.end() > 8 || hasPunct(toks, d.end(), w.start())) {
                    break;
                }
                if (w.trigger().type() != null
                        && w.trigger().type().eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
                    out.set(j, new Hit(w.start(), w.end(), w.trigger(), Modality.NEGATED));
                }
            }
        }
        return out;
    }

    /**
     * An event word used as a noun right after a reaction verb and an article ("denounced the bombing", "condemned
     * an attack"; the article makes even a verb form such as "attack" a noun here).
     */
    private boolean reactedTo(List<Token> toks, int start, Trigger tr) {
        if (start < 2 || tr.type() == null) {
            return false;
        }
        Token det = toks.get(start - 1);
        return (det.is("the") || det.is("a") || det.is("an") || det.is("this") || det.is("that"))
                && k.reactionVerbs.contains(toks.get(start - 2).lower());
    }

    List<ClauseFacts> analyze(String text, List<Token> toks, NameSpotter.Names names, AttributionReader.Result attr) {
        List<Hit> hits = new ArrayList<>(hits(toks, names));
        int background = leadingSince(toks);
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
                ClauseFacts f = clause(text, toks, names, attr, in, c[0], c[1]);
                if (f != null && ci + 1 < clauses.size()) {
                    f = sidesFromNextClause(toks, names, attr, f, clauses.get(ci + 1));
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * "Fierce fighting raged near the town as the army and its allies tried to push IS back": a clash noun with no
     * sides of its own takes them from the "as"/"while" clause right after it, its subject against its first
     * object.
     */
    private static ClauseFacts sidesFromNextClause(List<Token> toks, NameSpotter.Names names,
                                                   AttributionReader.Result attr, ClauseFacts f, int[] next) {
        if (f.type() != SubEventType.ARMED_CLASH || f.trigger().verb() || !f.actor1().isEmpty()
                || !f.actor2().isEmpty() || !(toks.get(next[0]).is("as") || toks.get(next[0]).is("while"))) {
            return f;
        }
        List<NameSpan> in = new ArrayList<>();
        for (NameSpan n : names.actors()) {
            if (n.start() > next[0] && n.end() <= next[1] && !attr.used()[n.start()] && !n.civilian()) {
                in.add(n);
            }
        }
        int verb = ClauseSplitter.afterSubject(toks, names, next[0] + 1, next[1]);
        if (verb < 0) {
            return f;
        }
        List<NameSpan> subject = in.stream().filter(n -> n.start() < verb).toList();
        List<List<NameSpan>> after = groups(toks, in.stream().filter(n -> n.start() >= verb).toList());
        if (subject.isEmpty() || after.isEmpty()) {
            return f;
        }
        return new ClauseFacts(f.anchor(), f.anchorEnd(), f.trigger(), f.type(), subject, f.assocActor1(),
                after.get(0), f.place(), f.vicinity(), f.fatalities(), f.injured(), f.count(), f.modality(),
                f.statistic(), f.pronounSubject(), f.flags());
    }

    private ClauseFacts clause(String text, List<Token> toks, NameSpotter.Names names, AttributionReader.Result attr,
                               List<Hit> hits, int a, int b) {
        List<NameSpan> actors = new ArrayList<>();
        for (NameSpan s : names.actors()) {
            if (s.start() >= a && s.end() <= b && !attr.used()[s.start()]) {
                actors.add(s);
            }
        }
        // choose the anchor: the strongest typed trigger that is not blocked; blocked ones only when nothing else
        Hit best = null;
        SubEventType bestType = null;
        double bestWeight = -1;
        List<NameSpan> bestA1 = List.of();
        List<NameSpan> bestAs1 = List.of();
        List<NameSpan> bestA2 = List.of();
        boolean statistic = false;
        boolean verbHit = false;
        for (Hit h : hits) {
            verbHit |= h.trigger().verb() && h.blockedBy() == null;
        }
        for (int pass = 0; pass < 2 && best == null; pass++) {
            for (Hit h : hits) {
                if ((pass == 0) != (h.blockedBy() == null)) {
                    continue;
                }
                // "Jets hit an IS airstrike site": the event noun only labels the site; the verb is the event
                if (verbHit && (labelOnly(toks, h, b) || insideActor(actors, h))) {
                    continue;
                }
                boolean stat = isStatistic(toks, h);
                List<List<NameSpan>> roles = roles(toks, actors, h, a, b);
                TypeRules.Typed t = rules.type(h.trigger(), toks, h.start(), h.end(), a, b, roles.get(0), roles.get(2));
                double w = t.weight() - (stat ? 0.1 : 0);
                boolean better = best == null || w > bestWeight
                        || (w == bestWeight && bestType == null && t.type() != null);
                boolean usable = t.type() != null || h.trigger().has("kill") || h.trigger().has("injure");
                if (usable && better) {
                    best = h;
                    bestType = t.type();
                    bestWeight = w;
                    bestA1 = roles.get(0);
                    bestAs1 = roles.get(1);
                    bestA2 = roles.get(2);
                    statistic = stat;
                }
            }
        }
        if (best == null) {
            return null;
        }
        List<String> flags = new ArrayList<>();
        int t = best.start();
        // "rescue workers pulled a victim out after a Saudi airstrike": victims' words are no doer when a side
        // names itself right before the event noun
        boolean civilianDoers = !bestA1.isEmpty() && bestA1.stream().allMatch(NameSpan::civilian)
                && !best.trigger().verb();
        if (bestA1.isEmpty() || civilianDoers) {
            NameSpan mod = !best.trigger().verb() || byPhrase(toks, t, a) ? modifierActor(text, toks, names, t, a)
                    : null;
            // "was killed by rebel sniper fire": the side word of a noun event after "by"
            for (Hit h : hits) {
                if (mod == null && h != best && h.start() >= 2
                        && (toks.get(h.start() - 2).is("by") || toks.get(h.start() - 1).is("by")
                        || h.start() >= 3 && toks.get(h.start() - 3).is("by"))) {
                    mod = modifierActor(text, toks, names, h.start(), a);
                }
            }
            if (mod != null) {
                bestA1 = List.of(mod);
                final NameSpan m = mod;
                bestA2 = bestA2.stream().filter(x -> !x.overlaps(m.start(), m.end())).toList();
            }
        }
        if (bestA2.isEmpty()) {
            bestA2 = victimsOfKilling(toks, actors, hits, best, a, b, bestA1);
        }
        if (bestA2.isEmpty()) {
            bestA2 = rankedVictim(text, toks, hits, b);
        }
        if (best.trigger().has("downing")) {
            // "shot down a Syrian jet targeting IS": the aircraft's side is the other party, not what it was after
            int craft = rules.downedAircraft(toks, best.end(), b);
            NameSpan owner = craft > best.end() ? modifierActor(text, toks, names, craft, best.end()) : null;
            if (owner != null && !bestA1.contains(owner)) {
                bestA2 = List.of(owner);
            }
        }
        boolean claimedOwnAct = attr.modality() == Modality.CLAIMED && pronounBefore(toks, t, a)
                && !passiveAt(toks, t, a);
        if (bestA1.isEmpty() && (claimedOwnAct || claimedResponsibility(toks, attr, t))) {
            // "The rebels claimed they shot down", "IS claimed responsibility for the bombing": a claimant claims its
            // own act (a mere "said it" is left to the previous report, as the speaker may report on others)
            NameSpan speaker = speaker(toks, attr);
            if (speaker != null) {
                bestA1 = List.of(speaker);
                bestA2 = bestA2.stream().filter(x -> !x.overlaps(speaker.start(), speaker.end())).toList();
            }
        }
        boolean pronoun = bestA1.isEmpty() && pronounBefore(toks, t, a);
        Quantity fatalities = amount(text, toks, hits, a, b, "kill");
        Quantity injured = amount(text, toks, hits, a, b, "injure");
        Quantity count = countBefore(text, toks, best, a);
        if (bestType == null && fatalities == null && injured == null) {
            return null;
        }
        for (Hit h : hits) {
            if (h.trigger().has("destroy") && h.blockedBy() == null) {
                flags.add("destroyed_equipment");
            }
            if (h.trigger().has("territory") && rules.equipmentObject(toks, h.end(), b)) {
                flags.add("captured_equipment");
            }
        }
        bestA1 = ownForces(toks, attr, bestA1);
        // "warplanes believed to be Russian": the side is a belief, so the report says the doer is only suspected
        for (NameSpan n : bestA1) {
            for (int i = n.start(); i < n.end(); i++) {
                if (toks.get(i).is("believed") || toks.get(i).is("suspected") || toks.get(i).is("thought")
                        || toks.get(i).is("presumed")) {
                    flags.add("actor1_suspected");
                    break;
                }
            }
        }
        if (!bestA2.isEmpty() && bestA2.stream().allMatch(NameSpan::civilian)) {
            flags.add("civilian_targeting");
        }
        NameSpan place = null;
        boolean vicinity = false;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<NameSpan> inClause = new ArrayList<>();
        for (NameSpan p : names.places()) {
            if (p.start() >= a && p.end() <= b && !attr.used()[p.start()]) {
                inClause.add(p);
            }
        }
        for (NameSpan p : inClause) {
            int[] sv = placeStrength(toks, p, best);
            int strength = sv[0];
            if (strength < 2 && !(strength == 1 && inClause.size() == 1)) {
                continue;
            }
            int dist = p.start() >= best.end() ? p.start() - best.end() : t - p.end();
            double score = strength * 10 + (p.start() >= best.end() ? 3 : 0) - Math.min(dist, 20) / 4.0;
            if (score > bestScore) {
                bestScore = score;
                place = p;
                vicinity = sv[1] == 1;
            }
        }
        if (vicinity) {
            flags.add("location_vicinity");
        }
        Modality modality = modality(toks, best, hits, a, b, attr);
        if (place == null && count == null && fatalities == null && genericFraming(toks, best, a)) {
            modality = stronger(modality, Modality.SPECULATIVE);
            flags.add("generic");
        }
        return new ClauseFacts(t, best.end(), best.trigger(), bestType, bestA1, bestAs1, bestA2, place, vicinity,
                fatalities, injured, count, modality, statistic, pronoun, List.copyOf(flags));
    }

    /**
     * "killed Russian Lieutenant General X": a state's demonym and a rank right after an active killing or wounding
     * verb name a member of that state's forces as the victim (the name runs over the capitalised words).
     */
    private List<NameSpan> rankedVictim(String text, List<Token> toks, List<Hit> hits, int b) {
        for (Hit h : hits) {
            int d = h.end();
            if (!h.trigger().verb() || h.blockedBy() != null || d + 1 >= b
                    || !(h.trigger().has("kill") || h.trigger().has("injure"))) {
                continue;
            }
            String forces = k.stateForces.get(toks.get(d).text());
            if (forces == null || !toks.get(d).capitalised() || !k.rankWords.contains(toks.get(d + 1).lower())) {
                continue;
            }
            int e = d + 1;
            while (e < b && (toks.get(e).capitalised() || toks.get(e).glued())) {
                e++;
            }
            return List.of(new NameSpan(d, e, forces, false, false));
        }
        return List.of();
    }

    /** "claimed responsibility for" (or "claims", "claiming") before the anchor, under a claiming speaker. */
    private static boolean claimedResponsibility(List<Token> toks, AttributionReader.Result attr, int t) {
        for (int i = 1; i < t; i++) {
            if (toks.get(i).is("responsibility") && toks.get(i - 1).lower().startsWith("claim")) {
                return attr.modality() == Modality.CLAIMED;
            }
        }
        return false;
    }

    /** The first speaker or organisation of the attribution chain named in this sentence, as a name span. */
    private static NameSpan speaker(List<Token> toks, AttributionReader.Result attr) {
        for (org.sitrep.model.Attribution link : attr.chain()) {
            if ((link.role() == org.sitrep.model.Attribution.Role.SPEAKER
                    || link.role() == org.sitrep.model.Attribution.Role.ORGANISATION) && link.mention() != null) {
                int[] r = NameSpotter.tokenRange(toks, link.mention().span().start(), link.mention().span().end());
                if (r != null) {
                    return new NameSpan(r[0], r[1], link.name(), false, false);
                }
            }
        }
        return null;
    }

    /**
     * "Jordan said its jets bombed a convoy": forces owned by "its"/"their" when the sentence's speaker is a state
     * are that state's forces; the mention stays as written, only the name says whose they are.
     */
    private List<NameSpan> ownForces(List<Token> toks, AttributionReader.Result attr, List<NameSpan> a1) {
        String forces = null;
        for (org.sitrep.model.Attribution link : attr.chain()) {
            forces = forces == null ? k.stateForces.get(link.name()) : forces;
        }
        if (forces == null || a1.size() != 1) {
            return a1;
        }
        NameSpan n = a1.get(0);
        if (n.start() == 0 || !(toks.get(n.start() - 1).is("its") || toks.get(n.start() - 1).is("their"))
                || n.civilian() || n.known()) {
            return a1;
        }
        return List.of(new NameSpan(n.start(), n.end(), forces, false, false));
    }

    /**
     * "a Saudi airstrike", "Russian shelling": a capitalised word run right before a noun trigger names who did it.
     * Not a place, a source, a stop word (months, days, articles) or the sentence's first word alone.
     */
    private NameSpan modifierActor(String text, List<Token> toks, NameSpotter.Names names, int t, int a) {
        // one instrument noun may stand between the name and the event: "Israeli tank shelling", "US drone strikes"
        if (t - 2 >= a && plainNoun(toks.get(t - 1)) && toks.get(t - 2).capitalised()) {
            NameSpan n = modifierActor(text, toks, names, t - 1, a);
            if (n != null) {
                return n;
            }
        }
        int s = t;
        while (s - 1 >= a && toks.get(s - 1).capitalised() && !k.stopNames.contains(toks.get(s - 1).lower())
                && t - s < 3) {
            s--;
        }
        if (s == t) {
            // a lower-case side word, possibly before one more noun: "rebel shelling", "rebel sniper fire"
            for (int j = t - 1; j >= Math.max(a, t - 2); j--) {
                if (k.sideModifiers.contains(toks.get(j).lower()) && !toks.get(j).capitalised()) {
                    for (NameSpan n : names.actors()) {
                        if (n.overlaps(j, j + 1)) {
                            return n.civilian() ? null : n;
                        }
                    }
                    return inNames(names, j, j + 1) ? null
                            : new NameSpan(j, j + 1, toks.get(j).text(), false, false);
                }
                if (!toks.get(j).isWord()) {
                    break;
                }
            }
            return null;
        }
        // a place guessed from its preposition alone ("in Jordanian shelling") yields to the modifier reading
        // at the sentence start only a known actor ("Heavy shelling" is no actor)
        boolean demonym = k.stateForces.containsKey(text.substring(toks.get(s).start(), toks.get(t - 1).end()));
        // (an opening quote or bracket does not stop the first word from being the sentence's first word)
        boolean first = true;
        for (int i = 0; i < s; i++) {
            first &= toks.get(i).isPunct();
        }
        if (first && !actorAt(names, s, t) && !demonym
                || inNames(names, s, t) && !actorAt(names, s, t) && !onlyGuessedPlace(names, s, t)) {
            return null;
        }
        for (NameSpan n : names.actors()) {
            if (n.overlaps(s, t)) {
                return n.civilian() ? null : n;
            }
        }
        String written = text.substring(toks.get(s).start(), toks.get(t - 1).end());
        // "Turkish shelling", "an Israeli airstrike": a bare demonym of a state names that state's forces
        return new NameSpan(s, t, k.stateForces.getOrDefault(written, written), false, false);
    }

    private boolean plainNoun(Token w) {
        return w.isWord() && !w.capitalised() && w.lower().length() >= 3 && !FUNCTION_WORDS.contains(w.lower())
                && !k.sideModifiers.contains(w.lower());
    }

    private static boolean onlyGuessedPlace(NameSpotter.Names names, int s, int e) {
        for (NameSpan n : names.sources()) {
            if (n.overlaps(s, e)) {
                return false;
            }
        }
        boolean any = false;
        for (NameSpan n : names.places()) {
            if (n.overlaps(s, e)) {
                if (n.known()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean actorAt(NameSpotter.Names names, int s, int e) {
        for (NameSpan n : names.actors()) {
            if (n.overlaps(s, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The army's shelling of Douma killed eight civilians": with no target read from the anchor, the victims of an
     * active killing or wounding verb of the same clause are actor2.
     */
    private List<NameSpan> victimsOfKilling(List<Token> toks, List<NameSpan> actors, List<Hit> hits, Hit best,
                                            int a, int b, List<NameSpan> a1) {
        for (Hit h : hits) {
            if (h == best || h.blockedBy() != null || !h.trigger().verb()
                    || !(h.trigger().has("kill") || h.trigger().has("injure"))) {
                continue;
            }
            // "a woman was shot dead by police during the protest": the passive's subject is the victim
            boolean passive = passiveAt(toks, h.start(), a);
            List<NameSpan> v = new ArrayList<>();
            for (NameSpan n : roles(toks, actors, h, a, b).get(2)) {
                if ((passive ? n.end() <= h.start() : n.start() >= h.end()) && !a1.contains(n)) {
                    v.add(n);
                }
            }
            if (!v.isEmpty()) {
                return List.copyOf(v);
            }
        }
        return List.of();
    }

    /** "clashed with rioters": a trigger noun that names the participants, when a verb says what they did. */
    private static boolean insideActor(List<NameSpan> actors, Hit h) {
        if (h.trigger().verb()) {
            return false;
        }
        for (NameSpan n : actors) {
            if (n.start() <= h.start() && h.end() <= n.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean labelOnly(List<Token> toks, Hit h, int b) {
        return !h.trigger().verb() && h.end() < b && k.modifiedHeads.contains(toks.get(h.end()).lower());
    }

    /** End of an opening "Since ... ," clause (exclusive), or 0. */
    private static int leadingSince(List<Token> toks) {
        int s = toks.size() > 1 && toks.get(0).is("ever") ? 1 : 0;
        if (toks.isEmpty() || !toks.get(s).is("since")) {
            return 0;
        }
        for (int i = s + 2; i < Math.min(toks.size(), s + 16); i++) {
            if (toks.get(i).is(",")) {
                return i;
            }
        }
        return 0;
    }

    /** actor1, assoc actor1 and actor2 of a trigger within its clause. */
    List<List<NameSpan>> roles(List<Token> toks, List<NameSpan> actors, Hit h, int a, int b) {
        List<List<NameSpan>> groups = groups(toks, actors);
        int t = h.start();
        List<NameSpan> a1 = new ArrayList<>();
        List<NameSpan> as1 = new ArrayList<>();
        List<NameSpan> a2 = new ArrayList<>();
        List<NameSpan> by = null;
        for (List<NameSpan> g : groups) {
            int s = g.get(0).start();
            if (s > h.end() && (toks.get(s - 1).is("by") || (s >= 2 && toks.get(s - 2).is("by")
                    && DETERMINERS.contains(toks.get(s - 1).lower())))) {
                by = g;
                break;
            }
        }
        // "was killed by rebel sniper fire": the anchor is itself the agent of a passive, so its subject suffered
        boolean passive = h.trigger().verb() && (passiveAt(toks, t, a) || reducedPassive(toks, h))
                || agentPrep(toks, t, a) >= 0;
        // in "X were killed in regime shelling" the sufferer is the subject before the preposition
        int subjectLimit = agentPrep(toks, t, a) >= 0 ? agentPrep(toks, t, a) : t;
        List<NameSpan> before = null;
        List<NameSpan> helpedBefore = null;
        for (List<NameSpan> g : groups) {
            if (g.get(g.size() - 1).end() <= subjectLimit && !preceded(toks, g.get(0).start(), TARGET_PREPS)) {
                // "Government forces, backed by Russian jets, recaptured": the backer is not the subject
                if (before != null && helpedBefore(toks, g.get(0).start(), a)) {
                    helpedBefore = g;
                } else {
                    before = g;
                }
            }
        }
        List<NameSpan> target = null;
        List<NameSpan> firstAfter = null;
        List<NameSpan> secondAfter = null;
        List<NameSpan> helped = null;
        for (List<NameSpan> g : groups) {
            int s = g.get(0).start();
            if (s < h.end() || g == by) {
                continue;
            }
            if (helpedBefore(toks, s, h.end())) {
                if (helped == null) {
                    helped = g;
                }
                continue;
            }
            // "clashed with X", "fighting with X", "battles with X": the other side of a clash
            boolean counterpart = h.trigger().type() == SubEventType.ARMED_CLASH && preceded(toks, s, WITH)
                    && s - h.end() <= 3;
            // "the army's shelling of IS positions": "of" right after a noun event introduces what it hit
            boolean ofObject = !h.trigger().verb() && h.end() < toks.size() && toks.get(h.end()).is("of")
                    && (s == h.end() + 1 || s == h.end() + 2 && DETERMINERS.contains(toks.get(h.end() + 1).lower()));
            if (target == null && (preceded(toks, s, TARGET_PREPS) || counterpart || ofObject || s == h.end()
                    || (s == h.end() + 1 && toks.get(h.end()).is("the")))) {
                target = g;
            }
            if (firstAfter == null) {
                firstAfter = g;
            } else if (secondAfter == null) {
                secondAfter = g;
            }
        }
        if (by != null) {
            a1.addAll(by);
            if (passive && before != null) {
                a2.addAll(before);
            } else if (target != null) {
                a2.addAll(target);
            } else if (firstAfter != null) {
                a2.addAll(firstAfter);
            }
        } else if (passive) {
            if (before != null) {
                a2.addAll(before);
            }
        } else {
            if (before != null) {
                a1.addAll(before);
                List<NameSpan> obj = target != null ? target : (h.trigger().verb() ? firstAfter : null);
                if (obj != null) {
                    a2.addAll(obj);
                }
            } else if (h.trigger().type() == SubEventType.ARMED_CLASH && !h.trigger().verb() && firstAfter != null
                    && sidesOfClash(toks, firstAfter.get(0).start(), h.end())) {
                a1.addAll(firstAfter);
                if (secondAfter != null) {
                    a2.addAll(secondAfter);
                }
            } else {
                List<NameSpan> obj = target != null ? target : firstAfter;
                if (obj != null) {
                    a2.addAll(obj);
                }
            }
        }
        if (helped != null && !a1.isEmpty()) {
            as1.addAll(helped);
        }
        if (helpedBefore != null && !a1.isEmpty() && !passive) {
            as1.addAll(helpedBefore);
        }
        // "X and allied factions": the allied ones are associates
        for (java.util.Iterator<NameSpan> it = a1.iterator(); it.hasNext(); ) {
            NameSpan s = it.next();
            if (toks.get(s.start()).is("allied") || (s.start() > 0 && toks.get(s.start() - 1).is("allied"))) {
                it.remove();
                as1.add(s);
            }
        }
        if (a1.isEmpty() && !as1.isEmpty()) {
            a1.addAll(as1);
            as1.clear();
        }
        a2.removeAll(a1);
        return List.of(List.copyOf(a1), List.copyOf(as1), List.copyOf(a2));
    }

    /**
     * "clashes between X and Y", "fighting pitting X against Y": the names after a clash noun are its sides only
     * right after it or after such a linking word; in "Clashes killed 12 fighters" the fighters are the killed.
     */
    private static boolean sidesOfClash(List<Token> toks, int s, int clashEnd) {
        return s == clashEnd || preceded(toks, s, CLASH_LINKS);
    }

    /**
     * "10 soldiers killed in the town", "two fighters wounded.": a killing or wounding participle with no object,
     * directly followed by a preposition or the end of the clause, says what its subject suffered.
     */
    private boolean reducedPassive(List<Token> toks, Hit h) {
        if (!(h.trigger().has("kill") || h.trigger().has("injure")) || !toks.get(h.end() - 1).lower().endsWith("ed")) {
            return false;
        }
        if (h.end() >= toks.size()) {
            return true;
        }
        // "killed at least eight", "killed about 20": an amount is the object, so the verb is active
        if (numbers.at(toks, h.end(), toks.size()) != null) {
            return false;
        }
        Token next = toks.get(h.end());
        return AFTER_PARTICIPLE.contains(next.lower()) || next.is(".") || next.is(",") || next.is(";");
    }

    /**
     * "by", "in" or "from" within three plain words before a trigger and right after a passive verb group:
     * "was killed by militia sniper fire", "were killed in Israeli tank shelling".
     */
    private boolean byPhrase(List<Token> toks, int t, int a) {
        return agentPrep(toks, t, a) >= 0;
    }

    /** Index of the preposition of {@link #byPhrase}, or -1. */
    private int agentPrep(List<Token> toks, int t, int a) {
        for (int i = t - 1; i >= Math.max(a, t - 3); i--) {
            if (AGENT_PREPS.contains(toks.get(i).lower())) {
                return i > a && passiveAt(toks, i, a) || i > a + 1 && passiveAt(toks, i - 1, a) ? i : -1;
            }
            if (!toks.get(i).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean helpedBefore(List<Token> toks, int s, int from) {
        for (int i = Math.max(from, s - 3); i < s; i++) {
            if (HELP.contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean preceded(List<Token> toks, int s, Set<String> words) {
        int p = s - 1;
        if (p >= 0 && DETERMINERS.contains(toks.get(p).lower())) {
            p--;
        }
        return p >= 0 && words.contains(toks.get(p).lower());
    }

    private static List<List<NameSpan>> groups(List<Token> toks, List<NameSpan> actors) {
        List<List<NameSpan>> out = new ArrayList<>();
        List<NameSpan> cur = null;
        for (NameSpan s : actors) {
            if (cur != null) {
                NameSpan last = cur.get(cur.size() - 1);
                boolean joined = true;
                boolean sawAnd = false;
                for (int i = last.end(); i < s.start() && joined; i++) {
                    if (toks.get(i).is("(")) {
                        // an alias or gloss in brackets between two names: "Nusra (aka ...) and the Islamic State"
                        while (i < s.start() && !toks.get(i).is(")")) {
                            i++;
                        }
                        continue;
                    }
                    String w = toks.get(i).lower();
                    joined = CONNECT.contains(w) || toks.get(i).is("allied");
                    sawAnd |= w.equals("and") || w.equals(",") || w.equals("&");
                }
                if (apposition(toks, last, s)) {
                    // "The Islamic State, the jihadist group, attacked": the description is the same actor
                    continue;
                }
                if (joined && (sawAnd || last.end() == s.start())) {
                    cur.add(s);
                    continue;
                }
            }
            cur = new ArrayList<>();
            cur.add(s);
            out.add(cur);
        }
        return out;
    }

    /**
     * A generic description set off by commas right after a name: "X, the jihadist group," or "X, a rebel faction,".
     * Only a lower-case phrase after ", the/a/an" closed by a comma, so lists of names stay lists.
     */
    private static boolean apposition(List<Token> toks, NameSpan name, NameSpan next) {
        if (!toks.get(name.start()).capitalised() || next.start() - name.end() != 2
                || !toks.get(name.end()).is(",")) {
            return false;
        }
        Token det = toks.get(name.end() + 1);
        boolean article = det.is("the") || det.is("a") || det.is("an");
        return article && !toks.get(next.start()).capitalised() && next.end() < toks.size()
                && toks.get(next.end()).is(",");
    }

    private boolean passiveAt(List<Token> toks, int t, int a) {
        for (int i = t - 1; i >= Math.max(a, t - 3); i--) {
            String w = toks.get(i).lower();
            if (beVerb(toks.get(i))) {
                return true;
            }
            if (!(w.endsWith("ly") || w.equals("also") || w.equals("reportedly") || w.equals("not"))) {
                return false;
            }
        }
        return false;
    }

    /** A form of "be", but not the acronym "IS" written in capitals ("IS shelled the town" is active). */
    static boolean beVerb(Token t) {
        return BE.contains(t.lower()) && !(t.text().length() > 1 && t.text().equals(t.text().toUpperCase()));
    }

    private static boolean pronounBefore(List<Token> toks, int t, int a) {
        for (int i = t - 1; i >= Math.max(a, t - 2); i--) {
            if (PRONOUN_SUBJECTS.contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean isStatistic(List<Token> toks, Hit h) {
        if (h.end() < toks.size() && k.statisticWords.contains(toks.get(h.end()).lower())) {
            return true;
        }
        for (int i = Math.max(0, h.start() - 5); i < h.start(); i++) {
            if (k.statisticWords.contains(toks.get(i).lower()) && i + 1 < toks.size()
                    && toks.get(i + 1).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** The smallest amount killed (or injured) in the clause, read after an active verb or before a passive one. */
    private Quantity amount(String text, List<Token> toks, List<Hit> hits, int a, int b, String tag) {
        Quantity best = null;
        for (Hit h : hits) {
            if (!h.trigger().has(tag) || h.blockedBy() != null) {
                continue;
            }
            Quantity q = null;
            boolean passive = passiveAt(toks, h.start(), a);
            if (!passive) {
                NumberReader.Hit n = numbers.at(toks, h.end(), b);
                if (n == null && h.end() < b && (toks.get(h.end()).is("of") || toks.get(h.end()).is("rose")
                        || toks.get(h.end()).is("to") || toks.get(h.end()).is("at"))) {
                    n = numbers.first(toks, h.end(), Math.min(b, h.end() + 4));
                }
                if (n != null && n.value() != null) {
                    q = quantity(text, toks, n.start(), n.end(), n.value());
                } else if (n == null && h.trigger().verb() && h.end() < b) {
                    q = single(text, toks, h.end(), b);
                }
            }
            if (q == null) {
                // the number nearest the verb is its subject: "5,000 people fled and 12 were killed" killed 12;
                // of numbers ending at the same word the longest keeps its qualifier ("at least 12")
                NumberReader.Hit near = null;
                for (int s = Math.max(a, h.start() - 6); s < h.start(); s++) {
                    NumberReader.Hit n = numbers.at(toks, s, h.start());
                    if (n != null && n.value() != null && noPunct(toks, n.end(), h.start())
                            && (near == null || n.end() > near.end())) {
                        near = n;
                    }
                }
                if (near != null) {
                    q = quantity(text, toks, near.start(), near.end(), near.value());
                }
            }
            if (q == null && passive && h.trigger().verb()) {
                q = singleSubject(text, toks, h.start(), a);
            }
            if (q != null && (best == null || q.value() < best.value())) {
                best = q;
            }
        }
        return best;
    }

    /**
     * "A teenager was shot dead", "a soldier was wounded": a singular subject opened by "a/an/one" right before a
     * passive killing or wounding verb is one victim. Only plain words between the article and the verb group.
     */
    private Quantity singleSubject(String text, List<Token> toks, int t, int a) {
        int be = t - 1;
        while (be >= a && !BE.contains(toks.get(be).lower())) {
            be--;
        }
        for (int i = be - 1; i >= Math.max(a, be - 4); i--) {
            Token w = toks.get(i);
            if (w.is("a") || w.is("an") || w.is("one")) {
                return i + 1 < be && !toks.get(be - 1).lower().endsWith("s") || i + 1 == be - 1
                        ? quantity(text, toks, i, be, 1) : null;
            }
            if (!w.isWord()) {
                return null;
            }
        }
        return null;
    }

    /** "killed a soldier", "killed Lieutenant General X": one victim. */
    private Quantity single(String text, List<Token> toks, int i, int b) {
        Token t = toks.get(i);
        if (t.is("a") || t.is("an") || t.is("one")) {
            int e = Math.min(b, i + 2);
            return quantity(text, toks, i, e, 1);
        }
        if (t.capitalised()) {
            int e = i;
            while (e < b && (toks.get(e).capitalised() || toks.get(e).glued())) {
                e++;
            }
            // a capitalised group name followed by a plural head ("ISIS fighters") is not one person
            if (e < b && k.actorHeads.at(toks, e, b) != null) {
                return null;
            }
            if (e < b && toks.get(e).lower().endsWith("s") && !toks.get(e).isPunct() && !toks.get(e).is("and")) {
                return null;
            }
            return quantity(text, toks, i, e, 1);
        }
        return null;
    }

    private static boolean hasPunct(List<Token> toks, int s, int e) {
        for (int i = s; i < e; i++) {
            if (toks.get(i).is(",") || toks.get(i).is(";")) {
                return true;
            }
        }
        return false;
    }

    private static boolean noPunct(List<Token> toks, int s, int e) {
        for (int i = s; i < e; i++) {
            if (toks.get(i).isPunct()) {
                return false;
            }
        }
        return true;
    }

    /** "4 airstrikes", "some 90 attacks", "At least four airstrikes": a count right before a countable trigger. */
    private Quantity countBefore(String text, List<Token> toks, Hit h, int a) {
        if (!h.trigger().has("count")) {
            return null;
        }
        for (int s = Math.max(a, h.start() - 5); s < h.start(); s++) {
            NumberReader.Hit n = numbers.at(toks, s, h.start());
            if (n != null && n.value() != null && h.start() - n.end() <= 2 && noPunct(toks, n.end(), h.start())) {
                return quantity(text, toks, n.start(), n.end(), n.value());
            }
        }
        return null;
    }

    private static Quantity quantity(String text, List<Token> toks, int s, int e, int value) {
        return new Quantity(value, Token.mention(text, toks, s, e));
    }

    /** {strength, vicinity}: how firmly a place is attached to the event. */
    private int[] placeStrength(List<Token> toks, NameSpan p, Hit anchor) {
        int j = p.start();
        boolean vicinity = false;
        while (j > 0 && (toks.get(j - 1).is("the") || toks.get(j - 1).is("of")
                || k.placeHeads.contains(toks.get(j - 1).lower()) || VICINITY_WORDS.contains(toks.get(j - 1).lower()))) {
            vicinity |= VICINITY_WORDS.contains(toks.get(j - 1).lower());
            j--;
        }
        for (int back = 1; back <= 3 && j - back >= 0; back++) {
            PhraseSet.Match<Knowledge.Prep> m = k.placePreps.at(toks, j - back);
            if (m != null && m.end() >= j) {
                return new int[] {m.value().strength(), (vicinity || m.value().vicinity()) ? 1 : 0};
            }
        }
        if (j > 0 && toks.get(j - 1).is("from")) {
            // "10 km from Azaz" measures a distance to the place, the event is near it; other "from" is an origin
            return j > 1 && ClauseSplitter.DISTANCE_UNITS.contains(toks.get(j - 2).lower()) ? new int[] {2, 1} : new int[] {0, 0};
        }
        if (anchor.trigger().verb() && j >= anchor.end() && j - anchor.end() <= 1) {
            return new int[] {5, vicinity ? 1 : 0};
        }
        boolean headed = k.placeHeads.contains(toks.get(p.end() - 1).lower());
        return new int[] {headed ? 3 : 1, vicinity ? 1 : 0};
    }

    private Modality modality(List<Token> toks, Hit h, List<Hit> hits, int a, int b, AttributionReader.Result attr) {
        int t = h.start();
        Modality m = Modality.ASSERTED;
        if (h.blockedBy() != null) {
            m = stronger(m, h.blockedBy());
        }
        for (int i = 0; i < toks.size(); i++) {
            PhraseSet.Match<Cue> c = k.cues.at(toks, i);
            if (c == null || !lowerCaseCue(toks, i)) {
                continue;
            }
            Cue cue = c.value();
            boolean applies = switch (cue.scope()) {
                case SENTENCE -> !(toks.get(i).is("if") && (t < i || (i > 0 && (toks.get(i - 1).is("as")
                        || toks.get(i - 1).is("even")))));
                case BEFORE -> i >= a && c.end() <= t && t - c.end() <= 4
                        || modalOverNoun(toks, h, hits, cue, i, c.end(), a, b);
                case TRIGGER, GENERIC -> false;
            };
            if (applies) {
                m = stronger(m, cue.modality());
            }
        }
        if (!toks.isEmpty() && toks.get(toks.size() - 1).is("?")) {
            m = stronger(m, Modality.SPECULATIVE);
        }
        if (attr.modality() != null) {
            m = stronger(m, attr.modality());
        }
        return m;
    }

    /**
     * A noun event governed by a modal of its own clause, at any distance: "a mortar round in the wrong place could
     * start one" (the noun is the modal's subject), "would be far harder to contain than the skirmishes". Only
     * with no comma and no verb trigger between the two ("airstrikes killed five people who may have been ..."
     * asserts the strikes).
     */
    private static boolean modalOverNoun(List<Token> toks, Hit h, List<Hit> hits, Cue cue, int cueStart, int cueEnd,
                                         int a, int b) {
        if (h.trigger().verb() && !nounUse(toks, h.start()) || cueStart < a || cueEnd > b
                || cue.modality() == Modality.NEGATED
                || !(cue.modality() == Modality.SPECULATIVE || cue.modality() == Modality.PREDICTED
                || cue.modality() == Modality.HYPOTHETICAL)) {
            return false;
        }
        int from = Math.min(h.end(), cueEnd);
        int to = Math.max(h.start(), cueStart);
        for (int i = from; i < to; i++) {
            if (toks.get(i).is(",") || toks.get(i).is(";") || toks.get(i).is(":")) {
                return false;
            }
        }
        for (Hit o : hits) {
            if (o != h && o.trigger().verb() && o.start() >= from && o.end() <= to) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of going on or starting again, whose event word after them is a noun: "continue attacks". */
    private static final Set<String> PHASE_VERBS = Set.of("continue", "continues", "continued", "continuing",
            "resume", "resumes", "resumed", "resuming", "escalate", "escalated", "intensify", "intensified");

    /** A verb-row trigger form used as a noun: right after a determiner or a phase verb ("continue attacks"). */
    private static boolean nounUse(List<Token> toks, int t) {
        if (t == 0) {
            return false;
        }
        String prev = toks.get(t - 1).lower();
        return PHASE_VERBS.contains(prev) || prev.equals("the") || prev.equals("these") || prev.equals("such");
    }

    /**
     * "including criminal attacks on": a plural noun trigger within three words after a generic-framing cue (an -s
     * form there is a noun even when its trigger row is a verb's).
     */
    private boolean genericFraming(List<Token> toks, Hit h, int a) {
        if (!toks.get(h.end() - 1).lower().endsWith("s")) {
            return false;
        }
        for (int i = Math.max(a, h.start() - 4); i < h.start(); i++) {
            PhraseSet.Match<Cue> c = k.cues.at(toks, i, h.start());
            if (c != null && c.value().scope() == Cue.Scope.GENERIC && h.start() - c.end() <= 3) {
                return true;
            }
        }
        return false;
    }

    static Modality stronger(Modality x, Modality y) {
        return RANK.indexOf(x) <= RANK.indexOf(y) ? x : y;
    }

    /** Cue words count only in lower case (so the month "May" is not "may"), except first in the sentence. */
    private static boolean lowerCaseCue(List<Token> toks, int i) {
        return i == 0 || !toks.get(i).capitalised();
    }

    private static boolean inNames(NameSpotter.Names names, int s, int e) {
        for (NameSpan n : names.actors()) {
            if (n.overlaps(s, e) && !n.civilian()) {
                return true;
            }
        }
        for (NameSpan n : names.places()) {
            if (n.overlaps(s, e)) {
                return true;
            }
        }
        for (NameSpan n : names.sources()) {
            if (n.overlaps(s, e)) {
                return true;
            }
        }
        return false;
    }
}
