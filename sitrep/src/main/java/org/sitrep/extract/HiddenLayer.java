package org.sitrep.extract;

/**
 * The hidden layer of the type model's optional one-hidden-layer head: {@code relu(W x + b)}, one row of {@code W}
 * and one bias per unit. The training run ({@code scripts/train-types --head mlp}) scores its held-out part through
 * this same class, so the arithmetic the weights were chosen with is the arithmetic that runs.
 *
 * <p>The weights are kept input-major so that an input that is zero costs nothing: most of the 1,024 hashed stem
 * features of a sentence are zero, so a prediction costs about (encoder dimensions + stems present + cues) x units
 * multiply-adds, not inputs x units. Immutable, thread-safe.
 */
public final class HiddenLayer {
    /** Input-major: {@code byInput[j][u]} is unit u's weight on input j. */
    private final float[][] byInput;
    private final float[] bias;

    /**
     * @param weights one row per unit, each over every input (all rows the same length)
     * @param bias one per unit
     */
    public HiddenLayer(float[][] weights, float[] bias) {
        if (weights.length == 0 || weights.length != bias.length) {
            throw new IllegalArgumentException(weights.length + " weight rows for " + bias.length + " biases");
        }
        int inputs = weights[0].length;
        byInput = new float[inputs][weights.length];
        for (int u = 0; u < weights.length; u++) {
            if (weights[u].length != inputs) {
                throw new IllegalArgumentException("unit " + u + " has " + weights[u].length + " weights, unit 0 "
                        + inputs);
            }
            for (int j = 0; j < inputs; j++) {
                byInput[j][u] = weights[u][j];
            }
        }
        this.bias = bias.clone();
    }

    public int inputs() {
        return byInput.length;
    }

    public int units() {
        return bias.length;
    }

    /** The units' activations for one input vector (ReLU: negative sums read as zero). */
    public float[] apply(float[] x) {
        if (x.length != byInput.length) {
            throw new IllegalArgumentException("vector has " + x.length + " dimensions, layer " + byInput.length);
        }
        float[] h = bias.clone();
        for (int j = 0; j < x.length; j++) {
            float xj = x[j];
            if (xj == 0) {
                continue;
            }
            float[] wj = byInput[j];
            for (int u = 0; u < h.length; u++) {
                h[u] += wj[u] * xj;
            }
        }
        for (int u = 0; u < h.length; u++) {
            h[u] = Math.max(0, h[u]);
        }
        return h;
    }
}
