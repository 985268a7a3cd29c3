package org.sitrep.extract;

import java.util.List;

/**
 * Whether an actor phrase names civilians, from its head noun and the status words around it (actor_status.tsv):
 * "an off-duty policeman", "a retired soldier" and "former rebels" are civilians, as ACLED's codebook counts them
 * (violence against them is an Attack), while "armed men" are an armed group although "men" alone are civilians. The
 * sentence vector cannot tell a policeman on duty from one off duty; the target flags the type model reads can.
 */
final class ActorStatus {
    /** How far before a phrase, and after it, a status word still describes it. */
    private static final int BEFORE = 2;
    private static final int AFTER = 6;

    private final PhraseSet<Boolean> words;

    ActorStatus(PhraseSet<Boolean> words) {
        this.words = words;
    }

    static ActorStatus load() {
        PhraseSet<Boolean> set = new PhraseSet<>();
        for (var r : DataFile.rows("actor_status.tsv", 2)) {
            if (!r.col(1).equals("c") && !r.col(1).equals("-")) {
                throw r.error("expected c (makes civilians) or - (makes armed), got '" + r.col(1) + "'");
            }
            set.add(r.col(0), r.col(1).equals("c"));
        }
        return new ActorStatus(set.freeze());
    }

    /**
     * @param head the head noun's own reading (true: civilians)
     * @param s the phrase's first token, {@code headStart} its head's, {@code e} one past its last
     */
    boolean civilian(List<Token> toks, int s, int headStart, int e, boolean head) {
        if (head) {
            return !any(toks, s, headStart, false);
        }
        if (any(toks, Math.max(0, s - BEFORE), headStart, true)) {
            return true;
        }
        // only the two-word "off duty" after the phrase: a lone "retired" there is a verb ("the troops retired")
        for (int i = e; i < Math.min(toks.size(), e + AFTER); i++) {
            PhraseSet.Match<Boolean> m = words.at(toks, i);
            if (m != null && m.value() && m.end() - m.start() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word that makes people armed stands just before token {@code head} ("armed youths"). */
    boolean armedBefore(List<Token> toks, int head) {
        return any(toks, Math.max(0, head - BEFORE), head, false);
    }

    /** Whether a status word of the given reading starts in [from, to). */
    private boolean any(List<Token> toks, int from, int to, boolean civilian) {
        for (int i = from; i < to; i++) {
            PhraseSet.Match<Boolean> m = words.at(toks, i);
            if (m != null && m.value() == civilian) {
                return true;
            }
        }
        return false;
    }
}
