package org.sitrep.bench.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Classifier functions the evaluator can score. */
public final class SnippetClassifiers {
    private SnippetClassifiers() {
    }

    /**
     * ADAPTER TO COMPLETE: {@code org.sitrep.extract.SnippetClassifier} is being written on another branch and is
     * not on the bench branch, so this cannot call it yet. Once merged, return e.g.
     * {@code text -> label of the best of new SnippetClassifier().classify(text), or NONE when it returns none}
     * and, when {@code forced}, {@code text -> label of classifyForced(text)}. Until then it refuses clearly.
     */
    public static Function<String, String> sitrepSnippetClassifier(boolean forced) {
        throw new UnsupportedOperationException("org.sitrep.extract.SnippetClassifier is not on this branch yet: "
                + "complete SnippetClassifiers.sitrepSnippetClassifier, or evaluate saved output with --predictions");
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
