package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.ClauseAnalyzer.Hit;
import org.sitrep.model.SubEventType;

/**
 * Roles: actor1, its associates and actor2 of a trigger within its clause, read from word order (active, passive
 * "by", nominal "X's assault on Y", coordination, "backed by").
 */
final class RoleReader {
    private final AnchorCues anchorLex;
    private final NumberReader numbers;

    RoleReader(AnchorCues anchorLex, NumberReader numbers) {
        this.anchorLex = anchorLex;
        this.numbers = numbers;
    }

    static final Set<String> BE = ClosedClass.of("be-forms");

    private static final Set<String> CONNECT = ClosedClass.of("connect");

    private static final Set<String> TARGET_PREPS = ClosedClass.of("target-preps");

    private static final Set<String> HELP = ClosedClass.of("help");

    private static final Set<String> WITH = ClosedClass.of("with");

    private static final Set<String> CLASH_LINKS = ClosedClass.of("clash-links");

    static final Set<String> DETERMINERS = ClosedClass.of("determiners");

    private static final Set<String> AGENT_PREPS = ClosedClass.of("agent-preps");

    private static final Set<String> AFTER_PARTICIPLE = ClosedClass.of("after-participle");

    private static final Set<String> PRONOUN_SUBJECTS = ClosedClass.of("pronoun-subjects");
    /** Participles saying the subject was harmed: "were wounded", "was killed". */
    private static final Set<String> HARMED = ClosedClass.of("harmed-participles");
    /** Death verbs whose subject died ("died", "lost their lives", "perished"): a harmed subject, see harmedSubject. */
    private static final Set<String> SUFFERER = ClosedClass.of("sufferer-verbs");

    /** actor1, assoc actor1 and actor2 of a trigger within its clause. */
    List<List<NameSpan>> roles(List<Token> toks, List<NameSpan> actors, Hit h, int a, int b) {
        List<List<NameSpan>> groups = groups(toks, actors);
        int t = h.start();
        List<NameSpan> a1 = new ArrayList<>();
        List<NameSpan> as1 = new ArrayList<>();
        List<NameSpan> a2 = new ArrayList<>();
        // "was killed by rebel sniper fire": the anchor is itself the agent of a passive, so its subject suffered
        boolean passive = h.trigger().verb() && (passiveAt(toks, t, a) || reducedPassive(toks, h))
                || agentPrep(toks, t, a) >= 0;
        boolean activeWithSubject = h.trigger().verb() && !passive
                && groups.stream().anyMatch(g -> g.get(g.size() - 1).end() <= t && g.get(0).start() >= a);
        List<NameSpan> by = byAgent(toks, groups, h, activeWithSubject);
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
        After after = after(toks, groups, h, by);
        List<NameSpan> target = after.target();
        List<NameSpan> firstAfter = after.firstAfter();
        List<NameSpan> secondAfter = after.secondAfter();
        List<NameSpan> helped = after.helped();
        boolean suffered = before != null && harmedSubject(toks, before, t);
        if (by != null) {
            a1.addAll(by);
            if ((passive || suffered) && before != null) {
                a2.addAll(before);
            } else if (target != null) {
                a2.addAll(target);
            } else if (firstAfter != null) {
                a2.addAll(firstAfter);
            }
        } else if (passive || suffered) {
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
        allied(toks, a1, as1);
        a2.removeAll(a1);
        return List.of(List.copyOf(a1), List.copyOf(as1), List.copyOf(a2));
    }

    /** "X and allied factions": the allied ones are associates; associates alone are the actor. */
    private static void allied(List<Token> toks, List<NameSpan> a1, List<NameSpan> as1) {
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
    }

    /** The groups after the trigger: its target, the first two, and one it helps ("alongside X"). */
    private record After(List<NameSpan> target, List<NameSpan> firstAfter, List<NameSpan> secondAfter,
                         List<NameSpan> helped) {
    }

    private static After after(List<Token> toks, List<List<NameSpan>> groups, Hit h, List<NameSpan> by) {
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
        return new After(target, firstAfter, secondAfter, helped);
    }


    /**
     * "Fierce fighting raged near the town as the army and its allies tried to push IS back": a clash noun with no
     * sides of its own takes them from the "as"/"while" clause right after it, its subject against its first
     * object.
     */
    static ClauseFacts sidesFromNextClause(List<Token> toks, NameSpotter.Names names,
                                                   AttributionReader.Result attr, ClauseFacts f, int[] next) {
        if (f.type() != SubEventType.ARMED_CLASH || f.trigger().verb() || !f.actor1().isEmpty()
                || !f.actor2().isEmpty() || !ClauseSplitter.circumstance(toks, next[0])) {
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

    /**
     * "The army's shelling of Douma killed eight civilians": with no target read from the anchor, the victims of an
     * active killing or wounding verb of the same clause are actor2.
     */
    List<NameSpan> victimsOfKilling(List<Token> toks, List<NameSpan> actors, List<Hit> hits, Hit best,
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
    static boolean insideActor(List<NameSpan> actors, Hit h) {
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

    boolean labelOnly(List<Token> toks, Hit h, int b) {
        return !h.trigger().verb() && h.end() < b && anchorLex.modifiedHeads().contains(toks.get(h.end()).lower());
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
     * The first group after the trigger introduced by "by" ("by the army", "by the rebels"), or null. An active verb
     * with its subject does not take the agent of a participle after it ("units are dismantling mines planted by the
     * terrorists").
     */
    private static List<NameSpan> byAgent(List<Token> toks, List<List<NameSpan>> groups, Hit h,
                                          boolean activeWithSubject) {
        for (List<NameSpan> g : groups) {
            int s = g.get(0).start();
            if (s > h.end() && (toks.get(s - 1).is("by") || (s >= 2 && toks.get(s - 2).is("by")
                    && DETERMINERS.contains(toks.get(s - 1).lower())))) {
                return activeWithSubject && participleBetween(toks, h.end(), s) ? null : g;
            }
        }
        return null;
    }

    /** Whether a lower-case "-ed" word stands in [from, to): a participle that a later "by" may belong to. */
    private static boolean participleBetween(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            Token w = toks.get(i);
            if (w.isWord() && !w.capitalised() && w.lower().endsWith("ed") && w.lower().length() > 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * "by", "in" or "from" within three plain words before a trigger and right after a passive verb group:
     * "was killed by militia sniper fire", "were killed in Israeli tank shelling".
     */
    boolean byPhrase(List<Token> toks, int t, int a) {
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

    static boolean preceded(List<Token> toks, int s, Set<String> words) {
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

    /**
     * "Several SDF fighters were wounded and received medical care after the strike": a subject told as harmed ("be"
     * and a harm participle right after it) suffered the event named later in its clause; it did not do it. So did a
     * subject of a death verb ("Two SDF fighters lost their lives when a Turkish drone targeted their vehicle").
     */
    private static boolean harmedSubject(List<Token> toks, List<NameSpan> subject, int trigger) {
        int e = subject.get(subject.size() - 1).end();
        return e + 1 < trigger && beVerb(toks.get(e)) && HARMED.contains(toks.get(e + 1).lower())
                || e < trigger && SUFFERER.contains(toks.get(e).lower());
    }

    static boolean passiveAt(List<Token> toks, int t, int a) {
        if (toks.get(t).lower().endsWith("ing")) {
            return false; // "are dismantling", "were shelling": the progressive is active
        }
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

    static boolean pronounBefore(List<Token> toks, int t, int a) {
        for (int i = t - 1; i >= Math.max(a, t - 2); i--) {
            if (PRONOUN_SUBJECTS.contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
