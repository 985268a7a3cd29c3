package org.sitrep.analyse;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PeltSpeedScratchTest {
    @Test
    void speed() {
        for (double rate : new double[] {270, 30, 3, 0.3}) {
            SplittableRandom r = new SplittableRandom(1);
            double[] y = new double[3653];
            for (int i = 0; i < y.length; i++) {
                double lam = rate * (1 + 0.3 * Math.sin(i / 200.0));
                y[i] = Math.max(0, Math.round(lam + Math.sqrt(lam) * r.nextGaussian()));
            }
            double[] e = new double[y.length];
            Arrays.fill(e, 1);
            for (int k = 0; k < 3; k++) {
                long t = System.nanoTime();
                var c = new PoissonChanges(y, e).changes(1.5 * Math.log(y.length), 2);
                System.out.println("rate " + rate + " changes " + c.size() + " in " + (System.nanoTime() - t) / 1e6 + " ms");
            }
        }
    }
}
