package org.sitrep.store.sqlite;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.model.SubEventType;
import org.sitrep.store.StoreException;

/**
 * The facts of the events near several places ({@link SqliteEventBlocks#selectNearAny}), a long window read as two
 * halves at once when a second read connection is free: a road's corridor over a year is a hundred thousand rows
 * of the biggest cities' events, decoded one by one, and on a machine with a second core the later half is read
 * and decoded there while this thread streams the earlier one. The later half's events that began in the earlier
 * one are that one's, so each event comes once, in order.
 */
final class SqliteNearAny {
    /** Windows shorter than this are read in one go: a second thread would cost more than it saves. */
    static final int SPLIT_FROM_DAYS = 120;
    private static final String WHAT = "cannot query events";

    /** Runs a read on this thread's connection (its read, or a write plan's), errors told as the store tells them. */
    interface Here {
        void run(SqliteReaders.Work<Void> work);
    }

    private final SqliteReaders readers;
    private final SitrepJson json;
    private final Function<SQLException, StoreException> failure;
    /** What the facts are read from: their compact column or the event's record (see {@code SqliteStore}). */
    private final String facts;

    SqliteNearAny(SqliteReaders readers, SitrepJson json, String facts,
                  Function<SQLException, StoreException> failure) {
        this.readers = readers;
        this.json = json;
        this.facts = facts;
        this.failure = failure;
    }

    /** Streams the events to {@code sink} on this thread; {@code mayUseAside}: false inside a write plan. */
    void stream(Query q, List<Near> areas, Set<SubEventType> types, boolean mayUseAside, Here here,
                Consumer<EventFacts> sink) {
        LocalDate mid = mayUseAside ? middle(q) : null;
        Future<List<EventFacts>> later = mid == null ? null : readers.readAside(c -> {
            List<EventFacts> out = new ArrayList<>();
            SqliteEventBlocks.selectNearAny(c, q.from(mid.plusDays(1)), areas, types, facts, decoded(out::add));
            return out;
        });
        Query first = later == null ? q : q.to(mid);
        here.run(c -> {
            SqliteEventBlocks.selectNearAny(c, first, areas, types, facts, decoded(sink));
            return null;
        });
        if (later != null) {
            for (EventFacts e : join(later)) {
                if (e.date().start().isAfter(mid)) {
                    sink.accept(e);
                }
            }
        }
    }

    /** The day that ends the earlier half, or null when the window is open or too short to split. */
    static LocalDate middle(Query q) {
        if (q.from() == null || q.to() == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(q.from(), q.to()) + 1;
        return days < SPLIT_FROM_DAYS ? null : q.from().plusDays(days / 2 - 1);
    }

    private Consumer<byte[]> decoded(Consumer<EventFacts> sink) {
        return bytes -> sink.accept(json.readEventFacts(bytes));
    }

    private List<EventFacts> join(Future<List<EventFacts>> later) {
        try {
            return later.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(WHAT + ": interrupted while waiting for the later half of the window", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw failure.apply(sql);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException(WHAT + ": " + cause, cause);
        }
    }
}
