package org.sitrep.extract;

import java.util.List;
import java.util.Set;

/**
 * Tells when a capital stands for its government ("Moscow denied", "Damascus accused Ankara of shelling",
 * "Washington on Monday condemned") rather than for a place. Such a name is the subject of a reporting, stance,
 * action or event verb, or the object of "accused X of"; true locatives ("in Damascus", "near Damascus",
 * "Damascus's suburbs", "the Damascus countryside") keep their place reading because a subject stands at a clause
 * start, never after a preposition, article or possessive.
 */
final class GovernmentSeats {
    /** Words that may stand between a subject and its verb without changing the reading. */
    private static final Set<String> BETWEEN = ClosedClass.of("between");
    private static final Set<String> WEEKDAYS = ClosedClass.of("weekdays");
    /** Words after which a clause, and so a subject, may start. */
    private static final Set<String> CLAUSE_OPENERS = ClosedClass.of("clause-openers");
    /** Nouns a reported claim goes by: "a charge Moscow denied" makes the seat the subject of a relative clause. */
    private static final Set<String> CLAIM_NOUNS = ClosedClass.of("claim-nouns");
    private static final Set<String> ACCUSE = ClosedClass.of("accuse");

    private final TriggerLexicon triggerLex;
    private final ModalityCues modalLex;
    private final GovernmentLexicon govLex;

    GovernmentSeats(TriggerLexicon triggerLex, ModalityCues modalLex, GovernmentLexicon govLex) {
        this.triggerLex = triggerLex;
        this.modalLex = modalLex;
        this.govLex = govLex;
    }

    /** How a name is used: as a place, as an actor (its government acts), or as a source (it speaks). */
    enum Reading { PLACE, ACTOR, SOURCE }

    /**
     * The reading of tokens [s, e): ACTOR when a seat of government is the subject of an action or event verb or
     * the one "accused of" something, SOURCE when it is the subject of a reporting or stance verb, else PLACE.
     */
    Reading read(List<Token> toks, int s, int e) {
        PhraseSet.Match<String> m = govLex.governmentSeats().at(toks, s, e);
        if (m == null || m.end() != e || !toks.get(s).capitalised()) {
            return Reading.PLACE;
        }
        if (accusedOf(toks, s, e)) {
            return Reading.ACTOR;
        }
        return subjectOfVerb(toks, s, e);
    }

    /** "accused Ankara of shelling", "blamed Washington for the strike". */
    private static boolean accusedOf(List<Token> toks, int s, int e) {
        return s > 0 && ACCUSE.contains(toks.get(s - 1).lower()) && e < toks.size()
                && (toks.get(e).is("of") || toks.get(e).is("for"));
    }

    private Reading subjectOfVerb(List<Token> toks, int s, int e) {
        boolean claimClause = false;
        // "The United States launched": an article opening the clause belongs to the subject
        if (s > 0 && toks.get(s - 1).is("the")) {
            s--;
        }
        if (s > 0) {
            Token before = toks.get(s - 1);
            boolean opener = before.isPunct() && !before.is("'") && !before.is("\u2019")
                    || CLAUSE_OPENERS.contains(before.lower());
            claimClause = CLAIM_NOUNS.contains(before.lower());
            if (!opener && !claimClause) {
                return Reading.PLACE;
            }
        }
        int j = e;
        while (j < toks.size()) {
            Token t = toks.get(j);
            if (BETWEEN.contains(t.lower())) {
                j++;
            } else if (t.is("on") && j + 1 < toks.size() && WEEKDAYS.contains(toks.get(j + 1).lower())) {
                j += 2;
            } else if (t.is(",") && j + 1 < toks.size() && !toks.get(j + 1).isPunct()) {
                // "Moscow, for its part, denied": step over a short parenthetical between commas
                int close = j + 1;
                while (close < toks.size() && close - j <= 5 && !toks.get(close).is(",")) {
                    close++;
                }
                if (close >= toks.size() || close - j > 5) {
                    return Reading.PLACE;
                }
                j = close + 1;
            } else {
                break;
            }
        }
        Reading r = j < toks.size() ? verbReading(toks, j) : Reading.PLACE;
        // after a claim noun only a speaking verb makes a relative clause ("a charge Moscow denied")
        return claimClause && r != Reading.SOURCE ? Reading.PLACE : r;
    }

    private Reading verbReading(List<Token> toks, int j) {
        Token t = toks.get(j);
        if (t.capitalised()) {
            return Reading.PLACE;
        }
        Boolean action = govLex.governmentVerbs().get(t.lower());
        if (action != null) {
            return action ? Reading.ACTOR : Reading.SOURCE;
        }
        if (modalLex.reporting().at(toks, j) != null) {
            return Reading.SOURCE;
        }
        PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, j);
        return m != null && m.value().verb() ? Reading.ACTOR : Reading.PLACE;
    }
}
