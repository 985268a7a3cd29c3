package org.sitrep.eval.train;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.extract.HiddenLayer;
import org.sitrep.extract.LearnedTypeModel;
import org.sitrep.extract.TypeScores;
import org.sitrep.model.SubEventType;

/**
 * A trained head of the type model as the weights file holds it: the softmax layer, over the features directly
 * ({@link LearnedTypeModel#HEAD_LINEAR}) or over a {@link HiddenLayer} ({@link LearnedTypeModel#HEAD_MLP}). It
 * predicts with the runtime's own arithmetic ({@link HiddenLayer#apply}, {@link LearnedTypeModel#softmax}), so what
 * the training run scores is what ships.
 */
final class TrainedHead {
    private final float[][] hiddenWeights;
    private final float[] hiddenBias;
    private final HiddenLayer layer;
    final float[][] weights;
    final float[] bias;

    private TrainedHead(float[][] hiddenWeights, float[] hiddenBias, float[][] weights, float[] bias) {
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
        this.layer = hiddenWeights == null ? null : new HiddenLayer(hiddenWeights, hiddenBias);
        this.weights = weights;
        this.bias = bias;
    }

    static TrainedHead linear(SoftmaxRegression m) {
        return new TrainedHead(null, null, m.weights, m.bias);
    }

    /** @param hiddenWeights one row per unit over the inputs; @param weights one row per class over the units */
    static TrainedHead mlp(float[][] hiddenWeights, float[] hiddenBias, float[][] weights, float[] bias) {
        return new TrainedHead(hiddenWeights, hiddenBias, weights, bias);
    }

    String name() {
        return layer == null ? LearnedTypeModel.HEAD_LINEAR : LearnedTypeModel.HEAD_MLP;
    }

    LearnedTypeModel.Prediction predict(List<String> labels, float[] v) {
        List<Optional<SubEventType>> classes = labels.stream()
                .map(l -> l.equals(TypeScores.NONE) ? Optional.<SubEventType>empty()
                        : Optional.of(SubEventType.parse(l).orElseThrow()))
                .toList();
        return LearnedTypeModel.softmax(weights, bias, classes, layer == null ? v : layer.apply(v));
    }

    /** The most probable label, NONE included. */
    String label(List<String> labels, float[] v) {
        LearnedTypeModel.Prediction p = predict(labels, v);
        String best = TypeScores.NONE;
        double bestP = p.none();
        for (var e : p.types().entrySet()) {
            if (e.getValue() > bestP) {
                bestP = e.getValue();
                best = e.getKey().label();
            }
        }
        return best;
    }

    /** The head, hidden and class rows of the weights file. */
    void appendRows(StringBuilder sb, List<String> labels) {
        sb.append("head\t").append(name()).append('\n');
        if (layer != null) {
            for (int u = 0; u < hiddenWeights.length; u++) {
                sb.append("hidden\t").append(fmt(hiddenBias[u])).append('\t');
                appendAll(sb, hiddenWeights[u]);
                sb.append('\n');
            }
        }
        for (int c = 0; c < labels.size(); c++) {
            sb.append("class\t").append(labels.get(c)).append('\t').append(fmt(bias[c])).append('\t');
            appendAll(sb, weights[c]);
            sb.append('\n');
        }
    }

    private static void appendAll(StringBuilder sb, float[] w) {
        for (int j = 0; j < w.length; j++) {
            sb.append(j == 0 ? "" : " ").append(fmt(w[j]));
        }
    }

    private static String fmt(float f) {
        return String.format(Locale.ROOT, "%.4g", f);
    }
}
