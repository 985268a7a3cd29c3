package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sitrep.knowledge.NameHit;
import org.sitrep.knowledge.NameKey;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.Span;

/**
 * Finds actor names and generic actor phrases in text, dropping hits that only look like names: acronyms not written
 * in capitals ("sdf") and the verb "is". Actor hits carry actor ids; generic hits carry generic-mention ids and are
 * told apart with {@link Hit#generic()}. Thread-safe.
 */
public final class ActorMentionFinder {
    private static final String IS_ID = "islamic-state";

    private final ActorKnowledgeBase kb;

    public ActorMentionFinder(ActorKnowledgeBase kb) {
        this.kb = kb;
    }

    /** A name found: actor ids (or one generic id) it may denote. */
    public record Hit(NameHit name, boolean generic) {
        public List<String> ids() {
            return name.entryIds();
        }
    }

    /** Hits in {@code text[from, to)}, left to right, not overlapping; actor names win over generic phrases. */
    public List<Hit> find(String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        for (NameHit h : kb.names().scan(text, from, to)) {
            List<String> ok = new ArrayList<>();
            String key = NameKey.of(h.matched());
            for (String id : h.entryIds()) {
                Actor a = kb.byId(id).orElseThrow();
                if (!kb.acceptsAsWritten(a, key, h.matched())) {
                    continue;
                }
                if (id.equals(IS_ID) && key.equals("is")) {
                    int[] sentence = sentenceAround(text, h.span().start(), h.span().end());
                    String s = text.substring(sentence[0], sentence[1]);
                    if (!IsDisambiguator.isGroup(s, h.span().start() - sentence[0], h.span().end() - sentence[0])) {
                        continue;
                    }
                }
                ok.add(id);
            }
            if (!ok.isEmpty()) {
                out.add(new Hit(new NameHit(h.span(), h.matched(), ok), false));
            }
        }
        // the names found so far, ordered by start: a generic phrase is checked against the few that can reach it
        // (a check against every name made long texts quadratic)
        List<Span> names = out.stream().map(h -> h.name().span()).sorted(Comparator.comparingInt(Span::start))
                .toList();
        int[] starts = names.stream().mapToInt(Span::start).toArray();
        int longest = names.stream().mapToInt(Span::length).max().orElse(0);
        for (NameHit g : kb.genericNames().scan(text, from, to)) {
            if (!overlapsAny(names, starts, longest, g.span())) {
                out.add(new Hit(g, true));
            }
        }
        out.sort(Comparator.comparing(h -> h.name().span()));
        return out;
    }

    private static boolean overlapsAny(List<Span> sorted, int[] starts, int longest, Span s) {
        int i = Arrays.binarySearch(starts, s.start() - longest);
        for (i = i < 0 ? -i - 1 : i; i > 0 && starts[i - 1] >= s.start() - longest; i--) {
            // equal starts: step back to the first of them
        }
        for (; i < starts.length && starts[i] < s.end(); i++) {
            if (sorted.get(i).overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    public List<Hit> find(String text) {
        return find(text, 0, text.length());
    }

    /** How far either side of a stretch its sentence is looked for (the extractor's longest sentence). */
    private static final int MAX_REACH = 2_000;

    /** The sentence (by . ! ? or line break) around a stretch of text, as [start, end), at most MAX_REACH each side. */
    static int[] sentenceAround(String text, int start, int end) {
        // a text without sentence ends (a run-on list, a dump) is read no further than the extractor reads one sentence
        int s = start;
        int sFloor = Math.max(0, start - MAX_REACH);
        while (s > sFloor && !isBoundary(text, s - 1)) {
            s--;
        }
        int e = end;
        int eCeiling = Math.min(text.length(), end + MAX_REACH);
        while (e < eCeiling && !isBoundary(text, e)) {
            e++;
        }
        return new int[] {s, Math.min(text.length(), e + 1)};
    }

    private static boolean isBoundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?') {
            return true;
        }
        // a full stop ends a sentence unless it belongs to an abbreviation like "U.S." or "I.S."
        return c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
                && !(i >= 2 && text.charAt(i - 2) == '.');
    }
}
