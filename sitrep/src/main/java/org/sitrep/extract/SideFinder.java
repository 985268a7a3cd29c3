package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.ClauseAnalyzer.Hit;
import org.sitrep.model.Attribution;
import org.sitrep.model.Modality;

/**
 * Sides the word order of the roles does not give: a modifier before an event noun ("a Saudi airstrike"), the
 * claimant of a claimed act, a state speaker's own forces, a ranked officer of a named state as the victim.
 */
final class SideFinder {
    private final ActorLexicon actorLex;

    SideFinder(ActorLexicon actorLex) {
        this.actorLex = actorLex;
    }

    private static final Set<String> FUNCTION_WORDS = ClosedClass.of("function-words");

    /**
     * "killed Russian Lieutenant General X": a state's demonym and a rank right after an active killing or wounding
     * verb name a member of that state's forces as the victim (the name runs over the capitalised words).
     */
    List<NameSpan> rankedVictim(String text, List<Token> toks, List<Hit> hits, int b) {
        for (Hit h : hits) {
            int d = h.end();
            if (!h.trigger().verb() || h.blockedBy() != null || d + 1 >= b
                    || !(h.trigger().has("kill") || h.trigger().has("injure"))) {
                continue;
            }
            String forces = actorLex.stateForces().get(toks.get(d).text());
            if (forces == null || !toks.get(d).capitalised()
                    || !actorLex.rankWords().contains(toks.get(d + 1).lower())) {
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
    static boolean claimedResponsibility(List<Token> toks, AttributionReader.Result attr, int t) {
        for (int i = 1; i < t; i++) {
            if (toks.get(i).is("responsibility") && toks.get(i - 1).lower().startsWith("claim")) {
                return attr.modality() == Modality.CLAIMED;
            }
        }
        return false;
    }

    /** The first speaker or organisation of the attribution chain named in this sentence, as a name span. */
    static NameSpan speaker(List<Token> toks, AttributionReader.Result attr) {
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
    List<NameSpan> ownForces(List<Token> toks, AttributionReader.Result attr, List<NameSpan> a1) {
        String forces = null;
        for (org.sitrep.model.Attribution link : attr.chain()) {
            forces = forces == null ? actorLex.stateForces().get(link.name()) : forces;
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
    NameSpan modifierActor(String text, List<Token> toks, NameSpotter.Names names, int t, int a) {
        // one instrument noun may stand between the name and the event: "Israeli tank shelling", "US drone strikes"
        if (t - 2 >= a && plainNoun(toks.get(t - 1)) && toks.get(t - 2).capitalised()) {
            NameSpan n = modifierActor(text, toks, names, t - 1, a);
            if (n != null) {
                return n;
            }
        }
        int s = t;
        while (s - 1 >= a && toks.get(s - 1).capitalised() && !actorLex.stopNames().contains(toks.get(s - 1).lower())
                && t - s < 3) {
            s--;
        }
        if (s == t) {
            // a lower-case side word, possibly before one more noun: "rebel shelling", "rebel sniper fire"
            for (int j = t - 1; j >= Math.max(a, t - 2); j--) {
                if (actorLex.sideModifiers().contains(toks.get(j).lower()) && !toks.get(j).capitalised()) {
                    for (NameSpan n : names.actors()) {
                        if (n.overlaps(j, j + 1)) {
                            return n.civilian() ? null : n;
                        }
                    }
                    return TriggerHits.inNames(names, j, j + 1) ? null
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
        String run = text.substring(toks.get(s).start(), toks.get(t - 1).end());
        boolean demonym = actorLex.stateForces().containsKey(run);
        // (an opening quote or bracket does not stop the first word from being the sentence's first word)
        boolean first = true;
        for (int i = 0; i < s; i++) {
            first &= toks.get(i).isPunct();
        }
        if (first && !actorAt(names, s, t) && !demonym
                || TriggerHits.inNames(names, s, t) && !actorAt(names, s, t) && !onlyGuessedPlace(names, s, t)) {
            return null;
        }
        for (NameSpan n : names.actors()) {
            if (n.overlaps(s, t)) {
                return n.civilian() ? null : n;
            }
        }
        String written = text.substring(toks.get(s).start(), toks.get(t - 1).end());
        // "Turkish shelling", "an Israeli airstrike": a bare demonym of a state names that state's forces
        return new NameSpan(s, t, actorLex.stateForces().getOrDefault(written, written), false, false);
    }

    private boolean plainNoun(Token w) {
        return w.isWord() && !w.capitalised() && w.lower().length() >= 3 && !FUNCTION_WORDS.contains(w.lower())
                && !actorLex.sideModifiers().contains(w.lower());
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
}
