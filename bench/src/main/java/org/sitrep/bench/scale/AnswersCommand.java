package org.sitrep.bench.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Counts;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.Town;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run answers --db FILE|URL [--runs 20] [--days 30] [--series-runs 3] [--only KINDS]}: time per answer
 * of the analysis questions over a (generated) store: each known route's day-by-day status ({@link Sitrep#routeDays})
 * and who held the towns along the routes ({@link Sitrep#control}), over random windows of {@code --days} days in the
 * store's ten years; then series and their change points ({@link SeriesAnswers}, {@link SeriesShapes}).
 */
@Command(name = "answers", mixinStandardHelpOptions = true,
        description = "Time route status, control of places, series and change points over a (generated) store")
public final class AnswersCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, description = "SQLite file or postgresql:// address")
    String db;

    @Option(names = "--runs", defaultValue = "20", description = "answers timed per kind (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--days", defaultValue = "30", description = "days per answer (default ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--seed", defaultValue = "3")
    long seed;

    @Option(names = "--series-runs", defaultValue = "3", description = "answers timed per series shape "
            + "(default ${DEFAULT-VALUE})")
    int seriesRuns;

    @Option(names = "--only", split = ",", description = "route, control, series, changes (default: all)")
    List<String> only = List.of("route", "control", "series", "changes");

    @Override
    public Integer call() {
        try (Sitrep sitrep = Sitrep.openExisting(db)) {
            Counts c = sitrep.counts();
            System.out.printf("[answers] %s: %,d events, %,d reports; %d-day windows; %s%n", db, c.events(),
                    c.reports(), days, Machine.describe());
            if (only.contains("route") || only.contains("control")) {
                routesAndControl(sitrep);
            }
            if (only.contains("series")) {
                SeriesAnswers.run(sitrep, seriesRuns, false);
            }
            if (only.contains("changes")) {
                SeriesAnswers.run(sitrep, seriesRuns, true);
            }
            System.out.printf("[answers] load average at the end %s%n", Machine.load());
        }
        return 0;
    }

    private void routesAndControl(Sitrep sitrep) {
        List<Route> routes = Sitrep.routes();
        List<Town> towns = new ArrayList<>();
        routes.forEach(r -> towns.addAll(r.towns()));
        SplittableRandom rnd = new SplittableRandom(seed);
        // one of each first, unmeasured: loading the gazetteer, actors and routes is not an answer's time
        LocalDate w = window(rnd);
        sitrep.routeDays(routes.get(0).id(), w, w.plusDays(days - 1));
        sitrep.control(towns.get(0).gazetteerId(), w, w.plusDays(days - 1));
        long[] route = new long[runs];
        long[] control = new long[runs];
        long routeDays = 0;
        long intervals = 0;
        for (int i = 0; i < runs; i++) {
            Route r = routes.get(i % routes.size());
            LocalDate from = window(rnd);
            long t = System.nanoTime();
            routeDays += sitrep.routeDays(r.id(), from, from.plusDays(days - 1)).size();
            route[i] = System.nanoTime() - t;
            Town town = towns.get(rnd.nextInt(towns.size()));
            from = window(rnd);
            t = System.nanoTime();
            intervals += sitrep.control(town.gazetteerId(), from, from.plusDays(days - 1)).size();
            control[i] = System.nanoTime() - t;
        }
        System.out.printf("[answers] route   %s (%d route-days)%n", Percentiles.of(route).line(), routeDays);
        System.out.printf("[answers] control %s (%d intervals)%n", Percentiles.of(control).line(), intervals);
    }

    private LocalDate window(SplittableRandom rnd) {
        long span = SyntheticDays.LAST_DAY.toEpochDay() - SyntheticDays.FIRST_DAY.toEpochDay() - days;
        return SyntheticDays.FIRST_DAY.plusDays(rnd.nextLong(span));
    }
}
