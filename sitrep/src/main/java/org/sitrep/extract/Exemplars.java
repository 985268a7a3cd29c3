package org.sitrep.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.SubEventType;

/**
 * Short example sentences per sub-event type (exemplars.tsv, written by us) for the one case the trigger rules
 * cannot decide: a forced choice on a text with no trigger at all. The nearest exemplar by shared content-word
 * stems (cosine over stem sets) gives the type; with no shared stem, the type with most exemplars (the prior we
 * wrote down) is returned with score 0. Immutable, loaded once.
 */
final class Exemplars {
    private static final Set<String> STOP = ClosedClass.of("stop.exemplars");

    private record Example(SubEventType type, Set<String> stems) {
    }

    private final List<Example> examples = new ArrayList<>();
    private final SubEventType prior;

    private static volatile Exemplars instance;

    static Exemplars get() {
        Exemplars e = instance;
        if (e == null) {
            synchronized (Exemplars.class) {
                e = instance;
                if (e == null) {
                    e = new Exemplars();
                    instance = e;
                }
            }
        }
        return e;
    }

    private Exemplars() {
        Map<SubEventType, Integer> counts = new EnumMap<>(SubEventType.class);
        for (DataRow r : DataFile.rows("exemplars.tsv", 2)) {
            SubEventType t = SubEventType.parse(r.col(0)).orElseThrow(() -> r.error("unknown sub-event type " + r.col(0)));
            Set<String> stems = stems(r.col(1));
            if (stems.isEmpty()) {
                throw r.error("exemplar has no content word");
            }
            examples.add(new Example(t, stems));
            counts.merge(t, 1, Integer::sum);
        }
        for (SubEventType t : SubEventType.values()) {
            if (!counts.containsKey(t)) {
                throw new DataFile.DataException("exemplars.tsv: no exemplar for sub-event type " + t);
            }
        }
        SubEventType p = null;
        for (SubEventType t : SubEventType.values()) {
            if (p == null || counts.get(t) > counts.get(p)) {
                p = t;
            }
        }
        prior = p;
    }

    int size() {
        return examples.size();
    }

    /** The type of the most similar exemplar, scored by its cosine similarity; the prior with 0 if none is similar. */
    ScoredType nearest(String text) {
        Set<String> q = stems(text);
        SubEventType best = null;
        double bestSim = 0;
        for (Example e : examples) {
            int shared = 0;
            for (String s : q) {
                if (e.stems().contains(s)) {
                    shared++;
                }
            }
            double sim = shared == 0 ? 0 : shared / Math.sqrt((double) q.size() * e.stems().size());
            if (sim > bestSim) {
                bestSim = sim;
                best = e.type();
            }
        }
        return best == null ? new ScoredType(prior, 0) : new ScoredType(best, Math.min(1, bestSim));
    }

    /** Lower-case content words cut to a crude stem (plural and verb endings dropped). */
    static Set<String> stems(String text) {
        return new HashSet<>(stemSequence(text));
    }

    /** The content-word stems of {@link #stems} in text order, repeats kept. */
    static List<String> stemSequence(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text, 0, text.length())) {
            if (!t.isWord() || STOP.contains(t.lower()) || t.lower().length() < 3) {
                continue;
            }
            out.add(stem(t.lower()));
        }
        return out;
    }

    private static String stem(String w) {
        for (String suf : new String[] {"ings", "ing", "ied", "ies", "ed", "es", "s"}) {
            if (w.length() > suf.length() + 3 && w.endsWith(suf)) {
                return w.substring(0, w.length() - suf.length());
            }
        }
        return w;
    }
}
