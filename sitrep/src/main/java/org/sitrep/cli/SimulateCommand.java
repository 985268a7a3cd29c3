package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.Simulate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Plays out a synthetic war day by day (places changing hands, routes cut and reopened, "
                + "strike campaigns with lulls and surges) and writes the articles outlets would publish about it "
                + "(DIR/articles/DAY/ID.html) and its ground truth (DIR/truth.jsonl). The same seed and options "
                + "give the same files."})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seed", required = true, description = "the world's seed")
    long seed;

    @Option(names = "--places", description = "how many places (default: ${DEFAULT-VALUE})")
    int places = Simulate.Options.DEFAULT_PLACES;

    @Option(names = "--days", description = "how many days (default: ${DEFAULT-VALUE})")
    int days = Simulate.Options.DEFAULT_DAYS;

    @Option(names = "--start", description = "the first day, YYYY-MM-DD (default: ${DEFAULT-VALUE})")
    LocalDate start = Simulate.Options.DEFAULT_START;

    @Option(names = "--noise", description = "none or partisan (default: ${DEFAULT-VALUE})")
    String noise = "partisan";

    @Option(names = "--articles-per-day", description = "articles to aim at a day: every true event is covered, "
            + "front-line roundups fill the rest (default: ${DEFAULT-VALUE})")
    int articlesPerDay = Simulate.Options.DEFAULT_ARTICLES_PER_DAY;

    @Option(names = "--lead-lag", description = "plant a lead-lag effect: Islamic State attacks triple on a day after "
            + "a coalition lull week (at most half the strikes its campaign planned in the 7 days before)")
    boolean leadLag;

    @Option(names = "--out", required = true, description = "the folder to write into")
    Path out;

    @Override
    public Integer call() {
        Simulate.Summary s;
        try {
            s = Simulate.run(new Simulate.Options(seed, places, days, start, noise, articlesPerDay, leadLag), out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(String.format(Locale.ROOT, "%d places, %d routes, %d true events, %d articles in %.1f s "
                + "(%.0f articles/s) -> %s", s.places(), s.routes(), s.events(), s.articles(), s.seconds(),
                s.articlesPerSecond(), out));
        err.flush();
        return Main.OK;
    }
}
