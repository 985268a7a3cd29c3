package org.sitrep.analyse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.analysis.ChangePoint;
import org.sitrep.model.analysis.Interval;
import org.sitrep.model.analysis.Series;
import org.sitrep.model.analysis.SeriesPoint;

/**
 * Where a series' rate changed: PELT on the observed buckets (gaps left out, each bucket weighed by its observed
 * days), then for each change a Bayesian reading between its neighbouring changes: the probability that the rate
 * changed at all there (even prior odds, the change equally likely at each admissible bucket), where it lies
 * (credible interval of its position) and the rates before and after with credible intervals.
 */
public final class ChangeAnalysis {
    private final SeriesSettings settings;

    ChangeAnalysis(SeriesSettings settings) {
        this.settings = settings;
    }

    public static ChangeAnalysis standard() {
        return new ChangeAnalysis(SeriesSettings.standard());
    }

    public List<ChangePoint> changes(Series series) {
        List<SeriesPoint> observed = series.points().stream().filter(p -> p.value() != null).toList();
        double[] y = new double[observed.size()];
        double[] e = new double[observed.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = observed.get(i).value();
            e[i] = observed.get(i).observedDays();
        }
        PoissonChanges pelt = new PoissonChanges(y, e);
        int n = pelt.size();
        double penalty = n < 2 ? 0 : settings.penaltyPerLogN() * Math.log(n);
        List<Integer> cuts = pelt.changes(penalty, settings.minSegment());
        List<ChangePoint> out = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            int prev = i == 0 ? 0 : cuts.get(i - 1);
            int next = i == cuts.size() - 1 ? n : cuts.get(i + 1);
            out.add(change(pelt, observed, prev, cuts.get(i), next));
        }
        return out;
    }

    private ChangePoint change(PoissonChanges pelt, List<SeriesPoint> observed, int prev, int at, int next) {
        RateModel model = RateModel.around(settings.priorShape(), pelt.total(prev, next), pelt.exposure(prev, next));
        int m = settings.minSegment();
        int first = prev + m;
        int count = next - m - first + 1;
        double[] logPost = new double[Math.max(count, 1)];
        for (int k = 0; k < count; k++) {
            int tau = first + k;
            logPost[k] = model.logEvidence(pelt.total(prev, tau), pelt.exposure(prev, tau))
                    + model.logEvidence(pelt.total(tau, next), pelt.exposure(tau, next));
        }
        double logChange = RateModel.logSumExp(logPost) - Math.log(Math.max(count, 1));
        double logNone = model.logEvidence(pelt.total(prev, next), pelt.exposure(prev, next));
        double probability = 1 / (1 + Math.exp(logNone - logChange));
        double norm = RateModel.logSumExp(logPost);
        double tail = (1 - settings.credibleLevel()) / 2;
        double cum = 0;
        int low = at;
        int high = at;
        boolean lowSet = false;
        for (int k = 0; k < count; k++) {
            cum += Math.exp(logPost[k] - norm);
            if (!lowSet && cum >= tail) {
                low = first + k;
                lowSet = true;
            }
            if (cum >= 1 - tail) {
                high = first + k;
                break;
            }
        }
        double before = pelt.total(prev, at) / pelt.exposure(prev, at);
        double after = pelt.total(at, next) / pelt.exposure(at, next);
        Interval beforeCi = model.credible(pelt.total(prev, at), pelt.exposure(prev, at), settings.credibleLevel());
        Interval afterCi = model.credible(pelt.total(at, next), pelt.exposure(at, next), settings.credibleLevel());
        ChangePoint.Direction dir = after < before ? ChangePoint.Direction.DROP : ChangePoint.Direction.RISE;
        return new ChangePoint(date(observed, at), dir, before, beforeCi, after, afterCi, probability,
                kind(dir, before, after), date(observed, Math.min(low, at)), date(observed, Math.max(high, at)));
    }

    private ChangePoint.Kind kind(ChangePoint.Direction dir, double before, double after) {
        if (dir == ChangePoint.Direction.DROP && after <= settings.lullRatio() * before) {
            return ChangePoint.Kind.LULL;
        }
        if (dir == ChangePoint.Direction.RISE && after >= settings.surgeRatio() * before) {
            return ChangePoint.Kind.SURGE;
        }
        return ChangePoint.Kind.SHIFT;
    }

    private static LocalDate date(List<SeriesPoint> observed, int index) {
        return observed.get(index).from();
    }
}
