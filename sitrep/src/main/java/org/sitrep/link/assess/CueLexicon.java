package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.DataRow;

/**
 * The cue lexicons of assessment: outcome cues by axis and position, negation words, and the cue list saying
 * those killed were combatants. Loaded once from {@code org/sitrep/link/}; immutable and thread-safe.
 */
final class CueLexicon {
    static final String OUTCOMES = "outcome-cues.tsv";
    static final String NEGATIONS = "negation-cues.txt";
    static final String COMBATANTS = "combatant-cues.txt";

    /** One outcome axis with its two positions and their cues. */
    record Axis(String name, List<String> positions, Map<String, List<CuePhrase>> cues) {
    }

    private static volatile CueLexicon bundled;

    /**
     * One position's cues by their first word: a word of the text is looked up among the cues starting with it
     * instead of every cue being tried at every word; cues starting with a stem (captur*) are tried everywhere.
     */
    private record FirstWords(Map<String, List<CuePhrase>> exact, List<CuePhrase> stems) {
        static FirstWords of(List<CuePhrase> cues) {
            Map<String, List<CuePhrase>> exact = new HashMap<>();
            List<CuePhrase> stems = new ArrayList<>();
            for (CuePhrase c : cues) {
                String w = c.firstWord();
                if (w.endsWith("*")) {
                    stems.add(c);
                } else {
                    exact.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
                }
            }
            return new FirstWords(Map.copyOf(exact), List.copyOf(stems));
        }
    }

    private final List<Axis> axes;
    private final List<String> negators;
    private final List<CuePhrase> combatants;
    /** Each of this lexicon's axes' two positions' cues by first word. */
    private final Map<Axis, FirstWords[]> firstWords = new IdentityHashMap<>();

    CueLexicon(List<Axis> axes, List<String> negators, List<CuePhrase> combatants) {
        this.axes = List.copyOf(axes);
        this.negators = List.copyOf(negators);
        this.combatants = List.copyOf(combatants);
        for (Axis a : this.axes) {
            firstWords.put(a, new FirstWords[] {FirstWords.of(a.cues().get(a.positions().get(0))),
                FirstWords.of(a.cues().get(a.positions().get(1)))});
        }
    }

    static CueLexicon bundled() {
        CueLexicon c = bundled;
        if (c == null) {
            synchronized (CueLexicon.class) {
                c = bundled;
                if (c == null) {
                    c = new CueLexicon(axes(DataLines.bundled(OUTCOMES, 3)), words(DataLines.bundled(NEGATIONS, 1)),
                            phrases(DataLines.bundled(COMBATANTS, 1)));
                    bundled = c;
                }
            }
        }
        return c;
    }

    List<Axis> axes() {
        return axes;
    }

    static List<Axis> axes(List<DataRow> rows) {
        Map<String, Map<String, List<CuePhrase>>> byAxis = new LinkedHashMap<>();
        for (DataRow row : rows) {
            String axis = row.col(0);
            String position = row.col(1);
            if (axis.isEmpty() || position.isEmpty() || row.col(2).isEmpty()) {
                throw row.error("axis, position and phrase must all be given");
            }
            Map<String, List<CuePhrase>> positions = byAxis.computeIfAbsent(axis, k -> new LinkedHashMap<>());
            if (!positions.containsKey(position) && positions.size() == 2) {
                throw row.error("axis '" + axis + "' already has two positions " + positions.keySet());
            }
            try {
                positions.computeIfAbsent(position, k -> new ArrayList<>()).add(CuePhrase.parse(row.col(2)));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        List<Axis> out = new ArrayList<>();
        byAxis.forEach((name, positions) -> {
            if (positions.size() != 2) {
                throw new AssessmentDataException(OUTCOMES + ": axis '" + name + "' needs two positions, has "
                        + positions.keySet());
            }
            Map<String, List<CuePhrase>> frozen = new LinkedHashMap<>();
            positions.forEach((p, l) -> frozen.put(p, List.copyOf(l)));
            out.add(new Axis(name, List.copyOf(positions.keySet()), java.util.Collections.unmodifiableMap(frozen)));
        });
        return out;
    }

    static List<String> words(List<DataRow> rows) {
        List<String> out = new ArrayList<>();
        for (DataRow row : rows) {
            String w = row.col(0).toLowerCase(java.util.Locale.ROOT);
            if (w.isEmpty() || w.contains(" ")) {
                throw row.error("one word a line expected, found '" + row.col(0) + "'");
            }
            out.add(w);
        }
        return out;
    }

    static List<CuePhrase> phrases(List<DataRow> rows) {
        List<CuePhrase> out = new ArrayList<>();
        for (DataRow row : rows) {
            try {
                out.add(CuePhrase.parse(row.col(0)));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return out;
    }

    /**
     * The position a sentence takes on an axis, with negated cues counting for the other position; null when it
     * takes none or both.
     */
    String position(Axis axis, CueText text) {
        boolean[] seen = new boolean[2];
        FirstWords[] byPosition = firstWords.get(axis);
        for (int p = 0; p < 2; p++) {
            FirstWords f = byPosition != null ? byPosition[p] : FirstWords.of(axis.cues().get(axis.positions().get(p)));
            for (int at = 0; at < text.size(); at++) {
                for (CuePhrase cue : f.exact().getOrDefault(text.get(at), List.of())) {
                    if (cue.matchesAt(text, at)) {
                        seen[negated(text, at) ? 1 - p : p] = true;
                    }
                }
                for (CuePhrase cue : f.stems()) {
                    if (cue.matchesAt(text, at)) {
                        seen[negated(text, at) ? 1 - p : p] = true;
                    }
                }
            }
        }
        if (seen[0] == seen[1]) {
            return null;
        }
        return axis.positions().get(seen[0] ? 0 : 1);
    }

    /** True when a negation word stands within five words before {@code at}, in the same clause. */
    boolean negated(CueText text, int at) {
        for (int i = at - 1; i >= 0 && i >= at - CuePhrase.MAX_GAP; i--) {
            String w = text.get(i);
            if (w.equals(CueText.BOUNDARY)) {
                return false;
            }
            if (w.endsWith("n't")) {
                return true;
            }
            for (String n : negators) {
                if (CuePhrase.wordMatches(n, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The combatant cue the sentence contains (not negated), or null. */
    String combatantCue(String sentence) {
        CueText t = CueText.of(sentence);
        for (CuePhrase cue : combatants) {
            for (int at : cue.matches(t)) {
                if (!negated(t, at)) {
                    return cue.text();
                }
            }
        }
        return null;
    }
}
