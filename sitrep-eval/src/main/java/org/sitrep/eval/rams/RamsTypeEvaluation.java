package org.sitrep.eval.rams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.extract.SnippetClassifier;
import org.sitrep.extract.TypeScores;
import org.sitrep.model.SubEventType;

/**
 * Scores {@link SnippetClassifier} on RAMS passages whose trigger type maps onto one ACLED sub-event type
 * (rams-acled.tsv). The trigger's sentence is classified, forced and unforced (unforced: an empty detection
 * counts as the class NONE, which is always wrong here since every scored passage has an ACLED type), and scored
 * with {@link TypeScores#score} (support-weighted F1). Three subsets: all mapped passages, the development
 * part (passages not about Syria, used for error analysis) and the Syria passages (reported, not tuned on).
 */
public final class RamsTypeEvaluation {
    /** Forced and unforced scores over one subset. */
    public record Part(int passages, TypeScores.Score forced, TypeScores.Score unforced) {
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
        List<TypeScores.Judged> fAll = new ArrayList<>();
        List<TypeScores.Judged> uAll = new ArrayList<>();
        List<TypeScores.Judged> fDev = new ArrayList<>();
        List<TypeScores.Judged> uDev = new ArrayList<>();
        List<TypeScores.Judged> fSyr = new ArrayList<>();
        List<TypeScores.Judged> uSyr = new ArrayList<>();
        Map<String, Integer> unmapped = new TreeMap<>();
        for (RamsPassage p : passages) {
            Optional<SubEventType> gold = map.acled(p.eventType());
            if (gold.isEmpty()) {
                unmapped.merge(p.eventType(), 1, Integer::sum);
                continue;
            }
            String sentence = p.sentenceText();
            String g = gold.get().label();
            String id = errorId(p);
            TypeScores.Judged forced = new TypeScores.Judged(id, g, c.classifyForced(sentence).type().label());
            TypeScores.Judged unforced = new TypeScores.Judged(id, g,
                    c.detect(sentence).map(st -> st.type().label()).orElse(TypeScores.NONE));
            fAll.add(forced);
            uAll.add(unforced);
            (p.syria() ? fSyr : fDev).add(forced);
            (p.syria() ? uSyr : uDev).add(unforced);
        }
        return new Result(passages.size(), fAll.size(), part(fAll, uAll), part(fDev, uDev), part(fSyr, uSyr),
                Map.copyOf(unmapped));
    }

    /**
     * Scores against our own labels ({@link RamsLabels}): forced and unforced over the sentences labelled with a type
     * (all of them, and those the labeller was sure of), and detection over every labelled sentence, where NONE (no
     * event reported) is a class of its own that an empty detection gets right.
     */
    public record Labelled(int labelled, Part typed, Part sure, TypeScores.Score detection) {
    }

    public static Labelled evaluateLabelled(Path ramsFile, SnippetClassifier c) throws IOException {
        return evaluateLabelled(RamsPassage.read(ramsFile), RamsLabels.load(), c);
    }

    static Labelled evaluateLabelled(List<RamsPassage> passages, RamsLabels labels, SnippetClassifier c) {
        List<TypeScores.Judged> fTyped = new ArrayList<>();
        List<TypeScores.Judged> uTyped = new ArrayList<>();
        List<TypeScores.Judged> fSure = new ArrayList<>();
        List<TypeScores.Judged> uSure = new ArrayList<>();
        List<TypeScores.Judged> detection = new ArrayList<>();
        int labelled = 0;
        for (RamsPassage p : passages) {
            Optional<RamsLabels.Label> label = labels.of(p.docKey());
            if (label.isEmpty()) {
                continue;
            }
            labelled++;
            String sentence = p.sentenceText();
            String id = errorId(p);
            String g = label.get().type().map(SubEventType::label).orElse(TypeScores.NONE);
            String detected = c.detect(sentence).map(st -> st.type().label()).orElse(TypeScores.NONE);
            detection.add(new TypeScores.Judged(id, g, detected));
            if (label.get().type().isEmpty()) {
                continue;
            }
            TypeScores.Judged forced = new TypeScores.Judged(id, g, c.classifyForced(sentence).type().label());
            TypeScores.Judged unforced = new TypeScores.Judged(id, g, detected);
            fTyped.add(forced);
            uTyped.add(unforced);
            if (label.get().sure()) {
                fSure.add(forced);
                uSure.add(unforced);
            }
        }
        if (labelled < labels.size()) {
            throw new IllegalStateException(RamsLabels.FILE + ": " + (labels.size() - labelled)
                    + " labelled passages are not in the RAMS file read");
        }
        return new Labelled(labelled, part(fTyped, uTyped), part(fSure, uSure), TypeScores.score(detection));
    }

    /**
     * How our own key ({@link RamsLabels}) reads the passages the RAMS map types: how many it says report no ACLED
     * event at all, and of those it types, how many it types as the map does. This bounds what the mapped figure can
     * reward of a faithful ACLED reading: a forced choice on a passage that reports no event is a guess, and a right
     * reading of a passage typed otherwise by the map counts as wrong.
     */
    public record KeyOnMapped(int mapped, int labelled, int noEvent, int typed, int asMapped) {
    }

    public static KeyOnMapped keyOnMapped(Path ramsFile) throws IOException {
        return keyOnMapped(RamsPassage.read(ramsFile), RamsAcledMap.get(), RamsLabels.load());
    }

    static KeyOnMapped keyOnMapped(List<RamsPassage> passages, RamsAcledMap map, RamsLabels labels) {
        int mapped = 0;
        int labelled = 0;
        int noEvent = 0;
        int asMapped = 0;
        for (RamsPassage p : passages) {
            Optional<SubEventType> gold = map.acled(p.eventType());
            if (gold.isEmpty()) {
                continue;
            }
            mapped++;
            Optional<RamsLabels.Label> label = labels.of(p.docKey());
            if (label.isEmpty()) {
                continue;
            }
            labelled++;
            if (label.get().type().isEmpty()) {
                noEvent++;
            } else if (label.get().type().equals(gold)) {
                asMapped++;
            }
        }
        return new KeyOnMapped(mapped, labelled, noEvent, labelled - noEvent, asMapped);
    }

    /** The id an error is listed by: the passage, its trigger and the sentence classified. */
    private static String errorId(RamsPassage p) {
        return p.docKey() + " [" + p.text().substring(p.trigger()[0], p.trigger()[1]) + "] " + p.sentenceText();
    }

    private static Part part(List<TypeScores.Judged> forced, List<TypeScores.Judged> unforced) {
        return new Part(forced.size(), TypeScores.score(forced), TypeScores.score(unforced));
    }
}
