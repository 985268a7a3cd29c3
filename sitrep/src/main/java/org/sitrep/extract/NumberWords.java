package org.sitrep.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.knowledge.DataRow;

/** Numbers written as words ("dozens", "three") and their multipliers ("thousand"): numbers.tsv, multipliers.tsv. */
record NumberWords(PhraseSet<Integer> numberWords, Map<String, Integer> multipliers) {
    static NumberWords load() {
        PhraseSet<Integer> words = new PhraseSet<>();
        for (DataRow r : DataFile.rows("numbers.tsv", 2)) {
            words.add(r.col(0), Lexicons.parseInt(r, 1));
        }
        Map<String, Integer> multipliers = new HashMap<>();
        for (DataRow r : DataFile.rows("multipliers.tsv", 2)) {
            multipliers.put(r.col(0).toLowerCase(Locale.ROOT), Lexicons.parseInt(r, 1));
        }
        return new NumberWords(words.freeze(), Map.copyOf(multipliers));
    }
}
