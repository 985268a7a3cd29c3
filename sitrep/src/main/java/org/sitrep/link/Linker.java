package org.sitrep.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;

/**
 * Links new reports into events, incrementally: each new event report joins the known event it fits best (from
 * {@link EventIndex#candidates} and the events of the same batch), founds a new event ({@link Event#idFor} of the
 * report), or, when it fits several events that also fit each other, merges them into the oldest, whose id
 * survives. Event ids stay stable as events gain reports. When growth leaves a report ruled out by most of its
 * event, it splits off into an event of its own ({@link #splitOff}).
 *
 * <p>Which reports link: event reports (never count observations) that assert the event, and also those that deny
 * or negate it or speculate about it, because a denial is part of the record of the event it denies (the
 * assessor needs it to see the dispute). Predictions and hypotheticals are about no happening and stay unlinked.
 * A denial may found an event when nothing matches yet, so that it is not lost when the claim arrives later;
 * the merger flags an event none of whose reports asserts it ({@code unasserted}).
 *
 * <p>A report fits an event when its best pair score against the event's reports reaches the join threshold
 * and at most {@code threshold.vetoShare} of those reports veto the pair (single link for agreement, a
 * majority check against chaining). Stateless and thread-safe.
 */
public final class Linker {
    private static final class Holder {
        static final Linker INSTANCE = new Linker(LinkSettings.standard(), TypeCompatibility.standard(),
                ActorCompatibility.standard(), TextSimilarity.standard(), LinearPlaces.gazetteer());
    }

    private final LinkSettings settings;
    private final ActorCompatibility actors;
    private final TextSimilarity text;
    private final LinearPlaces lines;
    private final PairScorer scorer;

    public Linker(LinkSettings settings, TypeCompatibility types, ActorCompatibility actors, TextSimilarity text,
                  LinearPlaces lines) {
        this.settings = settings;
        this.actors = actors;
        this.text = text;
        this.lines = lines;
        this.scorer = new PairScorer(settings, types, lines);
    }

    /** The linker with the bundled data (actor families, road lines, settings). */
    public static Linker standard() {
        return Holder.INSTANCE;
    }

    /** Whether a report takes part in linking at all (see the class comment). */
    public static boolean linkable(Report r) {
        if (r.kind() != ReportKind.EVENT) {
            return false;
        }
        Modality m = r.modality();
        return m.assertsOccurrence() || m == Modality.DENIED || m == Modality.NEGATED || m == Modality.SPECULATIVE;
    }

    /**
     * Whether a report may found an event when nothing known matches: reports that put the event forward, and
     * denials (so a denial read before the claim is not lost). Speculation and negation only join.
     */
    public static boolean mayFound(Report r) {
        return r.modality().assertsOccurrence() || r.modality() == Modality.DENIED;
    }

    public LinkFeatures features(Report r) {
        return LinkFeatures.of(r, settings, actors, text, lines);
    }

    /** Waypoints of a road or river known to the linker. */
    double[][] line(String gazetteerId) {
        return lines.line(gazetteerId);
    }

    /** Scores one pair of reports (for tests and diagnostics). */
    public PairScore score(Report a, Report b) {
        return scorer.score(features(a), features(b));
    }

    /** An event being built in this batch: its reports and how old it is. */
    private static final class Working {
        final String id;
        final long sequence;
        final List<Report> reports;
        final List<LinkFeatures> features;

        Working(String id, long sequence, List<Report> reports, List<LinkFeatures> features) {
            this.id = id;
            this.sequence = sequence;
            this.reports = reports;
            this.features = features;
        }
    }

    private record Fit(Working event, double score) {
    }

    public LinkChanges link(List<Report> newReports, EventIndex index) {
        Map<String, Working> touched = new LinkedHashMap<>();
        Map<String, String> mergedInto = new HashMap<>();
        Map<String, String> assigned = new HashMap<>();
        BatchEvents batch = new BatchEvents();
        long nextNew = Long.MAX_VALUE / 2;
        // features of the known reports, computed once per batch (not once per new report that sees them)
        Map<Report, LinkFeatures> known = new IdentityHashMap<>();
        for (Report r : newReports) {
            if (!linkable(r)) {
                continue;
            }
            LinkFeatures f = features(r);
            // once stored, the report is a known one to the next batches: they need not compute its features again
            index.keep(r, f);
            batch.nextReport();
            Map<String, Working> seen = new LinkedHashMap<>();
            List<Fit> fits = fits(r, f, index, touched, batch, mergedInto, seen, known);
            if (fits.isEmpty()) {
                if (!mayFound(r)) {
                    // speculation or a negation about no known event is not an event of its own
                    continue;
                }
                String id = Event.idFor(r.id());
                Working w = new Working(id, nextNew++, new ArrayList<>(), new ArrayList<>());
                w.reports.add(r);
                w.features.add(f);
                touched.put(id, w);
                batch.touch(id);
                assigned.put(r.id(), id);
                continue;
            }
            fits.sort(Comparator.comparingDouble(Fit::score).reversed());
            List<Working> group = new ArrayList<>();
            group.add(fits.get(0).event());
            for (int i = 1; i < fits.size(); i++) {
                Working other = fits.get(i).event();
                if (group.stream().allMatch(g -> compatible(g, other))) {
                    group.add(other);
                }
            }
            group.sort(Comparator.comparingLong((Working w) -> w.sequence)
                    .thenComparing(w -> -w.reports.size()).thenComparing(w -> w.id));
            Working keep = touched.computeIfAbsent(group.get(0).id, k -> copy(seen.get(k)));
            for (int i = 1; i < group.size(); i++) {
                Working gone = group.get(i);
                keep.reports.addAll(gone.reports);
                keep.features.addAll(gone.features);
                touched.remove(gone.id);
                mergedInto.put(gone.id, keep.id);
            }
            keep.reports.add(r);
            keep.features.add(f);
            batch.touch(keep.id);
            assigned.put(r.id(), keep.id);
        }
        splitOff(touched, assigned, mergedInto);
        return changes(newReports, touched, assigned, mergedInto);
    }

    /**
     * The events a report fits, with their scores: candidates from the index (seen through merges made in this
     * batch) and every event this batch touched. {@code seen} receives every event considered, by id.
     */
    private List<Fit> fits(Report r, LinkFeatures f, EventIndex index, Map<String, Working> touched,
                           BatchEvents batch, Map<String, String> mergedInto, Map<String, Working> seen,
                           Map<Report, LinkFeatures> known) {
        for (EventCluster c : index.candidates(r, f)) {
            String id = survivor(c.eventId(), mergedInto);
            if (seen.containsKey(id)) {
                continue;
            }
            Working w = touched.get(id);
            if (w == null) {
                if (!id.equals(c.eventId())) {
                    continue; // absorbed into an event of this batch, which is listed below
                }
                w = fromIndex(c, index, known);
            }
            seen.put(id, w);
        }
        List<String> near = batch.withinReach(id -> survivor(id, mergedInto), touched::containsKey);
        for (Working w : near.size() == touched.size() ? touched.values() : near.stream().map(touched::get).toList()) {
            seen.putIfAbsent(w.id, w);
        }
        List<Fit> fits = new ArrayList<>();
        for (Working w : seen.values()) {
            double s = fit(f, w.features);
            if (s >= 0) {
                fits.add(new Fit(w, s));
            }
        }
        return fits;
    }

    /** What the batch changed, with absorbed ids resolved to the events that survive. */
    private static LinkChanges changes(List<Report> newReports, Map<String, Working> touched,
                                       Map<String, String> assigned, Map<String, String> mergedInto) {
        // resolve chains (A into B, then B into C) so every absorbed id points at a surviving event
        Map<String, String> finalMerged = new HashMap<>();
        for (String gone : mergedInto.keySet()) {
            finalMerged.put(gone, survivor(gone, mergedInto));
        }
        List<Report> linked = new ArrayList<>();
        for (Report r : newReports) {
            String id = assigned.get(r.id());
            linked.add(id == null ? r : r.withEventId(survivor(id, mergedInto)));
        }
        List<EventCluster> clusters = new ArrayList<>();
        for (Working w : touched.values()) {
            clusters.add(new EventCluster(w.id, w.reports.stream()
                    .map(x -> w.id.equals(x.eventId()) ? x : x.withEventId(w.id)).toList()));
        }
        return new LinkChanges(linked, clusters, finalMerged);
    }

    /**
     * The split: an event grown by this batch may now rule out one of its reports. A report (never the founding
     * one) that more than {@code threshold.vetoShare} of the event's other reports veto leaves it, and the reports
     * that left found new events among themselves, joining each other where they fit. So a new document can
     * split an event that an earlier bridge had glued together; ids of the events that keep their founders stay.
     */
    private void splitOff(Map<String, Working> touched, Map<String, String> assigned, Map<String, String> merged) {
        List<Working> founded = new ArrayList<>();
        for (Working w : List.copyOf(touched.values())) {
            if (w.reports.size() < 3 || merged.containsKey(w.id)) {
                continue;
            }
            List<Integer> leaving = new ArrayList<>();
            for (int i = 0; i < w.reports.size(); i++) {
                if (w.features.get(i).foundedEventId().equals(w.id)) {
                    continue;
                }
                int vetoes = 0;
                double vetoLimit = settings.vetoShare() * (w.reports.size() - 1);
                for (int j = 0; j < w.features.size() && vetoes <= vetoLimit; j++) {
                    if (j != i && scorer.score(w.features.get(i), w.features.get(j)).vetoed()) {
                        vetoes++;
                    }
                }
                if (vetoes > vetoLimit) {
                    leaving.add(i);
                }
            }
            if (leaving.isEmpty()) {
                continue;
            }
            List<Report> stayR = new ArrayList<>();
            List<LinkFeatures> stayF = new ArrayList<>();
            for (int i = 0; i < w.reports.size(); i++) {
                if (!leaving.contains(i)) {
                    stayR.add(w.reports.get(i));
                    stayF.add(w.features.get(i));
                }
            }
            touched.put(w.id, new Working(w.id, w.sequence, stayR, stayF));
            for (int i : leaving) {
                Report r = w.reports.get(i);
                LinkFeatures f = w.features.get(i);
                Working home = null;
                for (Working n : founded) {
                    if (fit(f, n.features) >= 0) {
                        home = n;
                        break;
                    }
                }
                if (home == null) {
                    String id = Event.idFor(r.id());
                    if (merged.containsKey(id) || touched.containsKey(id)) {
                        id = Event.idFor("split:" + r.id()); // its own id names an event absorbed elsewhere
                    }
                    home = new Working(id, w.sequence, new ArrayList<>(), new ArrayList<>());
                    founded.add(home);
                    touched.put(home.id, home);
                }
                home.reports.add(r);
                home.features.add(f);
                if (assigned.containsKey(r.id())) {
                    assigned.put(r.id(), home.id);
                }
            }
        }
    }

    private Working fromIndex(EventCluster c, EventIndex index, Map<Report, LinkFeatures> known) {
        List<LinkFeatures> kept = index.features(c);
        if (kept != null) {
            return new Working(c.eventId(), index.sequence(c.eventId()), c.reports(), kept);
        }
        List<LinkFeatures> fs = new ArrayList<>(c.reports().size());
        for (Report x : c.reports()) {
            LinkFeatures one = index.features(x);
            if (one == null) {
                one = known.computeIfAbsent(x, this::features);
                index.keep(x, one);
            }
            fs.add(one);
        }
        return new Working(c.eventId(), index.sequence(c.eventId()), new ArrayList<>(c.reports()), fs);
    }

    private static Working copy(Working w) {
        return new Working(w.id, w.sequence, new ArrayList<>(w.reports), new ArrayList<>(w.features));
    }

    private static String survivor(String id, Map<String, String> mergedInto) {
        String s = id;
        for (int guard = 0; mergedInto.containsKey(s) && guard < 1000; guard++) {
            s = mergedInto.get(s);
        }
        return s;
    }

    /** The best pair score of a report against an event's reports, or -1 when it does not fit the event. */
    private double fit(LinkFeatures f, List<LinkFeatures> event) {
        int vetoes = 0;
        double best = -1;
        boolean joinable = false;
        double vetoLimit = settings.vetoShare() * event.size();
        for (LinkFeatures e : event) {
            PairScore p = scorer.score(f, e);
            if (p.vetoed()) {
                if (++vetoes > vetoLimit) {
                    return -1; // vetoed by too many of the event's reports, whatever the rest would score
                }
            } else {
                best = Math.max(best, p.score());
                joinable |= p.joinable();
            }
        }
        return joinable ? best : -1;
    }

    /** Whether two events a report bridges may become one: most of their report pairs are not vetoed. */
    private boolean compatible(Working a, Working b) {
        int vetoes = 0;
        double vetoLimit = settings.vetoShare() * a.features.size() * b.features.size();
        for (LinkFeatures x : a.features) {
            for (LinkFeatures y : b.features) {
                if (scorer.score(x, y).vetoed() && ++vetoes > vetoLimit) {
                    return false;
                }
            }
        }
        return true;
    }
}
