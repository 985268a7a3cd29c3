package org.sitrep.eval.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {
    private static final float[][] X = {{1, 0}, {0.9f, 0.1f}, {0, 1}, {0.1f, 0.9f}, {-1, -1}, {-0.8f, -1}};
    private static final int[] Y = {0, 0, 1, 1, 2, 2};
    private static final double[] W = {1, 1, 1, 1, 1, 1};

    private static int argmax(SoftmaxRegression m, float[] x) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < m.bias.length; c++) {
            double s = m.bias[c] + m.weights[c][0] * x[0] + m.weights[c][1] * x[1];
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    @Test
    void train_separableClasses_learnsEveryRow() {
        SoftmaxRegression m = SoftmaxRegression.train(X, Y, W, 3, 1e-4, 200, 0.05);
        for (int i = 0; i < X.length; i++) {
            assertTrue(argmax(m, X[i]) == Y[i], "row " + i);
        }
    }

    @Test
    void train_sameData_sameWeights() {
        SoftmaxRegression a = SoftmaxRegression.train(X, Y, W, 3, 1e-3, 50, 0.05);
        SoftmaxRegression b = SoftmaxRegression.train(X, Y, W, 3, 1e-3, 50, 0.05);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a.weights[c], b.weights[c]);
        }
        assertArrayEquals(a.bias, b.bias);
    }
}
