package org.sitrep.bench.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sitrep.app.Grading;
import org.sitrep.app.Simulate;
import org.sitrep.app.Sitrep;
import org.sitrep.model.analysis.Claim;
import org.sitrep.model.analysis.ClaimVerdict;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.SeriesFilter;

/**
 * The claim test on simulated worlds, through the whole record: worlds with the simulator's planted effect
 * ("Islamic State attacks triple a week after a coalition lull", {@code --lead-lag}) and the same worlds without it
 * are written, ingested by the engine into a fresh store each, and "a lull in coalition air strikes preceded Islamic
 * State battles within 7 days" (Islamic State as actor 1: the side that attacked) is tested on each store. Power is the share of planted worlds called supported; the
 * false-alarm rate the share of the others.
 */
final class LeadLagPower {
    private static final int LAG = 7;
    private final int places;
    private final int days;
    private final LocalDate start;
    private final String noise;
    private final int articlesPerDay;

    LeadLagPower(int places, int days, LocalDate start, String noise, int articlesPerDay) {
        this.places = places;
        this.days = days;
        this.start = start;
        this.noise = noise;
        this.articlesPerDay = articlesPerDay;
    }

    /** {@code kinds}: both, planted or none. */
    void run(Path root, List<Long> seeds, String kinds, PrintStream out) throws IOException {
        if (!List.of("both", "planted", "none").contains(kinds)) {
            throw new IllegalArgumentException("--lead-lag is both, planted or none, not '" + kinds + "'");
        }
        out.println("| seed | planted | articles | verdict | p-value | effect [interval] | IS battles used |");
        out.println("|---|---|---|---|---|---|---|");
        int[] supported = new int[2];
        for (boolean planted : new boolean[] {true, false}) {
            if (!kinds.equals("both") && planted != kinds.equals("planted")) {
                continue;
            }
            for (long seed : seeds) {
                ClaimVerdict v = world(root, seed, planted, out);
                supported[planted ? 0 : 1] += v.verdict() == ClaimVerdict.Verdict.SUPPORTED ? 1 : 0;
            }
        }
        if (!kinds.equals("none")) {
            out.println(String.format(Locale.ROOT, "supported: %d of %d worlds with the effect (power %.2f)",
                    supported[0], seeds.size(), supported[0] / (double) seeds.size()));
        }
        if (!kinds.equals("planted")) {
            out.println(String.format(Locale.ROOT, "supported: %d of %d worlds without it (false alarms %.2f)",
                    supported[1], seeds.size(), supported[1] / (double) seeds.size()));
        }
    }

    private ClaimVerdict world(Path root, long seed, boolean planted, PrintStream out) throws IOException {
        Path dir = root.resolve("leadlag-" + seed + (planted ? "-planted" : "-none"));
        AnalysisCommand.delete(dir);
        Simulate.Summary sim = Simulate.run(new Simulate.Options(seed, places, days, start, noise, articlesPerDay,
                planted), dir);
        try (Sitrep sitrep = Sitrep.open(dir.resolve("store.db"))) {
            sitrep.ingest(List.of(dir.resolve("articles")), Grading.standard(), (file, problem) -> { });
            LocalDate last = start.plusDays(days - 1);
            SeriesFilter cause = new SeriesFilter("Air/drone strike", "us-led-coalition", null, null, false, start,
                    last, Granularity.DAY);
            SeriesFilter effect = new SeriesFilter("Battles", "islamic-state", null, null, false, start, last,
                    Granularity.DAY, true);
            ClaimVerdict v = sitrep.testClaim(new Claim(Claim.Relation.LULL_PRECEDES, cause, effect, LAG, seed));
            out.println(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %s | %d |", seed, planted ? "yes" : "no",
                    sim.articles(), v.verdict().wireName(), v.pValue() == null ? "-" : String.format(Locale.ROOT,
                            "%.3f", v.pValue()), v.effect() == null ? "-" : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]",
                            v.effect(), v.interval() == null ? Double.NaN : v.interval().low(),
                            v.interval() == null ? Double.NaN : v.interval().high()), v.nEffectEvents()));
            out.flush();
            return v;
        }
    }
}
