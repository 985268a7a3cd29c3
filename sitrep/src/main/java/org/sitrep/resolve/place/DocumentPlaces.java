package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.NameHit;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.knowledge.places.PlaceMatch;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * What the resolver reads of a whole document, worked out once per document instead of once per mention: the
 * gazetteer readings of every name (one cache), each place mention's unambiguous reading, the governorates named by
 * region cues, and the roads the text names. Mentions and cues are kept in text order so the context of one mention
 * is found by binary search, within {@link #REACH} characters of it: a place named fifty pages earlier in an archive
 * says nothing about this sentence, and a whole-document scan per mention made long documents quadratic. Every news
 * article shorter than {@code REACH} still sees its whole text. Not thread-safe: one document, one thread.
 */
final class DocumentPlaces {
    /** How far (characters) either side of a sentence other place mentions and region cues count as its context. */
    static final int REACH = 30_000;

    /** A word for a road, near which the towns it runs through are looked for. */
    private static final Pattern ROAD_WORD = Pattern.compile("(?i)\\b(?:road|route|highway|supply\\s+line)s?\\b");
    /** How far from a road word (characters) the towns a road is described by count. */
    static final int WAYPOINT_REACH = 200;

    /** A place mention with what its name tells without help. */
    record Other(Mention mention, String key, Place unambiguous, boolean exactInRegion, List<Place> closeReadings) {
    }

    /** A region cue whose name is read as a governorate: where it starts and the governorate's match. */
    record Region(int start, PlaceMatch admin1) {
    }

    private final String text;
    private final List<Mention> mentions;
    private final int[] starts;
    private final Other[] others;
    private final Readings readings;
    private final Map<String, List<PlaceMatch>> cache = new HashMap<>();
    private List<Region> regions;
    private int[] regionStarts;
    private Set<String> roads;
    private final Map<Span, Set<String>> sentenceCountries = new HashMap<>();

    DocumentPlaces(String text, List<Mention> mentions, Readings readings) {
        this.text = text;
        this.mentions = mentions.stream().sorted(Comparator.comparingInt(m -> m.span().start())).toList();
        this.starts = this.mentions.stream().mapToInt(m -> m.span().start()).toArray();
        this.others = new Other[this.mentions.size()];
        this.readings = readings;
    }

    Readings readings() {
        return readings;
    }

    /** The document's reading cache: each name is looked up in the gazetteer once per document. */
    Map<String, List<PlaceMatch>> cache() {
        return cache;
    }

    /** The other mentions within {@link #REACH} of {@code [from, to)}, in text order. */
    List<Other> near(int from, int to) {
        return othersStartingIn(from - REACH, to + REACH);
    }

    /** The mentions starting in {@code [from, to)}, in text order. */
    List<Mention> startingIn(int from, int to) {
        return mentions.subList(lowerBound(starts, from), lowerBound(starts, to));
    }

    private List<Other> othersStartingIn(int from, int to) {
        int lo = lowerBound(starts, from);
        int hi = lowerBound(starts, to);
        List<Other> out = new ArrayList<>(Math.max(0, hi - lo));
        for (int i = lo; i < hi; i++) {
            out.add(other(i));
        }
        return out;
    }

    private Other other(int i) {
        if (others[i] == null) {
            Mention m = mentions.get(i);
            String name = Readings.LEADING_THE.matcher(m.text()).replaceFirst("");
            List<Place> close = readings.candidates(name, cache).stream()
                    .filter(pm -> pm.similarity() >= PlaceResolver.MIN_ANSWER_SIMILARITY).map(PlaceMatch::place)
                    .toList();
            Place p = readings.unambiguous(m.text(), cache).orElse(null);
            boolean exact = p != null && Gazetteer.inRegion(p) && readings.candidates(name, cache).stream()
                    .anyMatch(pm -> pm.place().id().equals(p.id()) && pm.similarity() >= 1.0);
            others[i] = new Other(m, m.text().strip().toLowerCase(Locale.ROOT), p, exact, close);
        }
        return others[i];
    }

    /** The governorates region cues name within {@link #REACH} of {@code [from, to)}. */
    List<Region> regionsNear(int from, int to) {
        if (regions == null) {
            regions = findRegions();
            regionStarts = regions.stream().mapToInt(Region::start).toArray();
        }
        return regions.subList(lowerBound(regionStarts, from - REACH), lowerBound(regionStarts, to + REACH));
    }

    private List<Region> findRegions() {
        List<Region> out = new ArrayList<>();
        for (Cues.NamedRegion r : Cues.regions(text)) {
            if (!r.phrase().equals(r.name()) && readings.candidates(r.phrase(), cache).stream()
                    .anyMatch(m -> m.similarity() >= Gazetteer.FOREIGN_MIN_SIMILARITY)) {
                continue; // "South Carolina", "North Ossetia": a name of its own, not a direction from Carolina
            }
            readings.admin1Of(r.name(), cache).ifPresent(m -> out.add(new Region(r.start(), m)));
        }
        out.sort(Comparator.comparingInt(Region::start));
        return out;
    }

    /**
     * The countries a sentence of the text names ({@code find} reads them), found once per sentence: each place
     * mention of the sentence asks. The set is shared by those mentions; they only read it.
     */
    Set<String> countriesNamedIn(Span sentence, java.util.function.Function<Span, Set<String>> find) {
        Set<String> known = sentenceCountries.get(sentence);
        if (known == null) {
            known = java.util.Collections.unmodifiableSet(find.apply(sentence));
            sentenceCountries.put(sentence, known);
        }
        return known;
    }

    /**
     * Ids of the roads the document names, in text order (one scan per document); when it names none by name, the
     * roads it describes by their towns ({@link #roadsThroughTownsNamed}).
     */
    Set<String> roads(Gazetteer gazetteer) {
        if (roads == null) {
            roads = new LinkedHashSet<>();
            for (NameHit h : gazetteer.names().scan(text)) {
                for (String id : h.entryIds()) {
                    gazetteer.byId(id).filter(p -> p.kind() == PlaceKind.ROAD).ifPresent(p -> roads.add(p.id()));
                }
            }
            if (roads.isEmpty()) {
                roads.addAll(roadsThroughTownsNamed(gazetteer));
            }
        }
        return roads;
    }

    /**
     * "The road, which runs from Salamiyah through Ithriyah and Khanasser", "the road between Khanaser and Ithriya":
     * the roads two or more of whose waypoints are place mentions within {@link #WAYPOINT_REACH} characters of a
     * road word. A single town says nothing of which road through it is meant.
     */
    private Set<String> roadsThroughTownsNamed(Gazetteer gazetteer) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ROAD_WORD.matcher(text);
        while (m.find()) {
            Set<String> near = new HashSet<>();
            for (Other o : othersStartingIn(m.start() - WAYPOINT_REACH, m.end() + WAYPOINT_REACH)) {
                o.closeReadings().forEach(p -> near.add(p.id()));
            }
            if (near.size() < 2) {
                continue;
            }
            for (Place road : gazetteer.roads()) {
                if (road.waypoints().stream().filter(near::contains).count() >= 2) {
                    out.add(road.id());
                }
            }
        }
        return out;
    }

    /** The first index whose value is at least {@code key} ({@code a} ascending). */
    static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
