package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.json.AnalysisJson;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.analysis.ChangePoint;
import org.sitrep.model.analysis.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Where a series' rate changed (PELT on a Poisson rate): the date, drop or rise, the rates "
                + "before and after per day with credible intervals, the probability of a change, and whether it "
                + "is a lull, a surge or a shift. Same filters as `series`.")
final class ChangesCommand implements Callable<Integer> {
    enum Format { jsonl, table }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    SeriesOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or table.")
    Format format = Format.jsonl;

    @Override
    public Integer call() {
        Series series;
        List<ChangePoint> changes;
        try (Sitrep s = DbOption.openExisting(main.db(dbOption.db))) {
            series = s.series(options.filter(spec.commandLine()));
            changes = s.changes(series);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        series.notes().forEach(n -> err.println("sitrep: note: " + n));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        for (ChangePoint c : changes) {
            if (format == Format.jsonl) {
                out.println(SitrepJson.standard().write(AnalysisJson.change(c)));
            } else {
                out.println(String.format(Locale.ROOT, "%s  %-4s  %-5s  %.2f [%.2f-%.2f] -> %.2f [%.2f-%.2f] per day  "
                        + "p(change) %.2f  between %s and %s", c.date(), c.direction().wireName(), c.kind().wireName(),
                        c.rateBefore(), c.rateBeforeInterval().low(), c.rateBeforeInterval().high(), c.rateAfter(),
                        c.rateAfterInterval().low(), c.rateAfterInterval().high(), c.probability(), c.dateLow(),
                        c.dateHigh()));
            }
        }
        out.flush();
        return Main.OK;
    }
}
