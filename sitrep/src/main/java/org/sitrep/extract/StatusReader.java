package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Status;

/**
 * Finds status observations in one sentence: a state phrase (status_words.tsv) said of a route or a place. A verb
 * or adjective takes the route or place that directly follows it ("again blocked the road", "the closed supply
 * route"); after a copula, or when nothing follows, it takes the nearest one before it ("the road was still cut",
 * "Kuweires remains under siege"). States of routes need a route; states of places need a place name. Stateless.
 */
final class StatusReader {
    /** How far before the state its subject may end, in tokens (only punctuation may stand between). */
    private static final int BACK = 2;
    /** How far from the state a place beside its route may be named, in tokens. */
    private static final int BESIDE = 15;
    /** The longest lower-case article inside a name ("al", "ez", "ash"): a form, not a word list. */
    private static final int NAME_ARTICLE_LETTERS = 3;
    /** How far after the state an agent's "by" may come ("closed due to an obstruction by ISIS"). */
    private static final int AGENT_REACH = 8;

    /** A route phrase over tokens [start, end): named ("Khanasser highway", "M5") or not ("the road"). */
    record RouteRef(int start, int end, boolean named) {
    }

    /**
     * One observation: the state phrase [start, end), its subject [subjectStart, subjectEnd) (a route phrase, maybe
     * unnamed, or a place name), the agent [actorStart, actorEnd) or -1, whether a pronoun stands for the agent,
     * the hedge word (or null), and whether the state is denied, a purpose, or said of a part of the subject.
     */
    record Found(int start, int end, Status.State state, Status.Subject subject, int subjectStart, int subjectEnd,
                 boolean namedSubject, NameSpan actor, boolean pronounAgent, String hedge,
                 boolean negated, boolean aim, boolean partial, boolean present, int atStart, int atEnd,
                 int firstInDays, boolean timeClause) {
        Found withFirstInDays(int days) {
            return new Found(start, end, state, subject, subjectStart, subjectEnd, namedSubject, actor,
                    pronounAgent, hedge, negated, aim, partial, present, atStart, atEnd, days, timeClause);
        }
    }

    private final StatusWords words;
    private final java.util.Set<String> pronouns;
    private final NumberWords numbers;

    StatusReader(StatusWords words, java.util.Set<String> pronouns, NumberWords numbers) {
        this.words = words;
        this.pronouns = pronouns;
        this.numbers = numbers;
    }

    /**
     * Whether a whole state phrase stands in the sentence: the cheap test before names are spotted (a first word
     * alone is not enough: "in" starts "in the hands of" and most sentences).
     */
    boolean mayState(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (words.states.startsWith(toks.get(i).lower()) && words.states.at(toks, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** The route phrases of a sentence, in order. */
    List<RouteRef> routes(List<Token> toks) {
        List<RouteRef> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            PhraseSet.Match<Boolean> head = words.routeHeads.at(toks, i);
            if (head == null) {
                if (toks.get(i).isWord() && roadNumber(toks.get(i).text())) {
                    out.add(new RouteRef(i, i + 1, true));
                }
                continue;
            }
            int s = i;
            while (s > 0 && nameToken(toks, s - 1)) {
                s--;
            }
            while (s < i && !toks.get(s).isWord()) {
                s++;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).end() > s) {
                out.remove(out.size() - 1);
            }
            out.add(new RouteRef(s, head.end(), s < i));
            i = head.end() - 1;
        }
        return out;
    }

    /**
     * Road numbers as written ("M5", "M4": M or m and one or two digits), a form, not a word list; read by hand, as
     * every word of every sentence is asked.
     */
    private static boolean roadNumber(String word) {
        int n = word.length();
        if (n < 2 || n > 3 || word.charAt(0) != 'M' && word.charAt(0) != 'm') {
            return false;
        }
        for (int k = 1; k < n; k++) {
            if (word.charAt(k) < '0' || word.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A word of a route's name: capitalised and no determiner ("The"), a road number, a dash inside a name, or the
     * lower-case article of a name between a capitalised word and a dash ("ez" of "Deir ez-Zor").
     */
    private boolean nameToken(List<Token> toks, int k) {
        Token t = toks.get(k);
        if (t.isPunct()) {
            return (t.is("-") || t.is("\u2013")) && k > 0
                    && (toks.get(k - 1).capitalised() || article(toks, k - 1));
        }
        return t.capitalised() && words.role(toks, k) != StatusWords.Role.DETERMINER || article(toks, k);
    }

    /** A short lower-case word joined by a hyphen to the capitalised word after it, a capitalised word before it. */
    private static boolean article(List<Token> toks, int k) {
        Token t = toks.get(k);
        if (!t.isWord() || t.capitalised() || t.text().length() > NAME_ARTICLE_LETTERS || k == 0
                || k + 1 >= toks.size() || !toks.get(k - 1).capitalised()) {
            return false;
        }
        // the tokenizer drops an intra-word hyphen and marks the next word glued; a spaced dash stays a token
        Token next = toks.get(k + 1);
        return next.glued() && next.capitalised() || (next.is("-") || next.is("\u2013")) && k + 2 < toks.size()
                && toks.get(k + 2).capitalised();
    }

    List<Found> read(List<Token> toks, List<NameSpan> places, List<NameSpan> actors) {
        List<RouteRef> routes = routes(toks);
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            PhraseSet.Match<StatusWords.StateWord> m = words.states.at(toks, i);
            if (m == null || inRoute(routes, i)) {
                continue;
            }
            Found f = observation(toks, m, routes, places, actors, out.isEmpty() ? null : out.get(out.size() - 1));
            if (f != null) {
                out.add(f);
            }
            i = m.end() - 1;
        }
        int first = firstTimeInDays(toks);
        if (first > 0) {
            out.replaceAll(f -> f.withFirstInDays(first));
        }
        return out;
    }

    /** "for the first time in three months": the length in days, or 0 when the sentence says no such thing. */
    private int firstTimeInDays(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            PhraseSet.Match<StatusWords.Role> m = words.words.at(toks, i);
            if (m == null || m.value() != StatusWords.Role.FIRST_TIME || m.end() >= toks.size()) {
                continue;
            }
            int p = m.end();
            int n = 1;
            PhraseSet.Match<Integer> number = numbers.numberWords().at(toks, p);
            if (number != null) {
                n = number.value();
                p = number.end();
            } else if (toks.get(p).isNumber() && toks.get(p).text().matches("\\d{1,3}")) {
                n = Integer.parseInt(toks.get(p).text());
                p++;
            } else if (toks.get(p).is("a")) {
                p++;
            }
            PhraseSet.Match<Integer> unit = words.units.at(toks, p);
            if (unit != null) {
                return n * unit.value();
            }
        }
        return 0;
    }

    private Found observation(List<Token> toks, PhraseSet.Match<StatusWords.StateWord> m, List<RouteRef> routes,
                              List<NameSpan> places, List<NameSpan> actors, Found previous) {
        Lead lead = lead(toks, m.start());
        StatusWords.StateWord w = m.value();
        boolean agentInPhrase = toks.get(m.end() - 1).is("by") || toks.get(m.end() - 1).is("of");
        int[] subject = null;
        boolean partial = false;
        if (!lead.copula && !agentInPhrase) {
            int p = skipDeterminers(toks, m.end());
            if (p < toks.size() && words.role(toks, p) == StatusWords.Role.PART) {
                partial = true;
                p = skipDeterminers(toks, words.words.at(toks, p).end());
            }
            subject = startingAt(p, routes, places, w.subjects());
        }
        if (subject == null) {
            partial = false;
            // "the highway, which stayed open": the state is said of the noun before the relative word
            int before = lead.start > 0 && words.role(toks, lead.start - 1) == StatusWords.Role.RELATIVE
                    ? lead.start - 1 : lead.start;
            subject = endingBefore(toks, before, routes, places, w.subjects());
        }
        if (subject == null && previous != null && lead.start > 0
                && words.role(toks, lead.start - 1) == StatusWords.Role.CONJUNCTION
                && w.subjects().allows(previous.subject())) {
            subject = new int[] {previous.subjectStart(), previous.subjectEnd(),
                previous.subject() == Status.Subject.ROUTE ? 1 : 0, previous.namedSubject() ? 1 : 0};
            partial = previous.partial();
            lead.present |= previous.present();
        }
        if (subject == null) {
            return null;
        }
        int[] at = subject[2] == 1 ? beside(toks, m.start(), subject[1], routes, places) : null;
        NameSpan agent = agent(toks, m.end(), lead, agentInPhrase, actors);
        boolean pronoun = agent == null && !lead.copula && lead.start > 0
                && pronouns.contains(toks.get(lead.start - 1).lower());
        return new Found(m.start(), m.end(), w.state(), subject[2] == 1 ? Status.Subject.ROUTE : Status.Subject.PLACE,
                subject[0], subject[1], subject[3] == 1, agent, pronoun, lead.hedge, lead.negated, lead.aim, partial,
                lead.present, at == null ? -1 : at[0], at == null ? -1 : at[1], 0,
                opensTimeClause(toks, Math.min(subject[0], lead.start)));
    }

    /**
     * Where along the route: the first place named after the route in the same clause ("cut the road south of X"),
     * else the one nearest before the state ("at X the road was cut"); never a place inside a route's name.
     */
    private static int[] beside(List<Token> toks, int state, int subjectEnd, List<RouteRef> routes,
                                List<NameSpan> places) {
        int from = Math.max(state, subjectEnd);
        for (NameSpan n : places) {
            if (n.start() >= from && n.start() - from <= BESIDE && !inRoute(routes, n.start())
                    && sameClause(toks, n, from)) {
                return new int[] {n.start(), n.end()};
            }
        }
        NameSpan best = null;
        for (NameSpan n : places) {
            if (n.end() > state) {
                continue;
            }
            if (!inRoute(routes, n.start()) && distance(n, state) <= BESIDE && sameClause(toks, n, state)
                    && (best == null || distance(n, state) < distance(best, state))) {
                best = n;
            }
        }
        return best == null ? null : new int[] {best.start(), best.end()};
    }

    private static boolean sameClause(List<Token> toks, NameSpan n, int state) {
        for (int k = Math.min(n.start(), state); k < Math.max(n.end(), state); k++) {
            if (toks.get(k).is(";") || toks.get(k).is(":")) {
                return false;
            }
        }
        return true;
    }

    private static int distance(NameSpan n, int i) {
        return n.start() >= i ? n.start() - i : i - n.end();
    }

    /** The words right before a state phrase: adverbs, a hedge, a negator, a copula, "to". */
    private static final class Lead {
        int start;
        boolean copula;
        boolean negated;
        boolean aim;
        boolean present;
        String hedge;
    }

    private Lead lead(List<Token> toks, int at) {
        Lead l = new Lead();
        l.start = at;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int k = Math.max(0, l.start - 3); k < l.start; k++) {
                PhraseSet.Match<StatusWords.Role> r = words.words.at(toks, k);
                if (r == null || r.end() != l.start || r.value() == StatusWords.Role.DETERMINER
                        || r.value() == StatusWords.Role.PART || r.value() == StatusWords.Role.CONJUNCTION
                        || r.value() == StatusWords.Role.FIRST_TIME || r.value() == StatusWords.Role.RELATIVE) {
                    continue;
                }
                switch (r.value()) {
                    case COPULA -> l.copula = true;
                    case NEGATOR -> l.negated = true;
                    case AIM -> l.aim = true;
                    case HEDGE -> l.hedge = toks.get(k).lower();
                    case PRESENT -> l.present = true;
                    default -> { }
                }
                l.start = k;
                moved = r.value() != StatusWords.Role.AIM;
                break;
            }
        }
        return l;
    }

    /** Whether a clause of another time opens just before token p ("while the road was closed"). */
    private boolean opensTimeClause(List<Token> toks, int p) {
        int k = p - 1;
        while (k >= 0 && words.role(toks, k) == StatusWords.Role.DETERMINER) {
            k--;
        }
        return k >= 0 && words.role(toks, k) == StatusWords.Role.TIME_CLAUSE;
    }

    private int skipDeterminers(List<Token> toks, int p) {
        int n = 0;
        while (p < toks.size() && n < 3 && words.role(toks, p) == StatusWords.Role.DETERMINER
                && words.words.at(toks, p).end() == p + 1) {
            p++;
            n++;
        }
        return p;
    }

    /** {start, end, route?1:0, named?1:0} of a route or place beginning at token p, or null. */
    private static int[] startingAt(int p, List<RouteRef> routes, List<NameSpan> places, StatusWords.Subjects s) {
        if (s.allows(Status.Subject.ROUTE)) {
            for (RouteRef r : routes) {
                if (r.start() == p) {
                    return new int[] {r.start(), r.end(), 1, r.named() ? 1 : 0};
                }
            }
        }
        if (s.allows(Status.Subject.PLACE)) {
            for (NameSpan n : places) {
                if (n.start() == p && !inRoute(routes, p)) {
                    return new int[] {n.start(), n.end(), 0, 1};
                }
            }
        }
        return null;
    }

    /** The nearest route or place ending shortly before token p, within the clause. */
    private static int[] endingBefore(List<Token> toks, int p, List<RouteRef> routes, List<NameSpan> places,
                                      StatusWords.Subjects s) {
        int[] best = null;
        if (s.allows(Status.Subject.ROUTE)) {
            for (RouteRef r : routes) {
                if (r.end() <= p && p - r.end() <= BACK && (best == null || r.end() > best[1])) {
                    best = new int[] {r.start(), r.end(), 1, r.named() ? 1 : 0};
                }
            }
        }
        if (s.allows(Status.Subject.PLACE)) {
            for (NameSpan n : places) {
                if (n.end() <= p && p - n.end() <= BACK && !inRoute(routes, n.start())
                        && (best == null || n.end() > best[1])) {
                    best = new int[] {n.start(), n.end(), 0, 1};
                }
            }
        }
        if (best != null) {
            for (int k = best[1]; k < p; k++) {
                Token t = toks.get(k);
                if (!t.isPunct() || t.is(";") || t.is(":") || t.is(".")) {
                    return null;
                }
            }
        }
        return best;
    }

    /**
     * Who cut, holds or besieges: the name after the phrase's own "by" ("held by the army"), after a later "by"
     * ("closed due to an obstruction by ISIS"), or, for a verb, the name right before it ("ISIS cut the road").
     */
    private static NameSpan agent(List<Token> toks, int end, Lead lead, boolean inPhrase, List<NameSpan> actors) {
        int from = inPhrase ? end : -1;
        for (int k = end; from < 0 && k < Math.min(toks.size(), end + AGENT_REACH); k++) {
            if (toks.get(k).is(".") || toks.get(k).is(";")) {
                break;
            }
            if (toks.get(k).is("by")) {
                from = k + 1;
            }
        }
        if (from >= 0) {
            for (NameSpan a : actors) {
                if (a.start() >= from && a.start() <= from + 2 && !a.civilian()) {
                    return a;
                }
            }
        }
        if (!lead.copula) {
            for (NameSpan a : actors) {
                if (a.end() == lead.start && !a.civilian()) {
                    return a;
                }
            }
        }
        return null;
    }

    private static boolean inRoute(List<RouteRef> routes, int i) {
        for (RouteRef r : routes) {
            if (i >= r.start() && i < r.end()) {
                return true;
            }
        }
        return false;
    }
}
