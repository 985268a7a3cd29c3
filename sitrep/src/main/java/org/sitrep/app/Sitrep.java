package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.analyse.ControlAnalysis;
import org.sitrep.analyse.ControlInterval;
import org.sitrep.analyse.PlaceRef;
import org.sitrep.analyse.Route;
import org.sitrep.analyse.RouteAnalysis;
import org.sitrep.analyse.RouteDay;
import org.sitrep.analyse.Routes;
import org.sitrep.engine.Engine;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.record.Recorder;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The front door: an open store with the use cases that work on it (ingest, reprocess, regrade; queries through
 * {@link #store()}). Adapters (the command line, a server) call this and format what it answers; they never
 * name a store implementation, the recorder or the pipeline's stages.
 */
public final class Sitrep implements AutoCloseable {
    /** The store file used when none is named. */
    public static final Path DEFAULT_DB = SqliteStore.DEFAULT_FILE;

    /** Days a route answer spans when only one end is given. */
    private static final int DEFAULT_DAYS = 31;
    private final Store store;

    private Sitrep(Store store) {
        this.store = store;
    }

    /** Opens (creating or migrating when needed) the store in this file. */
    public static Sitrep open(Path db) {
        return new Sitrep(SqliteStore.open(db));
    }

    /** Over a store already open (another implementation, or a test's). Closing this closes it. */
    public static Sitrep over(Store store) {
        return new Sitrep(store);
    }

    /** The store, for queries. */
    public Store store() {
        return store;
    }

    /** The routes the analysis knows (roads of the gazetteer with the sides that depend on them). */
    public static List<Route> routes() {
        return Routes.standard().all();
    }

    /** A route by id, name or alias ("khanasser", "Khanasser highway", "M5"); empty when none is known. */
    public static Optional<Route> route(String idOrName) {
        return Routes.standard().find(idOrName);
    }

    /**
     * Each day's status of a route from {@code from} to {@code to} (both included), from the stored record; when
     * either is null, the days its stored status observations span (or a month of them) fill it in. A route no
     * one knows is an {@link IllegalArgumentException} naming it.
     */
    public List<RouteDay> routeDays(String route, LocalDate from, LocalDate to) {
        Route r = route(route).orElseThrow(() -> new IllegalArgumentException("no route known as '" + route
                + "' (see `sitrep routes`)"));
        RouteAnalysis analysis = RouteAnalysis.over(store);
        if (from == null || to == null) {
            LocalDate[] span = analysis.evidenceSpan(r).orElseThrow(() -> new IllegalArgumentException(
                    "no status observation of " + r.name() + " is stored; give --from and --to"));
            from = from != null ? from : to != null ? to.minusDays(DEFAULT_DAYS - 1) : span[0];
            to = to != null ? to : from.plusDays(Math.max(0, Math.min(DEFAULT_DAYS - 1,
                    java.time.temporal.ChronoUnit.DAYS.between(from, span[1]))));
        }
        return analysis.days(r, from, to);
    }

    /**
     * Who held a place (gazetteer id or name) from {@code from} to {@code to}, both included, one interval per run
     * of days with the same answer; a missing end is a month from the other. A place no one knows, or no day at
     * all, is an {@link IllegalArgumentException} saying so.
     */
    public List<ControlInterval> control(String place, LocalDate from, LocalDate to) {
        ControlAnalysis analysis = ControlAnalysis.over(store);
        PlaceRef p = analysis.place(place).orElseThrow(() -> new IllegalArgumentException("no place known as '"
                + place + "'"));
        if (from == null && to == null) {
            throw new IllegalArgumentException("give --from, --to or --at");
        }
        LocalDate a = from != null ? from : to.minusDays(DEFAULT_DAYS - 1);
        LocalDate b = to != null ? to : from.plusDays(DEFAULT_DAYS - 1);
        return analysis.intervals(p, a, b);
    }

    /** Reads, processes and records files and folders (searched recursively), one document at a time. */
    public IngestSummary ingest(Engine engine, EventAssessor assessor, List<Path> inputs, IngestListener listener) {
        return new Ingest(engine, store, new Recorder(store, assessor)).run(inputs, listener);
    }

    /** Grades every stored event again with this assessor, in one commit; returns how many were graded. */
    public int regrade(EventAssessor assessor) {
        return new Recorder(store, assessor).regrade();
    }

    /**
     * Re-runs the current engine over every document of the store in {@code db}, into a new store built beside
     * it, one transaction per document; then the new store takes the file's place and the old one is kept as
     * {@code <db>.before-reprocess}. Returns what was done; the old store is untouched if anything fails.
     */
    public static ReprocessSummary reprocess(Path db, Engine engine, EventAssessor assessor,
                                             IngestListener listener) {
        Path fresh = sibling(db, ".reprocessing");
        Path before = sibling(db, ".before-reprocess");
        try {
            deleteStore(fresh);
            ReprocessSummary summary;
            try (Store from = SqliteStore.open(db); Store to = SqliteStore.open(fresh)) {
                summary = new Reprocess(engine).run(from, to, new Recorder(to, assessor), listener);
            }
            deleteStore(before);
            Files.move(db, before, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, db, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new StoreException(db + ": reprocessed store could not take the old one's place: " + e.getMessage(),
                    e);
        }
    }

    private static Path sibling(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    private static void deleteStore(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(sibling(file, suffix));
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
