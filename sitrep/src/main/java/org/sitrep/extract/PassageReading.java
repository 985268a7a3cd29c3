package org.sitrep.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.model.SubEventType;

/**
 * How the learned type model reads a text of several sentences. A news passage often tells one event in one sentence
 * and spends the others on background and comment; encoded whole, the commentary dilutes the event's meaning. The
 * modes are: the whole text as one vector; the most event-like sentence alone (the one whose NONE probability is
 * lowest); the mean of those two readings; or the event sentences together, those the model reads as more likely
 * an event than not (so that "Jets struck the town. Five civilians were killed." stays one air strike, while the
 * comment around an event is left out). The training run picks the mode on passages built from its held-out
 * sentences (an event sentence between our own NONE sentences) and writes it into the weights file as
 * {@value #SETTING}; the same function runs there and at run time.
 */
public enum PassageReading {
    WHOLE, EVENT_SENTENCE, BLEND, EVENT_SENTENCES;

    /** Setting name in the weights file; its value is the mode's ordinal. */
    public static final String SETTING = "passage_reading";

    /** The mode a weights file names (WHOLE when it names none, the reading the first weights were trained for). */
    static PassageReading of(LearnedTypeModel m) {
        int i = m.setting(SETTING).orElse(0.0).intValue();
        if (i < 0 || i >= values().length) {
            throw new DataFile.DataException(LearnedTypeModel.FILE + ": " + SETTING + " " + i + " is not a mode");
        }
        return values()[i];
    }

    /**
     * The model's reading of the text.
     *
     * @param sentences the text's sentences in order (one for a single sentence)
     * @param predict the model applied to one text
     */
    public LearnedTypeModel.Prediction read(String whole, List<String> sentences,
                                            Function<String, LearnedTypeModel.Prediction> predict) {
        if (this == WHOLE || sentences.size() < 2) {
            return predict.apply(whole);
        }
        LearnedTypeModel.Prediction best = null;
        List<String> events = new ArrayList<>();
        for (String s : sentences) {
            LearnedTypeModel.Prediction p = predict.apply(s);
            if (best == null || p.none() < best.none()) {
                best = p;
            }
            if (p.none() < 0.5) {
                events.add(s);
            }
        }
        return switch (this) {
            case EVENT_SENTENCE -> best;
            case BLEND -> mean(List.of(predict.apply(whole), best));
            default -> events.isEmpty() || events.size() == sentences.size() ? predict.apply(whole)
                    : events.size() == 1 ? best : predict.apply(String.join(" ", events));
        };
    }

    private static LearnedTypeModel.Prediction mean(List<LearnedTypeModel.Prediction> ps) {
        Map<SubEventType, Double> types = new EnumMap<>(SubEventType.class);
        double none = 0;
        for (LearnedTypeModel.Prediction p : ps) {
            p.types().forEach((t, v) -> types.merge(t, v / ps.size(), Double::sum));
            none += p.none() / ps.size();
        }
        return new LearnedTypeModel.Prediction(types, none);
    }

    /** The non-blank sentences of a text, by the splitter given. */
    static List<String> sentences(SentenceSplitter splitter, String text) {
        List<String> out = new ArrayList<>();
        for (var s : splitter.split(text, 0, text.length())) {
            String t = text.substring(s.start(), s.end()).strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
