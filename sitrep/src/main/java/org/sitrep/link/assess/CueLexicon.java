package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** A cue of one axis's position, for the look-up of every axis at once. */
    private record Placed(int axis, int position, CuePhrase cue) {
    }

    private final List<Axis> axes;
    private final List<String> negators;
    /** Every axis's cues by exact first word, and the cues starting with a stem by the stem's first letter. */
    private final Map<String, List<Placed>> allByFirstWord = new HashMap<>();
    private final Map<Character, List<Placed>> allStemsByFirstLetter = new HashMap<>();
    private final List<CuePhrase> combatants;
    /** The combatant cues' indices, by exact first word and by the first letter of a first-word stem. */
    private final Map<String, List<Integer>> combatantsByFirstWord = new HashMap<>();
    private final Map<Character, List<Integer>> combatantStemsByFirstLetter = new HashMap<>();

    CueLexicon(List<Axis> axes, List<String> negators, List<CuePhrase> combatants) {
        this.axes = List.copyOf(axes);
        this.negators = List.copyOf(negators);
        this.combatants = List.copyOf(combatants);
        for (int i = 0; i < this.combatants.size(); i++) {
            String w = this.combatants.get(i).firstWord();
            if (w.endsWith("*")) {
                combatantStemsByFirstLetter.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(i);
            } else {
                combatantsByFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        for (int x = 0; x < this.axes.size(); x++) {
            Axis a = this.axes.get(x);
            for (int p = 0; p < 2; p++) {
                for (CuePhrase cue : a.cues().get(a.positions().get(p))) {
                    String w = cue.firstWord();
                    Placed placed = new Placed(x, p, cue);
                    if (w.endsWith("*")) {
                        allStemsByFirstLetter.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(placed);
                    } else {
                        allByFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(placed);
                    }
                }
            }
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
     * The position a sentence takes on an axis of this lexicon, with negated cues counting for the other position;
     * null when it takes none or both.
     */
    String position(Axis axis, CueText text) {
        int x = axes.indexOf(axis);
        if (x < 0) {
            throw new IllegalArgumentException("not an axis of this lexicon: " + axis.name());
        }
        return positions(text)[x];
    }

    /**
     * The position the sentence takes on every axis, in {@link #axes()} order (null for none or both): what
     * {@link #position} says for each axis, found in one pass over the words instead of one pass per axis and side.
     */
    String[] positions(CueText text) {
        boolean[][] seen = new boolean[axes.size()][2];
        for (int at = 0; at < text.size(); at++) {
            String word = text.get(at);
            List<Placed> exact = allByFirstWord.get(word);
            List<Placed> stems = word.isEmpty() ? null : allStemsByFirstLetter.get(word.charAt(0));
            if (exact == null && stems == null) {
                continue;
            }
            int negated = -1;
            for (List<Placed> cues : Arrays.asList(exact, stems)) {
                if (cues == null) {
                    continue;
                }
                for (Placed c : cues) {
                    if (c.cue().matchesAt(text, at)) {
                        if (negated < 0) {
                            negated = negated(text, at) ? 1 : 0;
                        }
                        seen[c.axis()][negated == 1 ? 1 - c.position() : c.position()] = true;
                    }
                }
            }
        }
        String[] out = new String[axes.size()];
        for (int x = 0; x < out.length; x++) {
            if (seen[x][0] != seen[x][1]) {
                out[x] = axes.get(x).positions().get(seen[x][0] ? 0 : 1);
            }
        }
        return out;
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

    /** The combatant cue the sentence contains (not negated), or null; of several, the one listed first. */
    String combatantCue(String sentence) {
        CueText t = CueText.of(sentence);
        int first = combatants.size();
        for (int at = 0; at < t.size(); at++) {
            String word = t.get(at);
            for (List<Integer> cues : Arrays.asList(combatantsByFirstWord.get(word),
                    word.isEmpty() ? null : combatantStemsByFirstLetter.get(word.charAt(0)))) {
                if (cues == null) {
                    continue;
                }
                for (int i : cues) {
                    if (i < first && combatants.get(i).matchesAt(t, at) && !negated(t, at)) {
                        first = i;
                    }
                }
            }
        }
        return first < combatants.size() ? combatants.get(first).text() : null;
    }
}
