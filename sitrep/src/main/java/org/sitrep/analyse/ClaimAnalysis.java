package org.sitrep.analyse;

import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.model.analysis.Claim;
import org.sitrep.model.analysis.ClaimVerdict;
import org.sitrep.model.analysis.ClaimVerdict.Verdict;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.Series;
import org.sitrep.model.analysis.SeriesPoint;
import org.sitrep.store.Store;

/**
 * Tests a claimed pattern ("the coalition's strike lull preceded the IS attack") on the stored record, day by day,
 * with {@link LeadLag}. The span is the claim's, else the cause's series. The verdict is {@code supported} only
 * when the effect events are enough to tell a pattern from coincidence, the null could give a p-value that small,
 * and the statistic points the claimed way at the nominal level; too few effect events or too short a cause series
 * is {@code insufficient_evidence}, however striking, and the explanation says what data would decide it.
 */
public final class ClaimAnalysis {
    private final SeriesAnalysis series;
    private final SeriesSettings settings;

    ClaimAnalysis(SeriesAnalysis series, SeriesSettings settings) {
        this.series = series;
        this.settings = settings;
    }

    public static ClaimAnalysis over(Store store) {
        return new ClaimAnalysis(SeriesAnalysis.over(store), SeriesSettings.standard());
    }

    /** The verdict on a claim; a lag or seed it leaves open is the standard one (series.tsv). */
    public ClaimVerdict test(Claim asked) {
        Claim claim = asked.orDefaults(settings.defaultLag(), settings.seed());
        Series cause = series.series(claim.cause().by(Granularity.DAY));
        String text = claim.describe();
        if (cause.points().isEmpty()) {
            return new ClaimVerdict(text, Verdict.INSUFFICIENT_EVIDENCE, null, null, null, 0, method(claim, 0),
                    "nothing in the record matches the cause (" + claim.cause().describe() + ") in this span; "
                            + "deciding the claim needs the cause's daily record over months");
        }
        LocalDate from = cause.points().get(0).from();
        LocalDate to = cause.points().get(cause.points().size() - 1).to();
        Series effect = series.series(claim.effect().by(Granularity.DAY).counts(false).between(from, to));
        double[] c = cause.points().stream().mapToDouble(p -> p.value() == null ? Double.NaN : p.value()).toArray();
        int[] e = effect.points().stream().mapToInt(SeriesPoint::events).toArray();
        int effectEvents = java.util.Arrays.stream(e).sum();
        LeadLag.Result r = new LeadLag(c, claim.lag(), claim.relation()).run(e, settings.maxShifts(),
                settings.bootstrap(), settings.intervalLevel(), claim.seed());
        Verdict v = verdict(settings, claim.relation(), r);
        return new ClaimVerdict(text, v, Double.isNaN(r.pValue()) ? null : r.pValue(),
                Double.isNaN(r.effect()) ? null : r.effect(), r.interval(), r.used(), method(claim, r.shifts()),
                explanation(claim, r, v, effectEvents, from, to));
    }

    /** The verdict on a test's result: enough events, a null that can reach the level, and the claimed direction. */
    static Verdict verdict(SeriesSettings settings, Claim.Relation relation, LeadLag.Result r) {
        if (r.used() < settings.minEffectEvents() || smallestP(r) > settings.alpha() || Double.isNaN(r.pValue())) {
            return Verdict.INSUFFICIENT_EVIDENCE;
        }
        boolean claimedWay = relation == Claim.Relation.LULL_PRECEDES ? r.effect() < 1 : r.effect() > 0;
        return r.pValue() <= settings.alpha() && claimedWay ? Verdict.SUPPORTED : Verdict.NOT_SUPPORTED;
    }

    private static double smallestP(LeadLag.Result r) {
        return 1.0 / (1 + r.shifts());
    }

    private String method(Claim claim, int shifts) {
        String read = claim.relation() == Claim.Relation.LULL_PRECEDES
                ? "the log of the cause's mean per observed day in the " + claim.lag() + " days before each effect "
                + "event over its mean in the " + LeadLag.BASELINE_LAGS * claim.lag() + " days before those (half an "
                + "event added to each)"
                : "the change in the cause's mean per observed day between the " + claim.lag() + " days before each "
                + "effect event and the " + claim.lag() + " days before those";
        String size = claim.relation() == Claim.Relation.LULL_PRECEDES
                ? "effect = the exponential of the mean of those logs: the cause's level before effect events as a "
                + "share of its level in the weeks before (below 1: a lull)"
                : "effect = that change per day (above 0: a rise)";
        return "lead-lag: " + read + ", against " + shifts + " circular shifts of the effect series (one-sided "
                + "p-value); " + size + ", " + pct(settings.intervalLevel()) + " percentile bootstrap interval over "
                + "effect events (" + settings.bootstrap() + " resamples, seed " + claim.seed() + ")";
    }

    private String explanation(Claim claim, LeadLag.Result r, Verdict v, int effectEvents, LocalDate from,
                               LocalDate to) {
        String seen = effectEvents + " effect event" + (effectEvents == 1 ? "" : "s") + " from " + from + " to " + to
                + ", " + r.used() + " with the cause observed in the " + claim.lag() + " days before; the cause is "
                + "observed on " + r.causeDays() + " days (mean " + num(r.causeMean()) + " a day)";
        return switch (v) {
            case SUPPORTED -> seen + ". The effect events followed the claimed pattern more than in all but "
                    + pct(r.pValue()) + " of the shifted alignments (p = " + num(r.pValue()) + " <= "
                    + num(settings.alpha()) + "). A lead is not a cause: the test says the timing is unlikely by chance, "
                    + "not why.";
            case NOT_SUPPORTED -> seen + ". Shifting the effect events against the cause gives a pattern at least "
                    + "as strong in " + pct(r.pValue()) + " of alignments (p = " + num(r.pValue()) + " > "
                    + num(settings.alpha()) + " or the wrong way): the timing is what chance gives.";
            case INSUFFICIENT_EVIDENCE -> seen + ". " + missing(claim, r);
        };
    }

    private String missing(Claim claim, LeadLag.Result r) {
        int neededDays = (int) Math.ceil(1 / settings.alpha());
        StringBuilder b = new StringBuilder();
        if (r.used() < settings.minEffectEvents()) {
            b.append(r.used() == 1 ? "One effect event after one stretch of the cause is a coincidence until shown "
                    + "otherwise: " : r.used() + " effect events cannot tell a pattern from coincidence: ");
            b.append("a lead-lag pattern needs at least ").append(settings.minEffectEvents())
                    .append(" effect events with the cause observed before them. ");
        }
        if (smallestP(r) > settings.alpha()) {
            b.append("Over a span of ").append(r.shifts() + 1).append(" days no alignment test can give a p-value "
                    + "below ").append(num(smallestP(r))).append(". ");
        }
        // a lull's reading spans the lag and its baseline (1 + BASELINE_LAGS lags); one lag more for events to follow
        b.append("To decide it: the cause's daily record over at least ")
                .append(Math.max(neededDays, (2 + LeadLag.BASELINE_LAGS) * claim.lag()))
                .append(" days (months are better), covering at least ").append(settings.minEffectEvents())
                .append(" effect events and the stretches of ")
                .append(claim.relation() == Claim.Relation.LULL_PRECEDES ? "lull" : "rise")
                .append(" that were not followed by one.");
        return b.toString();
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "unknown" : String.format(Locale.ROOT, "%.3g", d);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
