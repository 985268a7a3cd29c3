package org.sitrep.analyse;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.special.Gamma;
import org.sitrep.model.analysis.Interval;

/**
 * The Bayesian side of a Poisson rate: a gamma prior (shape {@code a}, rate {@code b}) on the rate, the marginal
 * likelihood of a stretch of counts under it, and credible intervals of the posterior. The prior's mean is set to
 * the rate of the stretch being compared, so "did it change" is asked against the stretch's own level.
 */
final class RateModel {
    private final double a;
    private final double b;

    RateModel(double shape, double meanRate) {
        this.a = shape;
        this.b = shape / meanRate;
    }

    /** A model whose prior mean is the rate of this stretch (half an event when it holds none). */
    static RateModel around(double shape, double total, double exposure) {
        return new RateModel(shape, Math.max(total, 0.5) / exposure);
    }

    /** Log marginal likelihood of a total over an exposure (terms the same under every model left out). */
    double logEvidence(double total, double exposure) {
        return a * Math.log(b) - Gamma.logGamma(a) + Gamma.logGamma(a + total) - (a + total) * Math.log(b + exposure);
    }

    /** The central credible interval of the rate after seeing a total over an exposure. */
    Interval credible(double total, double exposure, double level) {
        GammaDistribution g = new GammaDistribution(null, a + total, 1 / (b + exposure));
        double tail = (1 - level) / 2;
        return new Interval(g.inverseCumulativeProbability(tail), g.inverseCumulativeProbability(1 - tail));
    }

    static double logSumExp(double[] xs) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double x : xs) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
    }
}
