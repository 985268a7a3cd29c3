package org.sitrep.bench.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.extract.SnippetClassifier;

/** Classifier functions the evaluator can score. */
public final class SnippetClassifiers {
    private SnippetClassifiers() {
    }

    /**
     * sitrep's own classifier: with {@code forced}, always one of the 25 types ({@code classifyForced}); without,
     * the detected event type or {@link Labels#NONE} when the snippet reports no event ({@code detect}).
     */
    public static Function<String, String> sitrepSnippetClassifier(boolean forced) {
        SnippetClassifier classifier = new SnippetClassifier();
        if (forced) {
            return text -> classifier.classifyForced(text).type().label();
        }
        return text -> classifier.detect(text).map(t -> t.type().label()).orElse(Labels.NONE);
    }

    /**
     * Predictions made elsewhere (e.g. saved {@code sitrep classify} output): a TSV of {@code id<TAB>label}
     * joined to the snippets by id. A snippet without a prediction is an error naming it.
     */
    public static Function<String, String> fromPredictions(Path file, List<LabelledSnippet> snippets)
            throws IOException {
        Map<String, String> byId = PredictionTsv.read(file);
        Map<String, String> byText = new HashMap<>();
        for (LabelledSnippet s : snippets) {
            String p = byId.get(s.id());
            if (p == null) {
                throw new IllegalArgumentException(file + ": no prediction for snippet " + s.id());
            }
            byText.put(s.text(), p);
        }
        return byText::get;
    }
}
