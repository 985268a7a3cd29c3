package org.sitrep.eval.train;

/**
 * Multinomial logistic regression trained by full-batch Adam with an L2 penalty, from zero weights, so that the same
 * data always give the same weights. Small enough (a few thousand rows of a few hundred features) that a library
 * would bring more than it saves.
 */
final class SoftmaxRegression {
    final float[][] weights;
    final float[] bias;

    private SoftmaxRegression(float[][] weights, float[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * @param x rows of features
     * @param y class index of each row
     * @param rowWeight weight of each row in the loss
     */
    static SoftmaxRegression train(float[][] x, int[] y, double[] rowWeight, int classes, double l2, int epochs,
                                   double rate) {
        int n = x.length;
        int d = x[0].length;
        double[][] w = new double[classes][d + 1]; // last column is the bias
        double[][] m = new double[classes][d + 1];
        double[][] v = new double[classes][d + 1];
        double totalWeight = 0;
        for (double rw : rowWeight) {
            totalWeight += rw;
        }
        int[][] nz = nonZeros(x);
        double b1 = 0.9;
        double b2 = 0.999;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double[][] g = new double[classes][d + 1];
            double[] p = new double[classes];
            for (int i = 0; i < n; i++) {
                probabilities(w, x[i], nz[i], p);
                double rw = rowWeight[i] / totalWeight;
                for (int c = 0; c < classes; c++) {
                    double err = (p[c] - (y[i] == c ? 1 : 0)) * rw;
                    if (err == 0) {
                        continue;
                    }
                    double[] gc = g[c];
                    float[] xi = x[i];
                    for (int j : nz[i]) {
                        gc[j] += err * xi[j];
                    }
                    gc[d] += err;
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j <= d; j++) {
                    double grad = g[c][j] + (j < d ? l2 * w[c][j] : 0);
                    m[c][j] = b1 * m[c][j] + (1 - b1) * grad;
                    v[c][j] = b2 * v[c][j] + (1 - b2) * grad * grad;
                    double mh = m[c][j] / (1 - Math.pow(b1, epoch));
                    double vh = v[c][j] / (1 - Math.pow(b2, epoch));
                    w[c][j] -= rate * mh / (Math.sqrt(vh) + 1e-8);
                }
            }
        }
        float[][] weights = new float[classes][d];
        float[] bias = new float[classes];
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) {
                weights[c][j] = (float) w[c][j];
            }
            bias[c] = (float) w[c][d];
        }
        return new SoftmaxRegression(weights, bias);
    }

    /** Each row's non-zero features: the hashed-stem part of a row is mostly zeros, so only these are visited. */
    static int[][] nonZeros(float[][] x) {
        int[][] nz = new int[x.length][];
        for (int i = 0; i < x.length; i++) {
            int k = 0;
            int[] idx = new int[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                if (x[i][j] != 0) {
                    idx[k++] = j;
                }
            }
            nz[i] = java.util.Arrays.copyOf(idx, k);
        }
        return nz;
    }

    private static void probabilities(double[][] w, float[] x, int[] nz, double[] p) {
        int d = x.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double s = w[c][d];
            for (int j : nz) {
                s += w[c][j] * x[j];
            }
            p[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
    }
}
