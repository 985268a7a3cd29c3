package org.sitrep.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.Attribution;

/**
 * Who a report is attributed to: named outlets and organisations (sources.tsv), source words ("monitor"), and the
 * words shaping an attribution link's name by kind (time, month, descriptor, prefix, leads, own-staff).
 */
record SourceLexicon(PhraseSet<Attribution.Role> sources, Map<String, Attribution.Role> sourceWords,
                     Map<String, Set<String>> attributionWords) {
    /** The attribution words of one kind (empty for a kind the file has no row of). */
    Set<String> words(String kind) {
        return attributionWords.getOrDefault(kind, Set.of());
    }

    static SourceLexicon load() {
        PhraseSet<Attribution.Role> sources = new PhraseSet<>();
        for (DataRow r : DataFile.rows("sources.tsv", 2)) {
            sources.add(r.col(0), Lexicons.role(r, r.col(1)));
        }
        Map<String, Set<String>> words = new HashMap<>();
        for (DataRow r : DataFile.rows("attribution_words.tsv", 2)) {
            switch (r.col(1)) {
                case "time", "month", "descriptor", "prefix", "leads", "own-staff" -> { }
                default -> throw r.error("unknown kind '" + r.col(1)
                        + "' (time, month, descriptor, prefix, leads or own-staff)");
            }
            words.computeIfAbsent(r.col(1), x -> new HashSet<>()).add(Lexicons.lowerWord(r));
        }
        Map<String, Attribution.Role> sourceWords = new HashMap<>();
        for (DataRow r : DataFile.rows("source_words.tsv", 2)) {
            sourceWords.put(r.col(0).toLowerCase(Locale.ROOT), Lexicons.role(r, r.col(1)));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        words.forEach((kind, set) -> frozen.put(kind, Set.copyOf(set)));
        return new SourceLexicon(sources.freeze(), Map.copyOf(sourceWords), Map.copyOf(frozen));
    }
}
