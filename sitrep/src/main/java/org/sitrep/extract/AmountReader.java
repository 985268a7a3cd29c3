package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.ClauseAnalyzer.Hit;
import org.sitrep.model.Quantity;

/** Amounts of a clause: how many were killed or injured, how many strikes, and whether the clause is a statistic. */
final class AmountReader {
    /** "a woman and her child": the possessive that ties the next victims to the one before. */
    private static final Set<String> POSSESSIVES = ClosedClass.of("kin-possessives");
    /** Plural kin nouns that do not end in s. */
    private static final Set<String> PLURAL_KIN = ClosedClass.of("plural-kin");
    /** Words opening an aside on who was among the people counted ("including nine children"). */
    private static final Set<String> ASIDE_OPENERS = ClosedClass.of("aside-openers");
    /** How far before its verb a subject's count may stand ("Two fighters of the Syrian Democratic Forces lost"). */
    private static final int SUBJECT_REACH = 8;
    /** Words before a verb form that make it a complement, not the verb of a subject before it. */
    private static final Set<String> COMPLEMENT_MARKERS = ClosedClass.of("complement-markers");
    /** How many words an aside on the people counted may hold. */
    private static final int ASIDE_REACH = 8;
    private final ActorLexicon actorLex;
    private final AnchorCues anchorLex;
    private final NumberReader numbers;

    AmountReader(ActorLexicon actorLex, AnchorCues anchorLex, NumberReader numbers) {
        this.actorLex = actorLex;
        this.anchorLex = anchorLex;
        this.numbers = numbers;
    }

    boolean isStatistic(List<Token> toks, Hit h) {
        if (h.end() < toks.size() && anchorLex.statisticWords().contains(toks.get(h.end()).lower())) {
            return true;
        }
        for (int i = Math.max(0, h.start() - 5); i < h.start(); i++) {
            if (anchorLex.statisticWords().contains(toks.get(i).lower()) && i + 1 < toks.size()
                    && toks.get(i + 1).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** The smallest amount killed (or injured) in the clause, read after an active verb or before a passive one. */
    Quantity amount(String text, List<Token> toks, List<Hit> hits, int a, int b, String tag) {
        Quantity best = null;
        for (Hit h : hits) {
            if (!h.trigger().has(tag) || h.blockedBy() != null) {
                continue;
            }
            Quantity q = null;
            boolean passive = RoleReader.passiveAt(toks, h.start(), a);
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
                // "At least 18 civilians, including nine children, were killed": the subject's count is before the
                // aside, which only says who was among them
                int end = beforeAside(toks, h.start(), a);
                NumberReader.Hit near = null;
                for (int s = Math.max(a, end - SUBJECT_REACH); s < end; s++) {
                    NumberReader.Hit n = numbers.at(toks, s, end);
                    if (n != null && n.value() != null && noPunct(toks, n.end(), end) && !complement(toks, h, a)
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
     * "surrounded 29 policemen with the aim of killing them", "sent 40 men to kill": a verb form after "of", "to" or
     * "for" is another verb's complement, and a count before it is that verb's object, no toll.
     */
    private static boolean complement(List<Token> toks, Hit h, int a) {
        return h.start() > a && COMPLEMENT_MARKERS.contains(toks.get(h.start() - 1).lower());
    }

    /**
     * Where the subject before a verb at {@code verb} ends when an aside set off by commas closes it ("18 civilians,
     * including nine children, were killed"): the aside's opening comma; else {@code verb}.
     */
    private static int beforeAside(List<Token> toks, int verb, int a) {
        int close = -1;
        for (int i = verb - 1; i >= Math.max(a, verb - 3); i--) {
            if (toks.get(i).is(",")) {
                close = i;
                break;
            }
        }
        for (int i = close - 1; close > 0 && i >= Math.max(a + 1, close - ASIDE_REACH); i--) {
            if (toks.get(i).is(",")) {
                return i + 1 < close && ASIDE_OPENERS.contains(toks.get(i + 1).lower()) ? i : verb;
            }
        }
        return verb;
    }

    /**
     * "A teenager was shot dead", "a soldier was wounded": a singular subject opened by "a/an/one" right before a
     * passive killing or wounding verb is one victim. Only plain words between the article and the verb group.
     */
    private Quantity singleSubject(String text, List<Token> toks, int t, int a) {
        int be = t - 1;
        while (be >= a && !RoleReader.BE.contains(toks.get(be).lower())) {
            be--;
        }
        for (int i = be - 1; i >= Math.max(a, be - 6); i--) {
            Token w = toks.get(i);
            if (w.is("a") || w.is("an") || w.is("one")) {
                // "A man and his son were killed": the one and those a possessive ties to them
                Quantity kin = withKin(text, toks, i, i + 2, be);
                if (kin != null) {
                    return kin;
                }
                return i >= be - 4 && (i + 1 < be && !toks.get(be - 1).lower().endsWith("s") || i + 1 == be - 1)
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
            Quantity kin = withKin(text, toks, i, e, b);
            return kin != null ? kin : quantity(text, toks, i, e, 1);
        }
        if (t.capitalised()) {
            int e = i;
            while (e < b && (toks.get(e).capitalised() || toks.get(e).glued())) {
                e++;
            }
            // a capitalised group name followed by a plural head ("ISIS fighters") is not one person
            if (e < b && actorLex.actorHeads().at(toks, e, b) != null) {
                return null;
            }
            if (e < b && toks.get(e).lower().endsWith("s") && !toks.get(e).isPunct() && !toks.get(e).is("and")) {
                return null;
            }
            return quantity(text, toks, i, e, 1);
        }
        return null;
    }

    /**
     * "killing a woman and her child", "a man and his two sons": one person and those named with them after "and" by
     * a possessive, one for a singular noun or the number told; null when the victims go on otherwise ("a woman and
     * her children" gives no count of the children, so the one person stays the count).
     */
    private Quantity withKin(String text, List<Token> toks, int i, int e, int b) {
        if (e + 2 >= b || !toks.get(e).is("and") || !POSSESSIVES.contains(toks.get(e + 1).lower())) {
            return null;
        }
        NumberReader.Hit n = numbers.at(toks, e + 2, b);
        if (n != null && n.value() != null && n.end() < b && toks.get(n.end()).isWord()) {
            return quantity(text, toks, i, n.end() + 1, 1 + n.value());
        }
        Token noun = toks.get(e + 2);
        boolean singular = noun.isWord() && !noun.lower().endsWith("s") && !PLURAL_KIN.contains(noun.lower());
        return singular ? quantity(text, toks, i, e + 3, 2) : null;
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
    Quantity countBefore(String text, List<Token> toks, Hit h, int a) {
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
}
