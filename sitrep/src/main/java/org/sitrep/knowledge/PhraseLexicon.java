package org.sitrep.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Span;

/**
 * Finds known names in text by longest token match, case- and diacritic-insensitively.
 * Built once from (name, entry id) pairs; immutable and thread-safe afterwards.
 */
public final class PhraseLexicon {
    private final Map<String, Node> roots;
    private final HashBits firstWords;
    private final int size;

    private PhraseLexicon(Map<String, Node> roots, int size) {
        this.roots = roots;
        this.firstWords = HashBits.of(roots.keySet(), 8);
        this.size = size;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return size;
    }

    /** Ids of entries whose name has exactly this key ({@link NameKey#of}). */
    public List<String> lookup(String name) {
        List<String> toks = NameKey.tokens(name);
        if (toks.isEmpty()) {
            return List.of();
        }
        Node n = roots.get(toks.get(0));
        for (int i = 1; n != null && i < toks.size(); i++) {
            n = n.child(toks.get(i));
        }
        return n == null ? List.of() : n.ids;
    }

    /**
     * Every longest non-overlapping match in {@code text[from, to)}, left to right.
     * Offsets in the hits point into {@code text}.
     */
    public List<NameHit> scan(String text, int from, int to) {
        if (to - from <= CHUNK) {
            return scanWhole(text, from, to);
        }
        // a long text is scanned a stretch at a time, so its tokens are never all held at once: each stretch ends at
        // white space and is read on far enough to finish a name begun in it; the next starts after that name
        List<NameHit> hits = new ArrayList<>();
        int at = from;
        while (at < to) {
            int end = stretchEnd(text, at, to);
            int after = at;
            for (NameHit h : scanWhole(text, at, Math.min(to, end + CHUNK_OVERLAP))) {
                if (h.span().start() >= end) {
                    break;
                }
                hits.add(h);
                after = h.span().end();
            }
            at = Math.max(end, after);
        }
        return hits;
    }

    /** Characters scanned at once; longer texts go by stretches. */
    static final int CHUNK = 1 << 16;
    /** How far past a stretch a name begun in it may run (far longer than any name). */
    private static final int CHUNK_OVERLAP = 1_000;

    /** The end of the stretch from {@code at}: after the last white space before the chunk size, or the chunk size. */
    private static int stretchEnd(String text, int at, int to) {
        int limit = at + CHUNK;
        if (limit >= to) {
            return to;
        }
        for (int i = limit; i > at + CHUNK / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return limit;
    }

    private List<NameHit> scanWhole(String text, int from, int to) {
        ScanTokens toks = ScanTokens.of(text, from, to);
        List<NameHit> hits = new ArrayList<>();
        int count = toks.size();
        int i = 0;
        while (i < count) {
            String first = toks.word(i);
            if (!firstWords.mayHold(first)) {
                i++;
                continue;
            }
            Node n = roots.get(first);
            int bestEnd = -1;
            Node best = null;
            int j = i;
            while (n != null) {
                if (!n.ids.isEmpty()) {
                    bestEnd = j;
                    best = n;
                }
                j++;
                if (j >= count) {
                    break;
                }
                n = n.child(toks.word(j));
            }
            if (best != null) {
                int s = toks.start(i);
                int e = toks.end(bestEnd);
                hits.add(new NameHit(new Span(s, e), text.substring(s, e), best.ids));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return hits;
    }

    public List<NameHit> scan(String text) {
        return scan(text, 0, text.length());
    }

    /**
     * A word of a name: the words that may follow it and the entries whose name ends here. Most nodes end one name
     * and go no further (a lexicon of the gazetteer holds some 30,000), so the follower map is made only for a node
     * that has one, and the ids are a short list while building: a map and a linked set per node were a sixth of
     * the gazetteer's load.
     */
    private static final class Node {
        /** The nodes of the words that may follow; null while there are none. */
        Map<String, Node> next;
        /** Ids while the lexicon is built (in the order added, each once); null once it is built. */
        List<String> adding = new ArrayList<>(1);
        /**
         * The ids, immutable, set when the lexicon is built: every hit shares this list instead of copying the ids.
         * Written before the lexicon is constructed and reached only through its final field, so safely published.
         */
        List<String> ids = List.of();

        Node child(String word) {
            return next == null ? null : next.get(word);
        }

        Node childOrNew(String word) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(word, k -> new Node());
        }
    }

    public static final class Builder {
        private final Map<String, Node> roots = new HashMap<>();
        private int size;
        private boolean built;

        private Builder() {
        }

        /** Adds a name for an entry; names without letters or digits are rejected. */
        public Builder add(String name, String entryId) {
            List<String> toks = NameKey.tokens(name);
            if (toks.isEmpty()) {
                throw new IllegalArgumentException("name has no letters or digits: '" + name + "' (" + entryId + ")");
            }
            return addTokens(toks, entryId);
        }

        /**
         * Adds a name already folded by {@link NameKey#tokens} (non-empty), for callers that hold its tokens
         * anyway: folding a non-ASCII name runs a transliterator, the dearest part of loading a big lexicon.
         */
        public Builder addTokens(List<String> toks, String entryId) {
            if (built) {
                throw new IllegalStateException("already built");
            }
            if (toks.isEmpty()) {
                throw new IllegalArgumentException("no tokens for " + entryId);
            }
            Node n = roots.computeIfAbsent(toks.get(0), k -> new Node());
            for (int i = 1; i < toks.size(); i++) {
                n = n.childOrNew(toks.get(i));
            }
            if (!n.adding.contains(entryId)) {
                n.adding.add(entryId);
                size++;
            }
            return this;
        }

        /** The lexicon; the builder is spent (its trie now belongs to the lexicon). */
        public PhraseLexicon build() {
            if (built) {
                throw new IllegalStateException("already built");
            }
            built = true;
            Deque<Node> todo = new ArrayDeque<>(roots.values());
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                n.ids = n.adding.isEmpty() ? List.of() : List.copyOf(n.adding);
                n.adding = null;
                if (n.next != null) {
                    todo.addAll(n.next.values());
                }
            }
            return new PhraseLexicon(roots, size);
        }
    }
}
