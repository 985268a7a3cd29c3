package org.sitrep.bench.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.app.Sitrep;
import org.sitrep.export.ParquetTableReader;
import org.sitrep.export.ParquetTables;
import org.sitrep.json.SitrepJson;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.Query;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.ControlState;
import org.sitrep.model.analysis.RouteDay;

/** Scores a store built from a simulation's articles against the simulation's truth. */
final class Scorer {
    private static final int MAX_DEPTH = 8;
    private final ActorKnowledgeBase actors = ActorKnowledgeBase.bundled();

    Scores score(Sitrep sitrep, Truth truth) {
        long[] c = control(sitrep, truth);
        long[] r = routes(sitrep, truth);
        long[][] le = linkingAndExtraction(sitrep, truth);
        long[] l = le[0];
        long[] e = le[1];
        return new Scores(c[0], c[1], c[2], c[3], c[4], c[5], r[0], r[1], r[2], l[0], l[1], l[2], e[0], e[1], e[2],
                e[3], e[4]);
    }

    /**
     * Linking and extraction only, control and routes left zero: what the scale comparison asks of a store, whose
     * control answers over a million articles' status reports would take longer than recording them did.
     */
    Scores scoreLinking(Sitrep sitrep, Truth truth) {
        long[][] le = linkingAndExtraction(sitrep, truth);
        long[] l = le[0];
        long[] e = le[1];
        return new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0, l[0], l[1], l[2], e[0], e[1], e[2], e[3], e[4]);
    }

    private static long[][] linkingAndExtraction(Sitrep sitrep, Truth truth) {
        Map<String, List<Told>> byArticle = new HashMap<>();
        sitrep.store().streamReports(Query.all(), rec -> told(rec, truth, byArticle));
        return linkingAndExtraction(byArticle, truth);
    }

    private long[] control(Sitrep sitrep, Truth truth) {
        long[] n = new long[6];
        for (String place : truth.places) {
            for (ControlInterval iv : sitrep.control(place, truth.start, truth.end())) {
                for (LocalDate d = iv.from(); !d.isAfter(iv.to()); d = d.plusDays(1)) {
                    Truth.Holding h = truth.control.get(d + "|" + place);
                    if (h == null) {
                        continue;
                    }
                    n[0]++;
                    if (iv.status() == ControlState.UNKNOWN) {
                        n[2]++;
                    } else if (iv.status() == ControlState.CONTESTED) {
                        n[h.contested() ? 1 : 4]++;
                    } else if (h.contested()) {
                        n[5]++;
                    } else if (iv.holder() != null && iv.holder().id() != null
                            && within(iv.holder().id(), h.holder())) {
                        n[1]++;
                    } else {
                        n[3]++;
                    }
                }
            }
        }
        return n;
    }

    private long[] routes(Sitrep sitrep, Truth truth) {
        long[] n = new long[3];
        for (String route : truth.routes) {
            for (RouteDay d : sitrep.routeDays(route, truth.start, truth.end())) {
                String t = truth.routeStatus.get(d.date() + "|" + route);
                if (t == null) {
                    continue;
                }
                n[0]++;
                if (d.status().wireName().equals(t)) {
                    n[1]++;
                } else if (d.status() == org.sitrep.model.analysis.RouteState.UNKNOWN) {
                    n[2]++;
                }
            }
        }
        return n;
    }

    /**
     * Linking and extraction only, read from the Parquet tables a batch job wrote ({@code reports/} under the output
     * folder) instead of a store: control and routes stay zero. A corpus of a million articles need not be imported
     * into a store (tens of GB) to be scored.
     */
    Scores scoreTables(Path output, Truth truth) throws IOException {
        SitrepJson json = SitrepJson.standard();
        Map<String, List<Told>> byArticle = new HashMap<>();
        ParquetTableReader.read(output.resolve(ParquetTables.REPORTS), row -> {
            // the kind column first: most rows are status reports, not worth decoding
            if (row.string("kind").map(ReportKind.EVENT.wireName()::equals).orElse(false)) {
                told(json.readReport(row.string("json").orElseThrow()), truth, byArticle);
            }
        });
        long[][] le = linkingAndExtraction(byArticle, truth);
        long[] l = le[0];
        long[] e = le[1];
        return new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0, l[0], l[1], l[2], e[0], e[1], e[2], e[3], e[4]);
    }

    /** Linking's and extraction's counts over each article's event reports, put in text order first. */
    private static long[][] linkingAndExtraction(Map<String, List<Told>> byArticle, Truth truth) {
        byArticle.values().forEach(l -> l.sort(Comparator.comparingInt(Told::start)));
        return new long[][] {linking(byArticle, truth), extraction(byArticle, truth)};
    }

    /** What scoring needs of one event report: its event (or itself), where it starts, its type, place and day. */
    private record Told(String event, int start, String type, String place, LocalDate from, LocalDate to) {
        static Told of(Report r) {
            return new Told(r.eventId() == null ? r.id() : r.eventId(), r.evidence().span().start(),
                    r.subEventType() == null ? null : r.subEventType().label(),
                    r.location() == null ? null : r.location().gazetteerId(),
                    r.date() == null ? null : r.date().start(), r.date() == null ? null : r.date().end());
        }
    }

    /** Keeps an event report of an article that tells of a true event (a report or a copy of one), by article. */
    private static void told(ReportRecord rec, Truth truth, Map<String, List<Told>> byArticle) {
        Truth.TrueArticle a = article(rec, truth);
        if (a != null && a.event() != null && rec.report().kind() == ReportKind.EVENT) {
            byArticle.computeIfAbsent(a.file(), k -> new ArrayList<>()).add(Told.of(rec.report()));
        }
    }

    private static Truth.TrueArticle article(ReportRecord rec, Truth truth) {
        String path = rec.document().path();
        return path == null ? null : truth.articles.get(Path.of(path).getFileName().toString());
    }

    /** Pairs of event reports (from reports and copies, not denials) put together by the store and by the truth. */
    private static long[] linking(Map<String, List<Told>> byArticle, Truth truth) {
        Map<String, Long> predicted = new HashMap<>();
        Map<String, Long> real = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        Map<String, Truth.TrueArticle> byFile = new HashMap<>();
        truth.articles.values().forEach(a -> byFile.put(a.file(), a));
        byArticle.forEach((file, reports) -> {
            Truth.TrueArticle a = byFile.get(file);
            if (a == null || a.role().equals("denial")) {
                return;
            }
            for (Told r : reports) {
                predicted.merge(r.event(), 1L, Long::sum);
                real.merge(a.event(), 1L, Long::sum);
                both.merge(r.event() + "|" + a.event(), 1L, Long::sum);
            }
        });
        return new long[] {pairs(predicted), pairs(real), pairs(both)};
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    private static long[] extraction(Map<String, List<Told>> byArticle, Truth truth) {
        long[] n = new long[5];
        for (Truth.TrueArticle a : truth.articles.values()) {
            if (!a.role().equals("report")) {
                continue;
            }
            Truth.TrueEvent e = truth.events.get(a.event());
            n[0]++;
            List<Told> reports = byArticle.getOrDefault(a.file(), List.of());
            if (reports.isEmpty()) {
                n[4]++;
                continue;
            }
            Told r = reports.get(0);
            n[1] += e.type().equals(r.type()) ? 1 : 0;
            n[2] += e.place().equals(r.place()) ? 1 : 0;
            n[3] += e.date().equals(r.from()) && e.date().equals(r.to()) ? 1 : 0;
        }
        return n;
    }

    /** Whether an actor id is this side or part of it (the knowledge base's family tree). */
    private boolean within(String actorId, String side) {
        String id = actorId;
        for (int i = 0; id != null && i < MAX_DEPTH; i++) {
            if (id.equals(side)) {
                return true;
            }
            id = actors.byId(id).map(Actor::parent).orElse(null);
        }
        return false;
    }
}
