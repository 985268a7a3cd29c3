package org.sitrep.analyse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.DateCount;
import org.sitrep.model.Query;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.Series;
import org.sitrep.model.analysis.SeriesFilter;
import org.sitrep.model.analysis.SeriesPoint;
import org.sitrep.store.Store;

/**
 * A series of stored events (and, when asked, count observations) per day, week or month. Every bucket of the span
 * appears, zeros included: no event on a day is data. Count observations are different: a day no count covers is a
 * gap, never a zero. Counts of one day from one document (the rows of one table) add up; the same day counted by
 * several documents takes the largest, since outlets repeating a figure do not add strikes; and a day's count is
 * never below the matching events recorded that day. Rates stated over a span ("an average of 6.8 per day in
 * August") and events dated more loosely than a bucket are left out and said so in the notes. Without a span
 * given, the series runs from the first to the last matching record (with counts, the first to the last day
 * counted).
 */
public final class SeriesAnalysis {
    /** Flags of count observations that state a rate over a span, not a day's count. */
    static final List<String> RATE_FLAGS = List.of("per_day", "average");

    private final Store store;

    SeriesAnalysis(Store store) {
        this.store = store;
    }

    public static SeriesAnalysis over(Store store) {
        return new SeriesAnalysis(store);
    }

    public Series series(SeriesFilter f) {
        SeriesMatcher matcher = SeriesMatcher.standard(f);
        List<String> notes = new ArrayList<>(matcher.notes());
        // the store counts the matching events per date span: only those counts travel, never the events
        List<DateCount> events = new ArrayList<>();
        long undated = 0;
        for (DateCount c : store.eventDates(matcher.tally(Query.all().from(f.from()).to(f.to()).near(f.near())))) {
            if (c.dated()) {
                events.add(c);
            } else {
                undated += c.count();
            }
        }
        if (undated > 0) {
            notes.add(undated + " matching events carry no date and are left out");
        }
        Map<LocalDate, Integer> counted = f.counts() ? counts(f, matcher, notes) : Map.of();
        // with counts the values live on the days counted: those bound the span when none is given
        List<DateCount> bounding = f.counts() && !counted.isEmpty() ? List.of() : events;
        LocalDate from = f.from() != null ? f.from() : first(bounding, counted);
        LocalDate to = f.to() != null ? f.to() : last(bounding, counted);
        if (from == null || to == null || to.isBefore(from)) {
            notes.add("nothing matches " + f.describe() + (from == null || to == null ? "" : " from " + from
                    + " to " + to) + "; no bucket to show");
            return new Series(f, List.of(), notes);
        }
        return new Series(f, buckets(f, from, to, events, counted, notes), notes);
    }

    private List<SeriesPoint> buckets(SeriesFilter f, LocalDate from, LocalDate to, List<DateCount> events,
                                      Map<LocalDate, Integer> counted, List<String> notes) {
        Granularity by = f.by();
        Map<LocalDate, Integer> perBucket = new HashMap<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        long loose = 0;
        for (DateCount d : events) {
            if (d.start().isBefore(from) || d.end().isAfter(to)) {
                continue;
            }
            int n = Math.toIntExact(d.count());
            if (!by.start(d.start()).equals(by.start(d.end()))) {
                loose += n;
                continue;
            }
            perBucket.merge(by.start(d.start()), n, Integer::sum);
            if (d.start().equals(d.end())) {
                perDay.merge(d.start(), n, Integer::sum);
            }
        }
        if (loose > 0) {
            notes.add(loose + " matching events are dated only to spans wider than a " + by.wireName()
                    + " bucket and are left out");
        }
        List<SeriesPoint> out = new ArrayList<>();
        for (LocalDate b = by.start(from); !b.isAfter(to); b = by.end(b).plusDays(1)) {
            LocalDate start = b.isBefore(from) ? from : b;
            LocalDate end = by.end(b).isAfter(to) ? to : by.end(b);
            int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
            int n = perBucket.getOrDefault(b, 0);
            if (!f.counts()) {
                out.add(new SeriesPoint(start, end, n, null, n, days, days));
                continue;
            }
            int observed = 0;
            int said = 0;
            int value = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                Integer c = counted.get(d);
                if (c != null) {
                    observed++;
                    said += c;
                    value += Math.max(c, perDay.getOrDefault(d, 0));
                }
            }
            out.add(new SeriesPoint(start, end, n, observed == 0 ? null : said, observed == 0 ? null : value, days,
                    observed));
        }
        return out;
    }

    /** Day-precise count observations matching the filter: per document summed, across documents the largest. */
    private Map<LocalDate, Integer> counts(SeriesFilter f, SeriesMatcher matcher, List<String> notes) {
        Map<String, Map<LocalDate, Integer>> byDocument = new HashMap<>();
        List<String> rates = new ArrayList<>();
        int[] loose = new int[1];
        Query q = Query.all().from(f.from()).to(f.to()).near(f.near());
        store.streamReports(q, ReportKind.COUNT, rec -> {
            Report r = rec.report();
            if (r.kind() != ReportKind.COUNT || r.date() == null || !matcher.matches(r)) {
                return;
            }
            if (r.flags().stream().anyMatch(RATE_FLAGS::contains)) {
                rates.add("\u2018" + r.evidence().text().strip() + "\u2019 (" + source(rec) + ")");
            } else if (!r.date().start().equals(r.date().end())) {
                loose[0]++;
            } else {
                byDocument.computeIfAbsent(r.documentId(), k -> new HashMap<>()).merge(r.date().start(),
                        r.count().value(), Integer::sum);
            }
        });
        if (!rates.isEmpty()) {
            notes.add(rates.size() + " count observations state a rate over a span, not a day's count, and are left "
                    + "out: " + String.join("; ", rates));
        }
        if (loose[0] > 0) {
            notes.add(loose[0] + " count observations are dated only to a span of days and are left out");
        }
        Map<LocalDate, Integer> out = new TreeMap<>();
        byDocument.values().forEach(days -> days.forEach((d, c) -> out.merge(d, c, Math::max)));
        return out;
    }

    private static String source(ReportRecord rec) {
        return rec.document().outlet() != null ? rec.document().outlet() : rec.document().id();
    }

    private static LocalDate first(List<DateCount> events, Map<LocalDate, Integer> counted) {
        LocalDate d = counted.keySet().stream().min(LocalDate::compareTo).orElse(null);
        for (DateCount s : events) {
            d = d == null || s.start().isBefore(d) ? s.start() : d;
        }
        return d;
    }

    private static LocalDate last(List<DateCount> events, Map<LocalDate, Integer> counted) {
        LocalDate d = counted.keySet().stream().max(LocalDate::compareTo).orElse(null);
        for (DateCount s : events) {
            d = d == null || s.end().isAfter(d) ? s.end() : d;
        }
        return d;
    }
}
