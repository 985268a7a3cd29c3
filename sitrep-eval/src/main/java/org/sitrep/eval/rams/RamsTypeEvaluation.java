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
 * counts as the class NONE, which is always wrong here since every scored passage has an ACLED type); the forced
 * choice also at the trigger ({@link SnippetClassifier#classifyForcedAt}: the type of the act the trigger names, as
 * the record types it, for RAMS types each trigger, and a sentence may tell several acts); each is scored
 * with {@link TypeScores#score} (support-weighted F1). Three subsets: all mapped passages, the development
 * part (passages not about Syria, used for error analysis) and the Syria passages (reported, not tuned on).
 */
public final class RamsTypeEvaluation {
    /** Forced (of the sentence, and at the trigger) and unforced scores over one subset. */
    public record Part(int passages, TypeScores.Score forced, TypeScores.Score atTrigger, TypeScores.Score unforced) {
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
        Judgements all = new Judgements();
        Judgements dev = new Judgements();
        Judgements syria = new Judgements();
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
            String detected = c.detect(sentence).map(st -> st.type().label()).orElse(TypeScores.NONE);
            String forced = c.classifyForced(sentence).type().label();
            String atTrigger = atTrigger(c, p);
            all.add(id, g, forced, atTrigger, detected);
            (p.syria() ? syria : dev).add(id, g, forced, atTrigger, detected);
        }
        return new Result(passages.size(), all.forced.size(), all.part(), dev.part(), syria.part(),
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
        Judgements typed = new Judgements();
        Judgements sure = new Judgements();
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
            String forced = c.classifyForced(sentence).type().label();
            String atTrigger = atTrigger(c, p);
            typed.add(id, g, forced, atTrigger, detected);
            if (label.get().sure()) {
                sure.add(id, g, forced, atTrigger, detected);
            }
        }
        if (labelled < labels.size()) {
            throw new IllegalStateException(RamsLabels.FILE + ": " + (labels.size() - labelled)
                    + " labelled passages are not in the RAMS file read");
        }
        return new Labelled(labelled, typed.part(), sure.part(), TypeScores.score(detection));
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

    /** The forced choice at the passage's trigger, the trigger given within its sentence. */
    private static String atTrigger(SnippetClassifier c, RamsPassage p) {
        int from = p.triggerSentence()[0];
        return c.classifyForcedAt(p.sentenceText(), p.trigger()[0] - from, p.trigger()[1] - from).type().label();
    }

    /** The three readings of the passages of one subset, judged against their gold types. */
    private static final class Judgements {
        final List<TypeScores.Judged> forced = new ArrayList<>();
        final List<TypeScores.Judged> atTrigger = new ArrayList<>();
        final List<TypeScores.Judged> unforced = new ArrayList<>();

        void add(String id, String gold, String forcedType, String atTriggerType, String detected) {
            forced.add(new TypeScores.Judged(id, gold, forcedType));
            atTrigger.add(new TypeScores.Judged(id, gold, atTriggerType));
            unforced.add(new TypeScores.Judged(id, gold, detected));
        }

        Part part() {
            return new Part(forced.size(), TypeScores.score(forced), TypeScores.score(atTrigger),
                    TypeScores.score(unforced));
        }
    }
}
