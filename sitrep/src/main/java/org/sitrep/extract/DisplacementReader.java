package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Measure;
import org.sitrep.model.MeasureKind;
import org.sitrep.model.Quantity;

/**
 * Reads how many people were displaced from a sentence: the people before the words ("some 40,000 people fled",
 * "thousands of families fled their homes"), after them ("displaced at least 120,000", "the displacement of 9,000
 * people"), between a causative verb and its "to"-clause ("forced 5,000 residents to leave") or named by the word
 * itself ("120,000 displaced"). The counted noun must be a unit of displacement_units.tsv, so fighters who flee are
 * not counted and families stay families; a bare amount ("more than 40,000 have fled") counts people. Amounts follow
 * NumberReader's conservative reading; none means no measure. Stateless and thread-safe.
 */
final class DisplacementReader {
    /** Words that may stand between the people and the verb: "40,000 people have reportedly fled". */
    private static final Set<String> AUXILIARIES = ClosedClass.of("auxiliaries");
    /** Words that end the people's noun phrase. */
    private static final Set<String> STOP = ClosedClass.of("stop.displacement");
    private static final Set<String> VICTIM_WORDS = ClosedClass.of("victim-words");
    private static final Set<String> HOMES = ClosedClass.of("homes");
    private static final int MAX_MODIFIERS = 2;
    private static final int SUBJECT_REACH = 10;

    /** People counted over tokens [amountStart, end): amount (whole) and unit. */
    private record People(int amountStart, int amountEnd, int end, int value, String unit) {
    }

    private final TriggerLexicon triggerLex;
    private final ActorLexicon actorLex;
    private final MeasureLexicon lex;
    private final NumberReader numbers;

    DisplacementReader(TriggerLexicon triggerLex, ActorLexicon actorLex, MeasureLexicon lex, NumberReader numbers) {
        this.triggerLex = triggerLex;
        this.actorLex = actorLex;
        this.lex = lex;
        this.numbers = numbers;
    }

    List<MeasureHit> read(String text, List<Token> toks) {
        List<MeasureHit> out = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            PhraseSet.Match<Set<MeasureLexicon.Role>> m = lex.displacement.at(toks, i);
            if (m == null) {
                continue;
            }
            Set<MeasureLexicon.Role> roles = m.value();
            if (MeasureHit.negatedBefore(toks, m.start())) {
                i = m.end() - 1;
                continue;
            }
            People p = null;
            int s = m.start();
            int e = m.end();
            if (roles.contains(MeasureLexicon.Role.OBJECT) || roles.contains(MeasureLexicon.Role.NOUN)) {
                p = after(toks, m.end(), false);
            }
            if (p == null && roles.contains(MeasureLexicon.Role.CAUSATIVE)) {
                p = after(toks, m.end(), true);
            }
            if (p != null) {
                e = p.end();
            }
            if (p == null && roles.contains(MeasureLexicon.Role.SUBJECT)) {
                p = before(toks, m.start());
                s = p == null ? s : p.amountStart();
            }
            if (p == null && roles.contains(MeasureLexicon.Role.ADJECTIVE)) {
                p = named(toks, m.start(), m.end());
                if (p != null) {
                    s = p.amountStart();
                    e = p.end();
                }
            }
            if (p != null) {
                Quantity q = new Quantity(p.value(), Token.mention(text, toks, p.amountStart(), p.amountEnd()));
                out.add(new MeasureHit(new Measure(MeasureKind.DISPLACED, q, p.unit(), Token.mention(text, toks, s, e)),
                        s, e, p.amountStart(), p.amountEnd()));
            }
            i = m.end() - 1;
        }
        return out;
    }

    /**
     * The people after an object verb or noun: amount, optional "of", up to two modifiers and a unit noun, or a bare
     * amount before a stop word. A causative also needs its closing "to flee" or "from their homes".
     */
    private People after(List<Token> toks, int p, boolean causative) {
        int n = toks.size();
        NumberReader.Hit h = numbers.at(toks, p, n);
        if (h == null || h.value() == null) {
            return null;
        }
        int[] tail = unitAfter(toks, h.end(), n);
        if (tail == null) {
            return null;
        }
        int e = tail[0];
        String unit = tail[1] < 0 ? "people" : unitName(toks, tail[1]);
        if (causative) {
            e = closesCausative(toks, e);
            if (e < 0) {
                return null;
            }
        }
        return new People(h.start(), h.end(), e, h.value(), unit);
    }

    /** The people before a subject verb ("some 40,000 people fled"), the widest amount that reaches the verb. */
    private People before(List<Token> toks, int verb) {
        int q = verb;
        while (q > 0 && AUXILIARIES.contains(toks.get(q - 1).lower())) {
            q--;
        }
        for (int s = Math.max(0, q - SUBJECT_REACH); s < q; s++) {
            NumberReader.Hit h = numbers.at(toks, s, q);
            if (h == null || h.value() == null) {
                continue;
            }
            int[] tail = unitAfter(toks, h.end(), q);
            if (tail != null && tail[0] == q) {
                return new People(h.start(), h.end(), verb, h.value(),
                        tail[1] < 0 ? "people" : unitName(toks, tail[1]));
            }
        }
        return null;
    }

    /** "120,000 displaced", "9,000 IDPs", "5,000 displaced families": an amount right before the word itself. */
    private People named(List<Token> toks, int word, int wordEnd) {
        for (int s = Math.max(0, word - 4); s < word; s++) {
            NumberReader.Hit h = numbers.at(toks, s, word);
            if (h == null || h.value() == null || h.end() != word) {
                continue;
            }
            // "killed 5 displaced people", "including 3 displaced children": victims who had been displaced before
            if (h.start() > 0 && (VICTIM_WORDS.contains(toks.get(h.start() - 1).lower())
                    || endsTrigger(toks, h.start()))) {
                return null;
            }
            int[] tail = unitAfter(toks, wordEnd, toks.size());
            if (tail == null) {
                return null;
            }
            return new People(h.start(), h.end(), tail[1] < 0 ? wordEnd : tail[0], h.value(),
                    tail[1] < 0 ? "people" : unitName(toks, tail[1]));
        }
        return null;
    }

    /**
     * After an amount at p: {end, unit start} for "[of] [modifiers] unit-noun", {p, -1} for a bare amount (end of
     * clause, punctuation or a stop word next), or null when some other noun follows ("300 fighters").
     */
    private int[] unitAfter(List<Token> toks, int p, int limit) {
        int i = p;
        if (i < limit && toks.get(i).is("of")) {
            i++;
        }
        int mods = 0;
        while (i < limit) {
            PhraseSet.Match<String> u = lex.units.at(toks, i, limit);
            if (u != null) {
                return new int[] {u.end(), u.start()};
            }
            Token t = toks.get(i);
            if (mods < MAX_MODIFIERS && t.isWord() && !STOP.contains(t.lower())
                    && lex.displacement.at(toks, i, limit) == null && actorLex.actorHeads().at(toks, i, limit) == null) {
                mods++;
                i++;
                continue;
            }
            break;
        }
        if (i != p) {
            return null;
        }
        Token next = p < limit ? toks.get(p) : null;
        return next == null || next.isPunct() || STOP.contains(next.lower())
                || lex.displacement.at(toks, p, limit) != null ? new int[] {p, -1} : null;
    }

    /** Whether an event trigger ("killed", "wounded", "shelled") ends right before token e. */
    private boolean endsTrigger(List<Token> toks, int e) {
        for (int s = Math.max(0, e - 3); s < e; s++) {
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, s, e);
            if (m != null && m.end() == e) {
                return true;
            }
        }
        return false;
    }

    private String unitName(List<Token> toks, int at) {
        return lex.units.at(toks, at).value();
    }

    /** The end of "to flee", "to leave" or "from their homes" right after a causative's people, or -1. */
    private int closesCausative(List<Token> toks, int e) {
        int n = toks.size();
        if (e + 1 < n && toks.get(e).is("to")) {
            PhraseSet.Match<Set<MeasureLexicon.Role>> m = lex.displacement.at(toks, e + 1);
            return m != null && m.value().contains(MeasureLexicon.Role.LEAVE) ? m.end() : -1;
        }
        if (e + 2 < n && toks.get(e).is("from") && HOMES.contains(toks.get(e + 1).lower())) {
            return e + 3;
        }
        if (e + 3 < n && toks.get(e).is("out") && toks.get(e + 1).is("of") && HOMES.contains(toks.get(e + 2).lower())) {
            return e + 4;
        }
        return -1;
    }


}
