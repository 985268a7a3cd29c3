package org.sitrep.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.model.Near;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.Series;
import org.sitrep.model.analysis.SeriesFilter;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.RandomRecords;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.PgTestServer;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The series the store counts ({@link SeriesAnalysis}, {@code Store#eventDates}) is the series streaming every
 * event gave ({@link SeriesByStreaming}, the path before): on random stores (actor names spelling ids, ids in
 * another case, units under a side, the actor as the initiator only, places known by id under another name or unplaced, spans across buckets,
 * undated events, count observations and stated rates) and random filters (type, actor by alias or as part of a
 * name, place by name or circle, with counts or not, open or closed spans, day, week or month). Points, notes and
 * change points must be equal.
 */
class SeriesCountingTest {
    private static final String[] TYPES = {null, "Air/drone strike", "Battles", "Explosions/Remote violence"};
    private static final String[] ACTORS = {null, "ISIS", "Islamic State", "Syrian Armed Forces", "hamas", "brigade",
        "Islamic-State", "US-led coalition", "Tiger Forces", "unknown-brigade"};
    private static final String[] PLACES = {"Aleppo", "Khanasser", "aleppo", "Idlib", "village 3", "Halab"};
    private static final Near[] CIRCLES = {new Near(36.2, 37.13, 30), new Near(35.78, 37.5, 10)};

    @Property(tries = 12, seed = "20261205")
    void sqlite_countedSeriesIsTheStreamedSeries(@ForAll @LongRange(min = 1) long seed) {
        Path dir = tempDir();
        try (Store store = SqliteStore.open(dir.resolve("s.db"))) {
            compare(store, seed);
        } finally {
            delete(dir);
        }
    }

    /** The same on PostgreSQL, three random stores (skipped without a test server: see {@link PgTestServer}). */
    @Test
    void postgres_countedSeriesIsTheStreamedSeries() {
        PgTestServer.url();
        for (long seed : new long[] {3, 1_000_003, 77_777_777}) {
            try (Store store = PostgresStore.open(PgTestServer.freshDatabase())) {
                compare(store, seed);
            }
        }
    }

    private static void compare(Store store, long seed) {
        Gazetteer g = Gazetteer.get();
        RandomRecords records = new RandomRecords(seed, RandomRecords.places(
                g.candidates("Aleppo").get(0).place().id(), g.candidates("Khanasser").get(0).place().id()));
        List<ChangeSet> sets = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            sets.add(records.next());
        }
        store.commitAll(sets);
        SeriesAnalysis counted = SeriesAnalysis.over(store);
        SeriesByStreaming streamed = new SeriesByStreaming(store);
        ChangeAnalysis changes = ChangeAnalysis.standard();
        SplittableRandom rnd = new SplittableRandom(seed);
        int nonEmpty = 0;
        for (int i = 0; i < 25; i++) {
            SeriesFilter f = filter(rnd);
            Series want = streamed.series(f);
            Series got = counted.series(f);
            assertEquals(want, got, f.describe() + " by " + f.by() + " " + f.from() + ".." + f.to());
            assertEquals(changes.changes(want), changes.changes(got), "change points of " + f.describe());
            nonEmpty += want.points().stream().anyMatch(p -> p.events() > 0) ? 1 : 0;
        }
        assertFalse(nonEmpty < 5, "the filters match events in the random store (" + nonEmpty + " of 25)");
    }

    private static SeriesFilter filter(SplittableRandom rnd) {
        SeriesFilter f = SeriesFilter.all().type(TYPES[rnd.nextInt(TYPES.length)])
                .actor(ACTORS[rnd.nextInt(ACTORS.length)]).counts(rnd.nextInt(3) == 0)
                .by(Granularity.values()[rnd.nextInt(3)]);
        if (f.actor() != null && rnd.nextInt(3) == 0) {
            f = f.initiator(true);
        }
        int where = rnd.nextInt(4);
        if (where == 1) {
            f = f.place(PLACES[rnd.nextInt(PLACES.length)]);
        } else if (where == 2) {
            f = f.near(CIRCLES[rnd.nextInt(CIRCLES.length)]);
        }
        LocalDate from = RandomRecords.FIRST.plusDays(rnd.nextInt(60));
        LocalDate to = from.plusDays(rnd.nextInt(80));
        return switch (rnd.nextInt(4)) {
            case 0 -> f;
            case 1 -> f.between(from, null);
            case 2 -> f.between(null, to);
            default -> f.between(from, to);
        };
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("series-counting");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
