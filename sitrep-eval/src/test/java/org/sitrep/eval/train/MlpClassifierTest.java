package org.sitrep.eval.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.LearnedTypeModel;
import org.sitrep.extract.TypeScores;

class MlpClassifierTest {
    private static final List<String> LABELS = List.of("Attack", TypeScores.NONE);
    /** Exclusive or: no linear layer separates it, one hidden layer does. */
    private static final float[][] CORNERS = {{0, 0}, {1, 1}, {1, 0}, {0, 1}};
    private static final int[] XOR = {1, 1, 0, 0};

    private static float[][] rows() {
        float[][] x = new float[400][];
        for (int i = 0; i < x.length; i++) {
            x[i] = CORNERS[i % 4];
        }
        return x;
    }

    private static int[] labels() {
        int[] y = new int[400];
        for (int i = 0; i < y.length; i++) {
            y[i] = XOR[i % 4];
        }
        return y;
    }

    private static TrainedHead train(double dropout) {
        double[] w = new double[400];
        java.util.Arrays.fill(w, 1);
        return MlpClassifier.train(rows(), labels(), w, 2, new MlpClassifier.Settings(16, dropout, 1e-5, 60), null);
    }

    @Test
    void train_exclusiveOr_learnsWhatALinearLayerCannot() {
        TrainedHead mlp = train(0);
        for (int k = 0; k < 4; k++) {
            assertEquals(LABELS.get(XOR[k]), mlp.label(LABELS, CORNERS[k]), "corner " + k);
        }
        double[] w = new double[400];
        java.util.Arrays.fill(w, 1);
        TrainedHead linear = TrainedHead.linear(SoftmaxRegression.train(rows(), labels(), w, 2, 1e-4, 200, 0.05));
        int right = 0;
        for (int k = 0; k < 4; k++) {
            right += LABELS.get(XOR[k]).equals(linear.label(LABELS, CORNERS[k])) ? 1 : 0;
        }
        assertNotEquals(4, right, "a linear layer cannot get all four corners of exclusive or");
    }

    @Test
    void train_sameDataAndSeed_sameWeights() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        train(0.3).appendRows(a, LABELS);
        train(0.3).appendRows(b, LABELS);
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void appendRows_readBackByTheRuntime_samePrediction() {
        TrainedHead mlp = train(0.3);
        StringBuilder sb = new StringBuilder("encoder\tall-minilm-l6-v2-q\n");
        mlp.appendRows(sb, LABELS);
        assertEquals(LearnedTypeModel.HEAD_MLP, sb.toString().split("\n")[1].split("\t")[1]);
        LearnedTypeModel runtime = LearnedTypeModel.parse("m.tsv", List.of(sb.toString().split("\n")));
        assertEquals(LearnedTypeModel.HEAD_MLP, runtime.head());
        for (float[] corner : CORNERS) {
            assertEquals(mlp.predict(LABELS, corner).none(), runtime.predict(corner).none(), 1e-3);
        }
    }
}
