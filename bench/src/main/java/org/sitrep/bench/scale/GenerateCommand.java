package org.sitrep.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Counts;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run generate --db FILE|URL [--events 1000000] [--seed 1] [--batch 20000] [--reuse]}: fills an empty
 * store with a synthetic war ({@link SyntheticDays}) through the store port, {@code --batch} events' worth of
 * change sets per transaction ({@link Store#commitAll}), and says how fast. With {@code --reuse} a store that
 * already holds exactly that many events is kept as it is (the query and load benches share one).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fill a store with synthetic events, reports and documents (for the query and load benches)")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, description = "SQLite file or postgresql:// address")
    String db;

    @Option(names = "--events", defaultValue = "1000000", description = "events to generate (default ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--batch", defaultValue = "20000", description = "events per transaction (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--reuse", description = "keep a store that already holds --events events")
    boolean reuse;

    @Override
    public Integer call() {
        try (Sitrep sitrep = Sitrep.open(db)) {
            Store store = sitrep.store();
            Counts before = store.counts();
            if (before.events() > 0) {
                if (reuse && before.events() == events) {
                    System.out.printf("[generate] %s already holds %,d events, %,d reports, %,d documents: reused%n",
                            db, before.events(), before.reports(), before.documents());
                    return 0;
                }
                System.err.printf("[generate] %s already holds %,d events (wanted %,d%s): give an empty store%n", db,
                        before.events(), events, reuse ? "" : "; --reuse keeps a store of that size");
                return 2;
            }
            generate(store);
        }
        return 0;
    }

    private void generate(Store store) {
        ScaleWorld world = new ScaleWorld();
        System.out.printf("[generate] %,d events over %s..%s, %d Syrian places, %d actors, %d routes, seed %d%n",
                events, SyntheticDays.FIRST_DAY, SyntheticDays.LAST_DAY, world.placeCount(), world.actorCount(),
                world.routes().size(), seed);
        SyntheticDays days = new SyntheticDays(world, events, seed);
        long start = System.nanoTime();
        long written = 0;
        long documents = 0;
        long lastSaid = 0;
        List<ChangeSet> pending = new ArrayList<>();
        int pendingEvents = 0;
        while (days.hasNext()) {
            for (ChangeSet c : days.nextDay()) {
                pending.add(c);
                pendingEvents += c.events().size();
            }
            if (pendingEvents >= batch || !days.hasNext()) {
                documents += store.commitAll(pending);
                written += pendingEvents;
                pending.clear();
                pendingEvents = 0;
                if (written - lastSaid >= 100_000 || !days.hasNext()) {
                    lastSaid = written;
                    double s = (System.nanoTime() - start) / 1e9;
                    System.out.printf("[generate] %,d events, %,d documents in %.1f s: %,.0f events/s%n", written,
                            documents, s, written / s);
                }
            }
        }
        double s = (System.nanoTime() - start) / 1e9;
        Counts c = store.counts();
        System.out.printf("[generate] done: %,d events, %,d reports, %,d documents in %.1f s (%,.0f events/s)%n",
                c.events(), c.reports(), c.documents(), s, c.events() / s);
    }
}
