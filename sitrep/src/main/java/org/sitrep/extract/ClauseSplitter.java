package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a sentence's tokens into clauses, so that each clause can anchor its own event: at ";", "while",
 * "whereas", "but" and ", as/after/when", before a subordinate clause with its own subject and verb, and before
 * "and" when a new subject and a verb trigger follow. Stateless.
 */
final class ClauseSplitter {
    private ClauseSplitter() {
    }

    private static final Set<String> CLAUSE_WORDS = ClosedClass.of("clause-words");
    private static final Set<String> COMMA_CLAUSE_WORDS = ClosedClass.of("comma-clause-words");
    /**
     * Clauses, and coordinated clauses with their own subject: "jets struck Y and rebels shelled Z" is cut before
     * "and" when a new actor follows it and a verb trigger follows that actor within two words.
     */
    static List<int[]> clauses(List<Token> toks, NameSpotter.Names names, List<ClauseAnalyzer.Hit> hits) {
        List<int[]> out = new ArrayList<>();
        for (int[] c : clauses(toks)) {
            int s = c[0];
            for (int i = c[0] + 2; i < c[1] - 1; i++) {
                if (!toks.get(i).is("and")) {
                    continue;
                }
                int j = afterTimePhrase(toks, i + 1, c[1]);
                if (j < c[1] && toks.get(j).is("the")) {
                    j++;
                }
                int subjectEnd = -1;
                for (NameSpan n : names.actors()) {
                    if (n.start() == j && !n.civilian()) {
                        subjectEnd = n.end();
                    }
                }
                // "... and on October 27 it suicide-bombed another checkpoint": a pronoun subject opens a clause too
                if (subjectEnd < 0 && j < c[1] && SUBJECT_PRONOUNS.contains(toks.get(j).lower())) {
                    subjectEnd = j + 1;
                }
                if (subjectEnd < 0 || !hitBetween(hits, c[0], i, true)) {
                    continue;
                }
                boolean verbAfter = false;
                for (ClauseAnalyzer.Hit h : hits) {
                    verbAfter |= h.trigger().verb() && h.start() >= subjectEnd && h.start() - subjectEnd <= 2
                            && h.end() <= c[1];
                }
                if (verbAfter) {
                    int cut = i > s && toks.get(i - 1).is(",") ? i - 1 : i;
                    out.add(new int[] {s, cut});
                    s = i + 1;
                }
            }
            out.add(new int[] {s, c[1]});
        }
        return subordinate(toks, names, hits, out);
    }

    /** Words opening a subordinate clause with its own subject when no comma marks it. */
    static final Set<String> DISTANCE_UNITS = ClosedClass.of("distance-units");
    private static final Set<String> SUBORDINATORS = ClosedClass.of("subordinators");
    /** Words that leave a main clause without a stated event: then its "after" clause may hold the event. */
    private static final Set<String> IRREALIS = ClosedClass.of("irrealis");
    /** Words before "as" that make it no clause opener: "such as", "known as", "as well as", "the same as". */
    private static final Set<String> NOT_CLAUSE_AS = ClosedClass.of("not-clause-as");
    /** Words that cannot be the verb right after a subject. */
    private static final Set<String> NOT_VERBS = ClosedClass.of("not-verbs");

    /**
     * "... would not accept air strikes after the coalition shot down a jet", "battles are raging as the army and
     * its allies try to retake the town": a subordinator followed by a subject (a name, or a pronoun) and a verb
     * opens a clause of its own even without a comma, when a trigger stands before it.
     */
    private static List<int[]> subordinate(List<Token> toks, NameSpotter.Names names, List<ClauseAnalyzer.Hit> hits,
                                           List<int[]> clauses) {
        List<int[]> out = new ArrayList<>();
        for (int[] c : clauses) {
            int s = c[0];
            for (int i = c[0] + 2; i < c[1] - 2; i++) {
                String w = toks.get(i).lower();
                if (!SUBORDINATORS.contains(w) || w.equals("as") && NOT_CLAUSE_AS.contains(toks.get(i - 1).lower())
                        || !hitBetween(hits, s, i, false)) {
                    continue;
                }
                // "killed five people after the army shelled the town": a background clause stays with its event
                // unless the main clause states none ("would not accept strikes after the coalition downed a jet")
                if (w.equals("after") && !anyWord(toks, s, i, IRREALIS)) {
                    continue;
                }
                int verb = afterSubject(toks, names, i + 1, c[1]);
                if (verb < 0) {
                    continue;
                }
                Token v = toks.get(verb);
                if (!v.isWord() || v.capitalised() || NOT_VERBS.contains(v.lower())) {
                    continue;
                }
                out.add(new int[] {s, i});
                s = i;
            }
            out.add(new int[] {s, c[1]});
        }
        return out;
    }

    private static boolean anyWord(List<Token> toks, int s, int e, Set<String> words) {
        for (int i = s; i < e; i++) {
            if (words.contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause starting at {@code start} tells the circumstance of the one before: "while ...", "as ...". */
    static boolean circumstance(List<Token> toks, int start) {
        return toks.get(start).is("while") || toks.get(start).is("as");
    }

    /** The token after a subject starting at j (names joined by "and" or commas, or a pronoun), or -1. */
    static int afterSubject(List<Token> toks, NameSpotter.Names names, int j, int end) {
        if (j < end && SUBJECT_PRONOUNS.contains(toks.get(j).lower())) {
            return j + 1 < end ? j + 1 : -1;
        }
        int p = j;
        while (p < end && RoleReader.DETERMINERS.contains(toks.get(p).lower())) {
            p++;
        }
        if (nameAt(names, p) < 0) {
            return -1;
        }
        // names, capitalised words, commas, "and", articles and lower-case words of a name's apposition
        // ("X, the group's local branch, and allied factions"), up to the first word that can only be the verb
        int i = p;
        while (i < end && i - p < 24) {
            int e = nameAt(names, i);
            if (e > i) {
                i = e;
                continue;
            }
            Token w = toks.get(i);
            if (w.is(",") || w.is("and") || RoleReader.DETERMINERS.contains(w.lower()) || w.capitalised() || w.glued()
                    || w.is("'s") || w.is("allied")) {
                i++;
                continue;
            }
            // a lower-case word inside an apposition opened by a comma and an article is still the subject, and
            // so is a noun closing a name's description before a comma ("X local wing, Y and Z try")
            // ("al" of "Jaish al-Islam" is a name particle before its hyphenated part)
            if (inApposition(toks, p, i) || i + 1 < end && (toks.get(i + 1).is(",") || toks.get(i + 1).glued())
                    || i + 2 < end && toks.get(i + 1).is("and") && (nameAt(names, i + 2) > 0
                    || toks.get(i + 2).capitalised())) {
                i++;
                continue;
            }
            return i > p && i + 1 < end ? i : -1;
        }
        return -1;
    }

    /** Whether token i lies after ", a/an/the" with no closing comma yet, within the subject starting at p. */
    private static boolean inApposition(List<Token> toks, int p, int i) {
        for (int q = i - 1; q > p; q--) {
            if (toks.get(q).is(",")) {
                return q + 1 < i && RoleReader.DETERMINERS.contains(toks.get(q + 1).lower());
            }
        }
        return false;
    }

    /** End of a non-civilian actor name starting at i, or -1. */
    private static int nameAt(NameSpotter.Names names, int i) {
        for (NameSpan n : names.actors()) {
            if (n.start() == i && !n.civilian()) {
                return n.end();
            }
        }
        return -1;
    }

    private static final Set<String> SUBJECT_PRONOUNS = ClosedClass.of("pronoun-subjects");
    private static final Set<String> TIME_WORDS = ClosedClass.of("time-words");

    /** The first token after a short time phrase ("on October 27", "the next day", "later") starting at i. */
    private static int afterTimePhrase(List<Token> toks, int i, int end) {
        int j = i;
        while (j < end && j - i < 4 && (TIME_WORDS.contains(toks.get(j).lower()) || toks.get(j).isNumber()
                || toks.get(j).capitalised() && MONTHS_AND_DAYS.contains(toks.get(j).lower()))) {
            j++;
        }
        // only a phrase that ends before a subject counts; "and the army shelled" keeps its article for the caller
        return j > i && j < end && toks.get(j - 1).is("the") ? j - 1 : j;
    }

    private static final Set<String> MONTHS_AND_DAYS = ClosedClass.of("months-and-days");

    private static boolean hitBetween(List<ClauseAnalyzer.Hit> hits, int s, int e, boolean verb) {
        for (ClauseAnalyzer.Hit h : hits) {
            if (h.start() >= s && h.end() <= e && (!verb || h.trigger().verb())) {
                return true;
            }
        }
        return false;
    }

    /** Clause boundaries: ";", "while", "whereas", and ", but/as/after/when". */
    static List<int[]> clauses(List<Token> toks) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            boolean cut = t.is(";") || (CLAUSE_WORDS.contains(t.lower()) && i > s + 2)
                    || (i > s + 2 && i + 1 < toks.size() && t.is(",")
                    && COMMA_CLAUSE_WORDS.contains(toks.get(i + 1).lower()));
            if (cut) {
                if (i > s) {
                    out.add(new int[] {s, i});
                }
                s = t.is(",") ? i + 1 : (t.is(";") ? i + 1 : i);
            }
        }
        if (s < toks.size()) {
            out.add(new int[] {s, toks.size()});
        }
        return out;
    }
}
