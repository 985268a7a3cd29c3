package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Measure;
import org.sitrep.model.MeasureKind;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;

/**
 * Reads equipment destroyed or captured from a sentence: after an active verb ("destroyed two tanks and a BMP",
 * "seized 3 pickup trucks mounted with machine guns"), before a passive one ("a helicopter was shot down") or after
 * a noun ("the destruction of five tanks"). Amounts follow ACLED's conservative reading (NumberReader); "a tank" is
 * one; an amount that is not a number ("large amounts of ammunition", "tanks", "the tank") gives no measure, since
 * unknown stays unknown. Words and classes come from equipment_verbs.tsv and equipment.txt. Stateless and
 * thread-safe.
 */
final class EquipmentReader {
    private static final Set<String> BE = ClosedClass.of("be-forms");
    /** Words that may stand between "were" and the verb: "were reportedly destroyed". */
    private static final Set<String> ADVERBS = ClosedClass.of("adverbs");
    private static final Set<String> ARTICLES = ClosedClass.of("articles");
    /** Words that open an object without saying how many: "destroyed their tanks" is no number. */
    private static final Set<String> DETERMINERS = ClosedClass.of("determiners.equipment");
    /** Words that end a noun phrase: conjunctions, prepositions, relatives, forms of "be". */
    private static final Set<String> STOP = ClosedClass.of("stop.equipment");
    private static final int MAX_MODIFIERS = 4;
    /** How far back a passive verb's subject list may start. */
    private static final int PASSIVE_REACH = 14;

    /** One coordinated object over tokens [start, end): amount (null when not a number) and the head noun. */
    private record Item(int start, int end, Integer value, int amountStart, int amountEnd, boolean article,
                        String what, boolean opened) {
    }

    private final NumberWords numberLex;
    private final ActorLexicon actorLex;
    private final MeasureLexicon lex;
    private final NumberReader numbers;

    EquipmentReader(NumberWords numberLex, ActorLexicon actorLex, MeasureLexicon lex) {
        this.numberLex = numberLex;
        this.actorLex = actorLex;
        this.lex = lex;
        this.numbers = new NumberReader(numberLex);
    }

    List<MeasureHit> read(String text, List<Token> toks) {
        List<MeasureHit> out = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            PhraseSet.Match<MeasureLexicon.EquipmentVerb> m = lex.equipmentVerbs.at(toks, i);
            if (m == null) {
                continue;
            }
            MeasureLexicon.EquipmentVerb verb = m.value();
            int be = beBefore(toks, m.start());
            if (MeasureHit.negatedBefore(toks, be >= 0 ? be : m.start())) {
                i = m.end() - 1;
                continue;
            }
            if (be >= 0 && verb.passive()) {
                List<Item> items = before(toks, be);
                if (!items.isEmpty()) {
                    emit(text, toks, verb.kind(), items, items.get(0).start(), m.end(), out);
                }
            } else if (be < 0 && (verb.active() || verb.voice() == MeasureLexicon.Voice.NOUN)) {
                List<Item> items = list(toks, m.end(), n);
                if (!items.isEmpty()) {
                    emit(text, toks, verb.kind(), items, m.start(), items.get(items.size() - 1).end(), out);
                }
            }
            i = m.end() - 1;
        }
        return out;
    }

    private void emit(String text, List<Token> toks, MeasureKind kind, List<Item> items, int s, int e,
                      List<MeasureHit> out) {
        Mention phrase = Token.mention(text, toks, s, e);
        for (Item it : items) {
            if (it.value() == null) {
                continue;
            }
            // "a helicopter": the article alone reads as no number, so the mention runs to the noun
            int qe = it.article() ? it.end() : it.amountEnd();
            Quantity q = new Quantity(it.value(), Token.mention(text, toks, it.amountStart(), qe));
            out.add(new MeasureHit(new Measure(kind, q, it.what(), phrase), s, e, it.amountStart(), qe));
        }
    }

    /** The index of "was/were" (adverbs allowed between) right before the verb, or -1. */
    private static int beBefore(List<Token> toks, int verb) {
        int j = verb - 1;
        while (j >= 0 && ADVERBS.contains(toks.get(j).lower())) {
            j--;
        }
        if (j >= 0 && (toks.get(j).is("had") || toks.get(j).is("have") || toks.get(j).is("has"))) {
            return -1;
        }
        return j >= 0 && BE.contains(toks.get(j).lower()) ? j : -1;
    }


    /** The coordinated list that ends right before a passive's "be" ("two tanks and a BMP were destroyed"). */
    private List<Item> before(List<Token> toks, int be) {
        List<Item> best = List.of();
        for (int s = be - 1; s >= Math.max(0, be - PASSIVE_REACH); s--) {
            Token t = toks.get(s);
            if (t.isPunct() && !t.is(",")) {
                break;
            }
            List<Item> items = list(toks, s, be);
            if (!items.isEmpty() && items.get(items.size() - 1).end() == be && items.get(0).opened()) {
                best = items;
            }
        }
        return best;
    }

    /** Objects coordinated by "," and "and" from token p: "two tanks, a BMP and 3 trucks". */
    private List<Item> list(List<Token> toks, int p, int limit) {
        List<Item> items = new ArrayList<>();
        int i = p;
        while (i < limit) {
            Item it = item(toks, i, limit);
            if (it == null) {
                break;
            }
            items.add(it);
            int e = it.end();
            if (e < limit && toks.get(e).is(",")) {
                e++;
            }
            if (e < limit && (toks.get(e).is("and") || toks.get(e).is("plus"))) {
                e++;
            } else if (e + 2 < limit && toks.get(e).is("as") && toks.get(e + 1).is("well")
                    && toks.get(e + 2).is("as")) {
                e += 3;
            } else if (e == it.end()) {
                break;
            }
            i = e;
        }
        return items;
    }

    /** [amount or determiner] [modifiers] equipment-noun, or null when no equipment noun heads it. */
    private Item item(List<Token> toks, int p, int limit) {
        int i = p;
        Integer value = null;
        int as = p;
        int ae = p;
        boolean article = false;
        boolean opened = false;
        NumberReader.Hit h = numbers.at(toks, i, limit);
        if (h != null) {
            value = h.value();
            ae = h.end();
            i = h.end();
            opened = true;
            // "dozens of vehicles", "two of their tanks"
            if (i + 1 < limit && toks.get(i).is("of")) {
                i += DETERMINERS.contains(toks.get(i + 1).lower()) ? 2 : 1;
            }
        } else if (ARTICLES.contains(toks.get(i).lower())) {
            article = true;
            opened = true;
            i++;
        } else if (DETERMINERS.contains(toks.get(i).lower())) {
            opened = true;
            i++;
        }
        PhraseSet.Match<MeasureLexicon.EquipmentNoun> head = null;
        int mods = 0;
        while (i < limit) {
            PhraseSet.Match<MeasureLexicon.EquipmentNoun> m = lex.equipment.at(toks, i, limit);
            if (m != null) {
                head = m;
                i = m.end();
                continue;
            }
            if (head != null) {
                // one plain word may join two equipment nouns ("anti-tank missile launchers"); a participle
                // ("trucks mounted with", "a helicopter carrying") starts a description instead
                if (i + 1 < limit && modifier(toks.get(i)) && !participle(toks.get(i))
                        && lex.equipment.at(toks, i + 1, limit) != null) {
                    i++;
                    continue;
                }
                break;
            }
            if (mods < MAX_MODIFIERS && modifier(toks.get(i))) {
                mods++;
                i++;
                continue;
            }
            break;
        }
        if (head == null) {
            return null;
        }
        if (article) {
            // "a tank" is one; "a few tanks" is not
            String last = toks.get(head.end() - 1).lower();
            value = last.endsWith("s") && !last.endsWith("ss") ? null : 1;
            ae = p + 1;
        }
        return new Item(p, head.end(), value, as, ae, article, head.value().what(), opened);
    }

    private boolean modifier(Token t) {
        if (t.isNumber()) {
            return t.glued();
        }
        return t.isWord() && !STOP.contains(t.lower()) && !DETERMINERS.contains(t.lower())
                && actorLex.actorHeads().at(List.of(t), 0) == null && numberLex.numberWords().at(List.of(t), 0) == null;
    }

    private static boolean participle(Token t) {
        String w = t.lower();
        return w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"));
    }

}
