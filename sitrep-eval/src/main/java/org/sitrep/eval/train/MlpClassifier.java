package org.sitrep.eval.train;

import java.util.SplittableRandom;

/**
 * A softmax classifier with one hidden layer of ReLU units (the type model's optional {@code mlp} head), trained by
 * mini-batch Adam with an L2 penalty on the weights and dropout on the hidden units. Every random draw (initial
 * weights, row order, dropout masks) comes from one generator seeded with {@link #SEED}, in one thread, so the same
 * data and settings always give the same weights. Plain Java: a few thousand rows of about 1,400 mostly-zero features
 * and a few hundred units, which a library would not make simpler.
 */
final class MlpClassifier {
    static final long SEED = 20261206L;
    static final double RATE = 1e-3;
    static final int BATCH = 64;
    private static final double B1 = 0.9;
    private static final double B2 = 0.999;

    /** Hidden units, dropout rate on them, L2 penalty on every weight (not the biases), passes over the rows. */
    record Settings(int units, double dropout, double l2, int epochs) {
        Settings {
            if (units < 1 || dropout < 0 || dropout >= 1 || l2 < 0 || epochs < 1) {
                throw new IllegalArgumentException("bad mlp settings " + units + " " + dropout + " " + l2 + " "
                        + epochs);
            }
        }
    }

    /** Told the head after each pass over the rows (the tuning run scores its held-out part there). */
    interface EpochListener {
        void after(int epoch, TrainedHead head);
    }

    private final int d;
    private final int units;
    private final int classes;
    /** Input-major hidden weights: {@code w1[j * units + u]}. */
    private final float[] w1;
    private final float[] b1;
    /** Class-major output weights: {@code w2[c * units + u]}. */
    private final float[] w2;
    private final float[] b2;
    private final Adam adam1;
    private final Adam adamB1;
    private final Adam adam2;
    private final Adam adamB2;

    private MlpClassifier(int d, int units, int classes, double inputNormSq, SplittableRandom random) {
        this.d = d;
        this.units = units;
        this.classes = classes;
        w1 = new float[d * units];
        b1 = new float[units];
        w2 = new float[classes * units];
        b2 = new float[classes];
        // the rows are unit-length parts, not unit-variance features: scale so a unit's sum starts with variance 2
        double s1 = Math.sqrt(2 / Math.max(1e-6, inputNormSq));
        for (int i = 0; i < w1.length; i++) {
            w1[i] = (float) (gaussian(random) * s1);
        }
        double s2 = Math.sqrt(1.0 / units);
        for (int i = 0; i < w2.length; i++) {
            w2[i] = (float) (gaussian(random) * s2);
        }
        adam1 = new Adam(w1.length);
        adamB1 = new Adam(b1.length);
        adam2 = new Adam(w2.length);
        adamB2 = new Adam(b2.length);
    }

    /**
     * @param rowWeight weight of each row in the loss (the loss is their weighted mean)
     * @param listener told after every epoch, or null
     */
    static TrainedHead train(float[][] x, int[] y, double[] rowWeight, int classes, Settings s,
                             EpochListener listener) {
        int n = x.length;
        int[][] nz = SoftmaxRegression.nonZeros(x);
        double normSq = 0;
        double meanWeight = 0;
        for (int i = 0; i < n; i++) {
            for (int j : nz[i]) {
                normSq += x[i][j] * x[i][j];
            }
            meanWeight += rowWeight[i];
        }
        meanWeight /= n;
        SplittableRandom random = new SplittableRandom(SEED);
        MlpClassifier m = new MlpClassifier(x[0].length, s.units(), classes, normSq / n, random);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Pass pass = m.new Pass(s.dropout());
        int step = 0;
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            shuffle(order, random);
            for (int start = 0; start < n; start += BATCH) {
                int end = Math.min(n, start + BATCH);
                pass.clear();
                for (int k = start; k < end; k++) {
                    int i = order[k];
                    pass.row(x[i], nz[i], y[i], rowWeight[i] / meanWeight / (end - start), random);
                }
                m.update(pass, s.l2(), ++step);
            }
            if (listener != null) {
                listener.after(epoch, m.head());
            }
        }
        return m.head();
    }

    /** The weights so far, as the weights file and the runtime hold them. */
    TrainedHead head() {
        float[][] hw = new float[units][d];
        for (int j = 0; j < d; j++) {
            for (int u = 0; u < units; u++) {
                hw[u][j] = w1[j * units + u];
            }
        }
        float[][] ow = new float[classes][units];
        for (int c = 0; c < classes; c++) {
            System.arraycopy(w2, c * units, ow[c], 0, units);
        }
        return TrainedHead.mlp(hw, b1.clone(), ow, b2.clone());
    }

    private void update(Pass g, double l2, int step) {
        adam1.step(w1, g.g1, l2, step);
        adamB1.step(b1, g.gb1, 0, step);
        adam2.step(w2, g.g2, l2, step);
        adamB2.step(b2, g.gb2, 0, step);
    }

    /** Gradient of one mini-batch, accumulated row by row. */
    private final class Pass {
        final float[] g1 = new float[w1.length];
        final float[] gb1 = new float[units];
        final float[] g2 = new float[w2.length];
        final float[] gb2 = new float[classes];
        private final double dropout;
        private final float[] z = new float[units];
        private final float[] h = new float[units];
        private final float[] dh = new float[units];
        private final double[] p = new double[classes];

        Pass(double dropout) {
            this.dropout = dropout;
        }

        void clear() {
            java.util.Arrays.fill(g1, 0);
            java.util.Arrays.fill(gb1, 0);
            java.util.Arrays.fill(g2, 0);
            java.util.Arrays.fill(gb2, 0);
        }

        void row(float[] x, int[] nz, int gold, double weight, SplittableRandom random) {
            System.arraycopy(b1, 0, z, 0, units);
            for (int j : nz) {
                float xj = x[j];
                int o = j * units;
                for (int u = 0; u < units; u++) {
                    z[u] += w1[o + u] * xj;
                }
            }
            float keep = (float) (1 / (1 - dropout));
            for (int u = 0; u < units; u++) {
                boolean dropped = dropout > 0 && random.nextDouble() < dropout;
                h[u] = z[u] > 0 && !dropped ? z[u] * keep : 0;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                double s = b2[c];
                int o = c * units;
                for (int u = 0; u < units; u++) {
                    s += w2[o + u] * h[u];
                }
                p[c] = s;
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                p[c] = Math.exp(p[c] - max);
                sum += p[c];
            }
            java.util.Arrays.fill(dh, 0);
            for (int c = 0; c < classes; c++) {
                float err = (float) ((p[c] / sum - (c == gold ? 1 : 0)) * weight);
                gb2[c] += err;
                int o = c * units;
                for (int u = 0; u < units; u++) {
                    g2[o + u] += err * h[u];
                    dh[u] += err * w2[o + u];
                }
            }
            for (int u = 0; u < units; u++) {
                // h is zero where the unit was off or dropped, and z * keep where it passed
                dh[u] = h[u] > 0 ? dh[u] * keep : 0;
                gb1[u] += dh[u];
            }
            for (int j : nz) {
                float xj = x[j];
                int o = j * units;
                for (int u = 0; u < units; u++) {
                    g1[o + u] += dh[u] * xj;
                }
            }
        }
    }

    /** Adam moments for one parameter array. */
    private static final class Adam {
        private final float[] m;
        private final float[] v;

        Adam(int size) {
            m = new float[size];
            v = new float[size];
        }

        void step(float[] w, float[] g, double l2, int t) {
            double c1 = 1 - Math.pow(B1, t);
            double c2 = 1 - Math.pow(B2, t);
            float a = (float) (RATE * Math.sqrt(c2) / c1);
            float eps = (float) (1e-8 * Math.sqrt(c2));
            float decay = (float) l2;
            for (int i = 0; i < w.length; i++) {
                float grad = g[i] + decay * w[i];
                m[i] = (float) (B1 * m[i] + (1 - B1) * grad);
                v[i] = (float) (B2 * v[i] + (1 - B2) * grad * grad);
                w[i] -= a * m[i] / ((float) Math.sqrt(v[i]) + eps);
            }
        }
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[k];
            a[k] = t;
        }
    }

    /** A standard normal draw (Box-Muller), from the one seeded generator. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
