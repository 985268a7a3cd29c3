package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.DataRow;

/**
 * Trigger words read in a sense that is no event of their own: a word in another sense ("struck a deal", "prices
 * exploded", the month March) and an agreement told as broken or collapsed ("the ceasefire collapsed"). Each trigger
 * form has rows of context words that must stand on one side of it, within a window of words (other_senses.tsv,
 * undone_agreements.tsv). {@link EpisodicReading} asks these first, before any reading of tense or purpose.
 * Immutable and thread-safe.
 */
final class OtherSenses {
    private record Sense(boolean after, int window, Set<String> context) {
    }

    private final Map<String, List<Sense>> senses;
    private final Map<String, List<Sense>> undone;

    OtherSenses(TriggerLexicon triggerLex) {
        this.senses = readSenses(triggerLex, "other_senses.tsv");
        this.undone = readSenses(triggerLex, "undone_agreements.tsv");
    }

    /** Whether the trigger on [anchor, anchorEnd) is a word in a sense that names no event. */
    boolean otherSense(List<Token> toks, int anchor, int anchorEnd) {
        if (month(toks, anchor)) {
            return true;
        }
        return inContext(senses, toks, anchor, anchorEnd);
    }

    /** Whether the trigger on [anchor, anchorEnd) names an agreement told as broken: the deal, no event now. */
    boolean undone(List<Token> toks, int anchor, int anchorEnd) {
        return inContext(undone, toks, anchor, anchorEnd);
    }

    /** Whether a context word of one of the trigger's rows stands on its side of the trigger, within its window. */
    private static boolean inContext(Map<String, List<Sense>> rows, List<Token> toks, int anchor, int anchorEnd) {
        String phrase = phrase(toks, anchor, anchorEnd);
        for (Sense s : rows.getOrDefault(phrase, rows.getOrDefault(toks.get(anchor).lower(), List.of()))) {
            int from = s.after() ? anchorEnd : Math.max(0, anchor - s.window());
            int to = s.after() ? Math.min(toks.size(), anchorEnd + s.window()) : anchor;
            for (int i = from; i < to; i++) {
                if (s.context().contains(toks.get(i).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "March" as the month: capitalised inside a sentence, or at its start before a number. */
    static boolean month(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.text().equals("March")) {
            return false;
        }
        return i > 0 || i + 1 < toks.size() && toks.get(i + 1).isNumber();
    }

    private static String phrase(List<Token> toks, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (i > a) {
                sb.append(' ');
            }
            sb.append(toks.get(i).lower());
        }
        return sb.toString();
    }

    private static Map<String, List<Sense>> readSenses(TriggerLexicon triggerLex, String file) {
        Map<String, List<Sense>> out = new HashMap<>();
        for (DataRow r : DataFile.rows(file, 4)) {
            boolean after = switch (r.col(1)) {
                case "after" -> true;
                case "before" -> false;
                default -> throw r.error("side must be 'after' or 'before': " + r.col(1));
            };
            int window;
            try {
                window = Integer.parseInt(r.col(2));
            } catch (NumberFormatException e) {
                throw r.error("window is not a number: " + r.col(2));
            }
            if (window < 1 || window > 5) {
                throw r.error("window must be 1 to 5 words: " + window);
            }
            Set<String> context = Set.copyOf(java.util.Arrays.asList(r.col(3).split("\\|")));
            for (String form : r.col(0).split("\\|")) {
                String f = String.join(" ", PhraseSet.words(form));
                if (triggerLex.triggers().get(f) == null) {
                    throw r.error("'" + form + "' is not a trigger form in triggers.tsv");
                }
                out.computeIfAbsent(f, x -> new ArrayList<>()).add(new Sense(after, window, context));
            }
        }
        out.replaceAll((f, list) -> List.copyOf(list));
        return Map.copyOf(out);
    }
}
