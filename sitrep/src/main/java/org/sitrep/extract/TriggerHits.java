package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.ClauseAnalyzer.Hit;
import org.sitrep.model.Modality;
import org.sitrep.model.SubEventType;

/**
 * Anchors: the trigger words of a sentence that may anchor an event, outside names, each with the cue that blocks
 * it; reactions to and back-references of events told elsewhere anchor nothing.
 */
final class TriggerHits {
    private static final Set<String> HARMED_DETERMINERS = ClosedClass.of("determiners.harmed");
    private final TriggerLexicon triggerLex;
    private final ModalityCues modalLex;
    private final AnchorCues anchorLex;
    private final EpisodicReading episodes;

    TriggerHits(TriggerLexicon triggerLex, ModalityCues modalLex, AnchorCues anchorLex, EpisodicReading episodes) {
        this.triggerLex = triggerLex;
        this.modalLex = modalLex;
        this.anchorLex = anchorLex;
        this.episodes = episodes;
    }

    /** Trigger hits of a sentence outside names, each with the cue that blocks it, if any. */
    List<Hit> hits(List<Token> toks, NameSpotter.Names names) {
        List<Hit> out = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, i);
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
            if (harmedPeople(toks, m.start(), m.value())) {
                // "handing over the wounded", "the injured soldiers were evacuated": people, the harm told elsewhere
                i = m.end() - 1;
                continue;
            }
            Modality blocked = null;
            for (int c = Math.max(0, i - 5); c < i; c++) {
                PhraseSet.Match<Cue> cue = modalLex.cues().at(toks, c, i);
                if (cue != null && cue.value().scope() == Cue.Scope.TRIGGER && ModalityReader.lowerCaseCue(toks, c)
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
                && anchorLex.reactionVerbs().contains(toks.get(start - 2).lower());
    }

    /**
     * A harm participle right after a determiner ("the wounded", "their injured comrades"): it names people who were
     * harmed, as a noun or an adjective, not the act that harmed them.
     */
    private static boolean harmedPeople(List<Token> toks, int start, Trigger tr) {
        if (start == 0 || tr.type() != null || !(tr.has("injure") || tr.has("kill"))) {
            return false;
        }
        return HARMED_DETERMINERS.contains(toks.get(start - 1).lower()) && toks.get(start).lower().endsWith("ed");
    }

    /** End of an opening "Since ... ," clause (exclusive), or 0. */
    static int leadingSince(List<Token> toks) {
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

    static boolean inNames(NameSpotter.Names names, int s, int e) {
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

    static boolean hasPunct(List<Token> toks, int s, int e) {
        for (int i = s; i < e; i++) {
            if (toks.get(i).is(",") || toks.get(i).is(";")) {
                return true;
            }
        }
        return false;
    }
}
