package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.ClauseAnalyzer.Hit;
import org.sitrep.model.Modality;

/** Modality: how firmly a clause puts its event forward, from cues, the sentence's shape and its attribution. */
final class ModalityReader {
    private final ModalityCues modalLex;

    ModalityReader(ModalityCues modalLex) {
        this.modalLex = modalLex;
    }

    private static final List<Modality> RANK = List.of(Modality.NEGATED, Modality.HYPOTHETICAL, Modality.PREDICTED,
            Modality.SPECULATIVE, Modality.DENIED, Modality.ALLEGED, Modality.CLAIMED, Modality.UNVERIFIED,
            Modality.REPORTED, Modality.ASSERTED);

    Modality modality(List<Token> toks, Hit h, List<Hit> hits, int a, int b, AttributionReader.Result attr) {
        int t = h.start();
        Modality m = Modality.ASSERTED;
        if (h.blockedBy() != null) {
            m = stronger(m, h.blockedBy());
        }
        for (int i = 0; i < toks.size(); i++) {
            PhraseSet.Match<Cue> c = modalLex.cues().at(toks, i);
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
    private static final Set<String> PHASE_VERBS = ClosedClass.of("phase-verbs");

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
    boolean genericFraming(List<Token> toks, Hit h, int a) {
        if (!toks.get(h.end() - 1).lower().endsWith("s")) {
            return false;
        }
        for (int i = Math.max(a, h.start() - 4); i < h.start(); i++) {
            PhraseSet.Match<Cue> c = modalLex.cues().at(toks, i, h.start());
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
    static boolean lowerCaseCue(List<Token> toks, int i) {
        return i == 0 || !toks.get(i).capitalised();
    }
}
