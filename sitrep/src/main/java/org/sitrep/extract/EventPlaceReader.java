package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.ClauseAnalyzer.Hit;

/** The event's place in a clause: the place name most firmly attached to the anchor (preposition, head, distance). */
final class EventPlaceReader {
    private final PlaceLexicon placeLex;
    private final PhraseSet<ModalityCues.Reporting> reporting;

    EventPlaceReader(PlaceLexicon placeLex, PhraseSet<ModalityCues.Reporting> reporting) {
        this.placeLex = placeLex;
        this.reporting = reporting;
    }

    private static final Set<String> VICINITY_WORDS = ClosedClass.of("vicinity-words");
    private static final Set<String> CONTAINER_WORDS = ClosedClass.of("container-words");

    /** The chosen place of a clause (null when none is attached firmly enough) and whether it is only nearby. */
    record Place(NameSpan name, boolean vicinity) {
    }

    /** The place of the clause [a, b) most firmly attached to its anchor, nearest and after it on ties. */
    Place place(List<Token> toks, NameSpotter.Names names, AttributionReader.Result attr, List<Hit> hits, Hit best,
                int a, int b) {
        NameSpan place = null;
        boolean vicinity = false;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<NameSpan> inClause = new ArrayList<>();
        for (NameSpan p : names.places()) {
            if (p.start() >= a && p.end() <= b && !attr.used()[p.start()] && !inSpeechFrame(toks, hits, p, best)) {
                inClause.add(p);
            }
        }
        for (NameSpan p : inClause) {
            int[] sv = placeStrength(toks, p, best);
            int strength = sv[0];
            if (strength < 2 && !(strength == 1 && inClause.size() == 1)) {
                continue;
            }
            int dist = p.start() >= best.end() ? p.start() - best.end() : best.start() - p.end();
            double score = strength * 10 + (p.start() >= best.end() ? 3 : 0) - Math.min(dist, 20) / 4.0;
            if (score > bestScore) {
                bestScore = score;
                place = p;
                vicinity = sv[1] == 1;
            }
        }
        NameSpan contained = place == null ? null : containedBefore(toks, inClause, place);
        return contained != null ? new Place(contained, placeStrength(toks, contained, best)[1] == 1)
                : new Place(place, vicinity);
    }

    /**
     * "snipers shot a driver while he was working in his fields in X": an event clause that names no place takes the
     * place of the circumstance told right after it ("while", "as") when that clause has no event of its own, the
     * first place firmly attached by a place preposition ("in", "at", "on") or a word of vicinity ("near"); not
     * "from" an origin or "to" a destination. Null name otherwise.
     */
    Place circumstance(List<Token> toks, NameSpotter.Names names, AttributionReader.Result attr, List<Hit> hits,
                       Hit best, int a, int b) {
        // "..., injuring his escort": a killing or wounding with no type of its own is the same event's toll
        boolean ownEvent = hits.stream().anyMatch(h -> h.start() >= a && h.end() <= b && h.blockedBy() == null
                && h.trigger().type() != null);
        if (!ClauseSplitter.circumstance(toks, a) || ownEvent) {
            return new Place(null, false);
        }
        for (NameSpan p : names.places()) {
            if (p.start() >= a && p.end() <= b && !attr.used()[p.start()]) {
                int[] sv = placeStrength(toks, p, best);
                if (sv[0] >= 4 || sv[1] == 1) {
                    NameSpan contained = containedBefore(toks, names.places(), p);
                    return contained != null ? new Place(contained, placeStrength(toks, contained, best)[1] == 1)
                            : new Place(p, sv[1] == 1);
                }
            }
        }
        return new Place(null, false);
    }

    /**
     * The place a chosen place only says the whereabouts of: "an air strike on Armanaz in Idlib province", "the
     * village of Raju, in the Aleppo countryside": the province is Armanaz's container, not a second place, so the
     * event is at Armanaz (the resolver reads the container as a cue). Null when the chosen place is no such
     * container.
     */
    private static NameSpan containedBefore(List<Token> toks, List<NameSpan> inClause, NameSpan chosen) {
        // the region word may be part of the name ("Idlib province") or follow it ("the Aleppo countryside")
        boolean region = CONTAINER_WORDS.contains(toks.get(chosen.end() - 1).lower())
                || chosen.end() < toks.size() && CONTAINER_WORDS.contains(toks.get(chosen.end()).lower());
        if (!region) {
            return null;
        }
        int k = chosen.start() - 1;
        if (k >= 0 && toks.get(k).is("the")) {
            k--;
        }
        if (k >= 0 && toks.get(k).is("in")) {
            k--;
        }
        if (k >= 0 && toks.get(k).is(",")) {
            k--;
        }
        if (k == chosen.start() - 1) {
            return null;
        }
        for (NameSpan p : inClause) {
            if (p.end() == k + 1) {
                return p;
            }
        }
        return null;
    }

    /**
     * "commanders told US officers at a meeting in Qatar that attacks put advisers at risk": a place between a
     * reporting verb and the "that" of what was said is where the words were spoken, not where the reported event
     * happened. The verb and its "that" must have no event word between them, so that a relative clause ("reported
     * air strikes on Douma that killed five") keeps its place.
     */
    private boolean inSpeechFrame(List<Token> toks, List<Hit> hits, NameSpan p, Hit best) {
        if (p.end() > best.start()) {
            return false;
        }
        int that = -1;
        for (int k = p.end(); k < best.start(); k++) {
            if (toks.get(k).is("that")) {
                that = k;
                break;
            }
        }
        if (that < 0) {
            return false;
        }
        int complement = that;
        for (int v = p.start() - 1; v >= 0; v--) {
            PhraseSet.Match<ModalityCues.Reporting> m = reporting.at(toks, v);
            if (m != null && m.end() <= p.start()) {
                int verb = v;
                return hits.stream().noneMatch(h -> h.start() > verb && h.start() < complement);
            }
        }
        return false;
    }

    /** {strength, vicinity}: how firmly a place is attached to the event. */
    private int[] placeStrength(List<Token> toks, NameSpan p, Hit anchor) {
        int j = p.start();
        boolean vicinity = false;
        while (j > 0 && (toks.get(j - 1).is("the") || toks.get(j - 1).is("of")
                || placeLex.placeHeads().contains(toks.get(j - 1).lower())
                || VICINITY_WORDS.contains(toks.get(j - 1).lower()))) {
            vicinity |= VICINITY_WORDS.contains(toks.get(j - 1).lower());
            j--;
        }
        for (int back = 1; back <= 3 && j - back >= 0; back++) {
            PhraseSet.Match<PlaceLexicon.Prep> m = placeLex.placePreps().at(toks, j - back);
            if (m != null && m.end() >= j) {
                return new int[] {m.value().strength(), (vicinity || m.value().vicinity()) ? 1 : 0};
            }
        }
        if (j > 0 && toks.get(j - 1).is("from")) {
            // "10 km from Azaz" measures a distance to the place, the event is near it; other "from" is an origin
            return j > 1 && ClauseSplitter.DISTANCE_UNITS.contains(toks.get(j - 2).lower())
                    ? new int[] {2, 1} : new int[] {0, 0};
        }
        if (anchor.trigger().verb() && j >= anchor.end() && j - anchor.end() <= 1) {
            return new int[] {5, vicinity ? 1 : 0};
        }
        boolean headed = placeLex.placeHeads().contains(toks.get(p.end() - 1).lower());
        return new int[] {headed ? 3 : 1, vicinity ? 1 : 0};
    }
}
