package org.sitrep.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.model.SubEventType;

/**
 * Scores {@link SnippetClassifier} on RAMS passages whose trigger type maps onto one ACLED sub-event type
 * (rams-acled.tsv). The trigger's sentence is classified, forced and unforced (unforced: an empty detection
 * counts as the class NONE, which is always wrong here since every scored passage has an ACLED type), and scored
 * with {@link TypeEvaluation#score} (support-weighted F1). Three subsets: all mapped passages, the development
 * part (passages not about Syria, used for error analysis) and the Syria passages (reported, not tuned on).
 */
public final class RamsTypeEvaluation {
    /** Forced and unforced scores over one subset. */
    public record Part(int passages, TypeEvaluation.Score forced, TypeEvaluation.Score unforced) {
    }

    /** Scores of all mapped passages, of the non-Syria (dev) ones and of the Syria ones. */
    public record Result(int passagesRead, int passagesMapped, Part all, Part dev, Part syria,
                         Map<String, Integer> unmappedTypes) {
    }

    private RamsTypeEvaluation() {
    }

    public static Result evaluate(Path ramsFile, SnippetClassifier c) throws IOException {
        return evaluate(RamsPassage.read(ramsFile), RamsAcledMap.get(), c);
    }

    static Result evaluate(List<RamsPassage> passages, RamsAcledMap map, SnippetClassifier c) {
        List<String[]> fAll = new ArrayList<>();
        List<String[]> uAll = new ArrayList<>();
        List<String[]> fDev = new ArrayList<>();
        List<String[]> uDev = new ArrayList<>();
        List<String[]> fSyr = new ArrayList<>();
        List<String[]> uSyr = new ArrayList<>();
        Map<String, Integer> unmapped = new TreeMap<>();
        for (RamsPassage p : passages) {
            Optional<SubEventType> gold = map.acled(p.eventType());
            if (gold.isEmpty()) {
                unmapped.merge(p.eventType(), 1, Integer::sum);
                continue;
            }
            String sentence = p.sentenceText();
            String g = gold.get().label();
            String[] forced = {p.docKey(), g, c.classifyForced(sentence).type().label()};
            String[] unforced = {p.docKey(), g,
                    c.detect(sentence).map(st -> st.type().label()).orElse(TypeEvaluation.NONE)};
            fAll.add(forced);
            uAll.add(unforced);
            (p.syria() ? fSyr : fDev).add(forced);
            (p.syria() ? uSyr : uDev).add(unforced);
        }
        return new Result(passages.size(), fAll.size(), part(fAll, uAll), part(fDev, uDev), part(fSyr, uSyr),
                Map.copyOf(unmapped));
    }

    private static Part part(List<String[]> forced, List<String[]> unforced) {
        return new Part(forced.size(), TypeEvaluation.score(forced), TypeEvaluation.score(unforced));
    }
}
