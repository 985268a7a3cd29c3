package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.knowledge.NameKey;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.model.ValueSource;

/**
 * Merges the reports of one event into the event record, each value with the report and source that gave it.
 * Values come from the reports that assert the event (denials and speculation only when nothing asserts it):
 * <ul>
 * <li>type: the most common; ties go to the more specific label ({@link TypeCompatibility#specificity}), then
 * to the earliest report;</li>
 * <li>actors: the union of each side, each actor once;</li>
 * <li>location: the most precise; ties go to the place most reports name, then the earliest;</li>
 * <li>date: the intersection of the reports' intervals when they all overlap, else the earliest report's date
 * with the flag {@code dates_disagree};</li>
 * <li>fatalities: ACLED's most conservative credible figure, the lowest stated one, after letting each source's
 * latest figure replace its earlier ones (a rising toll is an update, not a dispute); differing figures are
 * noted ("reports range 62–90");</li>
 * <li>first/last reported: the earliest and latest publication dates of the reports' documents.</li>
 * </ul>
 * "Earliest" orders reports by their document's publication date, then by their order in the cluster.
 * Stateless and thread-safe.
 */
public final class EventMerger {
    private final TypeCompatibility types;

    public EventMerger() {
        this(TypeCompatibility.standard());
    }

    public EventMerger(TypeCompatibility types) {
        this.types = types;
    }

    public Event merge(EventCluster cluster, Map<String, DocumentFacts> documents) {
        List<Report> all = ordered(cluster.reports(), documents);
        List<Report> asserting = all.stream().filter(r -> r.modality().assertsOccurrence()).toList();
        List<Report> basis = asserting.isEmpty() ? all : asserting;
        List<ValueSource> provenance = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        if (asserting.isEmpty()) {
            flags.add("unasserted");
        }

        SubEventType type = type(basis, documents, provenance);
        List<ActorRef> a1 = union(basis, Report::actor1, "actor1", documents, provenance);
        List<ActorRef> a2 = union(basis, Report::actor2, "actor2", documents, provenance);
        List<ActorRef> as1 = union(basis, Report::assocActor1, "assoc_actor1", documents, provenance);
        List<ActorRef> as2 = union(basis, Report::assocActor2, "assoc_actor2", documents, provenance);
        Location location = location(basis, documents, provenance);
        DateSpan date = date(basis, documents, provenance, flags);
        Fatalities f = fatalities(asserting, documents, provenance);

        LocalDate first = null;
        LocalDate last = null;
        for (Report r : all) {
            DocumentFacts d = documents.get(r.documentId());
            if (d != null && d.published() != null) {
                first = first == null || d.published().isBefore(first) ? d.published() : first;
                last = last == null || d.published().isAfter(last) ? d.published() : last;
            }
        }
        return new Event(cluster.eventId(), type, a1, a2, as1, as2, location, date, f.value, 
                cluster.reports().stream().map(Report::id).toList(), sources(all), flags, f.note, provenance,
                null, List.of(), null, first, last);
    }

    /**
     * The reports by their documents' publication day (undated last), then by where a report equal to them first
     * stands in the cluster. Each report's two keys are computed once: a report hashes deeply (it is a record of
     * records), and hashing it in every comparison was the largest part of merging. Equal reports have equal ids,
     * so the equal one is looked for among those of its id only, and no report is hashed whole.
     */
    static List<Report> ordered(List<Report> reports, Map<String, DocumentFacts> documents) {
        int n = reports.size();
        Map<String, Integer> firstOfId = new HashMap<>();
        LocalDate[] published = new LocalDate[n];
        int[] rank = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Report r = reports.get(i);
            Integer first = firstOfId.putIfAbsent(r.id(), i);
            rank[i] = first == null ? i : firstEqual(reports, first, i);
            published[i] = published(r, documents);
            order[i] = i;
        }
        // a stable sort, as the list's own sort was
        java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> published[i],
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(i -> rank[i]));
        List<Report> out = new ArrayList<>(n);
        for (int i : order) {
            out.add(reports.get(i));
        }
        return out;
    }

    /** Where the first report equal to the one at {@code i} stands, looking from the first of its id on. */
    private static int firstEqual(List<Report> reports, int from, int i) {
        Report r = reports.get(i);
        for (int j = from; j < i; j++) {
            if (reports.get(j).equals(r)) {
                return j;
            }
        }
        return i;
    }

    private static LocalDate published(Report r, Map<String, DocumentFacts> documents) {
        DocumentFacts d = documents.get(r.documentId());
        return d == null ? null : d.published();
    }

    /** The source behind a report: its innermost organisation or outlet, else its document's outlet. */
    static String source(Report r, Map<String, DocumentFacts> documents) {
        for (Attribution a : r.attribution()) {
            if (a.role() != Attribution.Role.SPEAKER) {
                return a.name();
            }
        }
        DocumentFacts d = documents.get(r.documentId());
        return d == null ? null : d.outlet();
    }

    private SubEventType type(List<Report> basis, Map<String, DocumentFacts> documents, List<ValueSource> prov) {
        Map<SubEventType, Integer> counts = new LinkedHashMap<>();
        for (Report r : basis) {
            if (r.subEventType() != null) {
                counts.merge(r.subEventType(), 1, Integer::sum);
            }
        }
        SubEventType best = null;
        for (Map.Entry<SubEventType, Integer> e : counts.entrySet()) {
            // entries are in order of first appearance, i.e. earliest report first: strict comparisons keep it
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && types.specificity(e.getKey()) > types.specificity(best))) {
                best = e.getKey();
            }
        }
        for (Report r : basis) {
            if (best != null && r.subEventType() == best) {
                prov.add(new ValueSource("sub_event_type", r.id(), source(r, documents)));
            }
        }
        return best;
    }

    private static List<ActorRef> union(List<Report> basis, java.util.function.Function<Report, List<ActorRef>> side,
                                        String field, Map<String, DocumentFacts> documents, List<ValueSource> prov) {
        Map<String, ActorRef> out = new LinkedHashMap<>();
        for (Report r : basis) {
            for (ActorRef a : side.apply(r)) {
                String key = a.id() != null ? "id:" + a.id() : "name:" + NameKey.of(a.name());
                if (out.putIfAbsent(key, a) == null) {
                    prov.add(new ValueSource(field + ":" + a.name(), r.id(), source(r, documents)));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static Location location(List<Report> basis, Map<String, DocumentFacts> documents,
                                     List<ValueSource> prov) {
        Map<String, Integer> votes = new HashMap<>();
        for (Report r : basis) {
            if (r.location() != null && r.location().resolved()) {
                votes.merge(placeKey(r.location()), 1, Integer::sum);
            }
        }
        Report best = null;
        for (Report r : basis) {
            Location l = r.location();
            if (l == null || !l.resolved()) {
                continue;
            }
            if (best == null || precision(l) < precision(best.location())
                    || (precision(l) == precision(best.location())
                        && votes.get(placeKey(l)) > votes.get(placeKey(best.location())))) {
                best = r;
            }
        }
        if (best == null) {
            // nothing resolved: keep the earliest named place, unresolved, rather than none
            best = basis.stream().filter(r -> r.location() != null).findFirst().orElse(null);
        }
        if (best == null) {
            return null;
        }
        prov.add(new ValueSource("location", best.id(), source(best, documents)));
        return best.location();
    }

    private static int precision(Location l) {
        return l.geoPrecision() == null ? 4 : l.geoPrecision();
    }

    private static String placeKey(Location l) {
        return l.gazetteerId() != null ? l.gazetteerId() : l.lat() + "," + l.lon();
    }

    private static DateSpan date(List<Report> basis, Map<String, DocumentFacts> documents, List<ValueSource> prov,
                                 List<String> flags) {
        List<Report> dated = basis.stream().filter(r -> r.date() != null).toList();
        if (dated.isEmpty()) {
            return null;
        }
        LocalDate start = dated.get(0).date().start();
        LocalDate end = dated.get(0).date().end();
        Report finest = dated.get(0);
        for (Report r : dated) {
            start = r.date().start().isAfter(start) ? r.date().start() : start;
            end = r.date().end().isBefore(end) ? r.date().end() : end;
            if (r.date().precision().compareTo(finest.date().precision()) < 0) {
                finest = r;
            }
        }
        if (end.isBefore(start)) {
            Report earliest = dated.get(0);
            flags.add("dates_disagree");
            prov.add(new ValueSource("date", earliest.id(), source(earliest, documents)));
            return earliest.date();
        }
        for (Report r : dated) {
            prov.add(new ValueSource("date", r.id(), source(r, documents)));
        }
        if (dated.size() == 1) {
            return finest.date();
        }
        DatePrecision p = finest.date().precision();
        // an intersection longer than the finest report's unit is no longer known to that precision
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        if (p == DatePrecision.DAY && days > 7) {
            p = DatePrecision.WEEK;
        }
        Set<String> dateFlags = new TreeSet<>();
        dated.forEach(r -> dateFlags.addAll(r.date().flags()));
        return new DateSpan(start, end, p, finest.date().mention(), List.copyOf(dateFlags));
    }

    private record Fatalities(Integer value, String note) {
    }

    private static Fatalities fatalities(List<Report> asserting, Map<String, DocumentFacts> documents,
                                         List<ValueSource> prov) {
        // each source's latest figure (reports are in publication order, so later ones overwrite)
        Map<String, Report> latestBySource = new LinkedHashMap<>();
        for (Report r : asserting) {
            if (r.fatalities() != null) {
                String s = source(r, documents);
                latestBySource.put(s == null ? "report:" + r.id() : s, r);
            }
        }
        if (latestBySource.isEmpty()) {
            return new Fatalities(null, null);
        }
        Report lowest = null;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Report r : latestBySource.values()) {
            int v = r.fatalities().value();
            if (v < min) {
                min = v;
                lowest = r;
            }
            max = Math.max(max, v);
        }
        prov.add(new ValueSource("fatalities", lowest.id(), source(lowest, documents)));
        String note = min == max ? null : "reports range " + min + "\u2013" + max;
        return new Fatalities(min, note);
    }

    /** The outlets and organisations behind the reports (speakers are people, not sources), each once. */
    static List<String> sources(List<Report> reports) {
        Set<String> s = new LinkedHashSet<>();
        for (Report r : reports) {
            for (Attribution a : r.attribution()) {
                if (a.role() != Attribution.Role.SPEAKER) {
                    s.add(a.name());
                }
            }
        }
        return List.copyOf(s);
    }
}
