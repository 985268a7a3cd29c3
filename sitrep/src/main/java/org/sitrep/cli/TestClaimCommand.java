package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.json.AnalysisJson;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Near;
import org.sitrep.model.analysis.Claim;
import org.sitrep.model.analysis.ClaimVerdict;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.SeriesFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "test-claim", mixinStandardHelpOptions = true,
        description = "Tests a claimed pattern ('a lull in X preceded Y', 'X rose before Y') on the stored record: a "
                + "lead-lag statistic against circular shifts of the effect series, an effect size with a bootstrap "
                + "interval, and a verdict (supported, not_supported, insufficient_evidence) that says what data "
                + "would decide it. Seeded: the same question gets the same answer.")
final class TestClaimCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--relation", required = true, paramLabel = "lull-precedes|rise-precedes",
            description = "The claimed pattern.")
    String relation;

    @Option(names = "--cause-type", paramLabel = "TYPE", description = "The cause's event or sub-event type.")
    String causeType;

    @Option(names = "--cause-actor", paramLabel = "ACTOR", description = "The cause's actor (any alias).")
    String causeActor;

    @Option(names = "--cause-initiator", description = "The cause's actor only as the side that acted (ACLED's "
            + "actor 1), not also as its target.")
    boolean causeInitiator;

    @Option(names = "--cause-counts", description = "Read the cause from count observations too (a strike table).")
    boolean causeCounts;

    @Option(names = "--effect-type", paramLabel = "TYPE", description = "The effect's event or sub-event type.")
    String effectType;

    @Option(names = "--effect-actor", paramLabel = "ACTOR", description = "The effect's actor (any alias).")
    String effectActor;

    @Option(names = "--effect-initiator", description = "The effect's actor only as the side that acted (ACLED's "
            + "actor 1): 'IS attacked', not also the attacks IS fought off.")
    boolean effectInitiator;

    @Option(names = "--near", paramLabel = "LAT,LON,KM", converter = FilterOptions.NearConverter.class,
            description = "Only effect events within KM kilometres of a point.")
    Near near;

    @Option(names = "--lag", paramLabel = "DAYS", description = "Days before an effect in which the cause is read "
            + "(default: series.tsv's, 3).")
    Integer lag;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the shifts and the bootstrap (default: fixed).")
    Long seed;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (default: the cause's first record).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: the cause's last record).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Override
    public Integer call() {
        Claim claim = claim(spec.commandLine());
        ClaimVerdict v;
        try (Sitrep s = DbOption.openExisting(main.db(dbOption.db))) {
            v = s.testClaim(claim);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(SitrepJson.standard().write(AnalysisJson.verdict(v)));
        } else {
            out.println("claim:       " + v.claim());
            out.println("verdict:     " + v.verdict().wireName());
            out.println("p-value:     " + (v.pValue() == null ? "none" : String.format(Locale.ROOT, "%.3f", v.pValue())));
            out.println("effect:      " + (v.effect() == null ? "none" : String.format(Locale.ROOT, "%.3f", v.effect()))
                    + (v.interval() == null ? "" : String.format(Locale.ROOT, " [%.3f, %.3f]", v.interval().low(),
                    v.interval().high())));
            out.println("events used: " + v.nEffectEvents());
            out.println("method:      " + v.method());
            out.println("why:         " + v.explanation());
        }
        out.flush();
        return Main.OK;
    }

    private Claim claim(CommandLine cl) {
        try {
            Claim.Relation r = Claim.Relation.parse(relation).orElseThrow(() -> new IllegalArgumentException(
                    "--relation is lull-precedes or rise-precedes, not '" + relation + "'"));
            SeriesFilter cause = new SeriesFilter(causeType, causeActor, null, null, causeCounts, from, to,
                    Granularity.DAY, causeInitiator);
            SeriesFilter effect = new SeriesFilter(effectType, effectActor, null, near, false, from, to,
                    Granularity.DAY, effectInitiator);
            return new Claim(r, cause, effect, lag, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }
}
