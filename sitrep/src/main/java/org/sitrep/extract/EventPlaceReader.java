package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.ClauseAnalyzer.Hit;

/** The event's place in a clause: the place name most firmly attached to the anchor (preposition, head, distance). */
final class EventPlaceReader {
    private final PlaceLexicon placeLex;
    private final PhraseSet<ModalityCues.Reporting> reporting;
    /** Names of states (the keys of the state-forces table): a place that is a whole country. */
    private final Map<String, String> countries;

    EventPlaceReader(PlaceLexicon placeLex, PhraseSet<ModalityCues.Reporting> reporting,
                     Map<String, String> countries) {
        this.placeLex = placeLex;
        this.reporting = reporting;
        this.countries = countries;
    }

    private static final Set<String> VICINITY_WORDS = ClosedClass.of("vicinity-words");
    private static final Set<String> RELATIVE = ClosedClass.of("relative");
    /** Words between "from" and a place that still make it an origin ("from over Lebanon", "from across the border"). */
    private static final Set<String> ORIGIN_PARTICLES = ClosedClass.of("origin-particles");
    private static final Set<String> CONTAINER_WORDS = ClosedClass.of("container-words");
    private static final Set<String> DIRECTION_WORDS = ClosedClass.of("directions");
    private static final Set<String> SETTLEMENT_NOUNS = ClosedClass.of("settlement-nouns");
    private static final Set<String> ROAD_NOUNS = ClosedClass.of("road-nouns");
    private static final Set<String> ENTRY_WORDS = ClosedClass.of("entry-words");
    private static final Set<String> MODIFIER_PARTICIPLES = ClosedClass.of("modifier-participles");

    /** How many tokens a dateline may hold before its dash ("KAMPALA, Uganda, 3 March 2023 —"). */
    private static final int DATELINE_REACH = 10;

    /**
     * The index of the dash closing a wire dateline that opens the sentence ("KAMPALA, 3 March 2023 —", "BEIRUT, Oct
     * 22 (Reuters) -", "ALEPPO, Syria —"), or -1: only marks, numbers and capitalised words stand before it. Places
     * there say where the story was filed, not where its event happened.
     */
    private static int datelineDash(List<Token> toks) {
        for (int i = 0; i < Math.min(toks.size(), DATELINE_REACH); i++) {
            Token t = toks.get(i);
            if (i > 0 && (t.is("-") || t.is("\u2013") || t.is("\u2014"))) {
                return i;
            }
            if (t.isWord() && !t.isNumber() && !t.capitalised()) {
                return -1;
            }
        }
        return -1;
    }

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
        int dateline = names.places().stream().anyMatch(p -> p.start() == 0) ? datelineDash(toks) : -1;
        for (NameSpan p : names.places()) {
            if (p.start() >= a && p.end() <= b && !attr.used()[p.start()] && !inSpeechFrame(toks, hits, p, best)) {
                inClause.add(p);
            }
        }
        // "in Hama-Aleppo-Ar Raqqa triangle near Ithariyah town": a name joined to another by a hyphen is part of
        // a compound (a route, a triangle, a front), not the place of the event, when the clause names another
        List<NameSpan> single = inClause.stream().filter(p -> !hyphenJoined(toks, inClause, p)).toList();
        List<NameSpan> tried = single.isEmpty() ? inClause : single;
        // "a convoy entered Syria via a crossing and headed to its bases in Shadadah area": a country entered is only
        // the way in; where the clause then takes the movement is the place. (Any country giving way to a smaller
        // place was tried: in discursive text the smaller place was often where someone spoke, not the event.)
        boolean countryEntered = tried.stream().anyMatch(p -> countries.containsKey(p.name()) && p.start() > 0
                && ENTRY_WORDS.contains(toks.get(p.start() - 1).lower()));
        List<NameSpan> smaller = !countryEntered ? List.of() : tried.stream()
                .filter(p -> !countries.containsKey(p.name()) && placeStrength(toks, p, best)[0] >= 2).toList();
        for (NameSpan p : smaller.isEmpty() ? tried : smaller) {
            if (p.end() <= dateline) {
                continue; // where the story was filed, no place of the event
            }
            int[] sv = placeStrength(toks, p, best);
            int strength = sv[0];
            // "BEIRUT (Reuters) - Forces shelled positions near Saraqib": the dateline is no rival to the one name
            long rivals = inClause.stream().filter(q -> q.end() > dateline).count();
            if (strength < 2 && !(strength == 1 && rivals == 1 && !describedObject(toks, best, p))) {
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
        if (place != null) {
            NameSpan town = townBesideRoad(toks, inClause, place);
            if (town != null) {
                place = town;
                vicinity = true;
            }
        }
        NameSpan contained = place == null ? null : containedBefore(toks, inClause, place);
        Place chosen = contained != null ? new Place(contained, placeStrength(toks, contained, best)[1] == 1)
                : new Place(place, vicinity);
        if (chosen.name() != null && chosen.name().end() < toks.size() && toks.get(chosen.name().end()).is("'s")) {
            // "in Syria's Idlib province": the place the name owns is the more specific one
            NameSpan owned = startingAt(inClause, chosen.name().end() + 1);
            chosen = owned == null ? chosen : new Place(owned, chosen.vicinity());
        }
        return chosen.name() == null ? chosen : between(toks, inClause, chosen);
    }

    /**
     * "seized a stretch of the road that links western Aleppo with the rest of the country": a name only loosely
     * attached after a relative word that follows the act describes what the act took or hit, not where it was.
     */
    private static boolean describedObject(List<Token> toks, Hit act, NameSpan p) {
        for (int i = act.end(); i < p.start(); i++) {
            if (toks.get(i).is("that") || RELATIVE.contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Iraq's Nineveh province": a country owning the unit named after it, the container of what comes before. */
    private static boolean ownedUnit(List<Token> toks, int at) {
        if (at >= toks.size() || !toks.get(at).is("'s")) {
            return false;
        }
        for (int i = at + 1; i < Math.min(toks.size(), at + 5); i++) {
            if (CONTAINER_WORDS.contains(toks.get(i).lower())) {
                return true;
            }
            if (!toks.get(i).capitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the area between Kansafra and Ftireh", "between Dabiq and Sandaf villages": an event told as lying between two
     * places is near them, at the first one the gazetteer knows (the first named when both or neither are known),
     * whichever of the two the clause attached.
     */
    private static Place between(List<Token> toks, List<NameSpan> inClause, Place chosen) {
        NameSpan p = chosen.name();
        NameSpan first = null;
        NameSpan second = null;
        if (p.start() >= 2 && toks.get(p.start() - 1).is("and")) {
            first = endingAt(inClause, p.start() - 1);
            second = p;
        } else if (p.end() < toks.size() && toks.get(p.end()).is("and")) {
            first = p;
            second = startingAt(inClause, p.end() + 1);
        }
        if (first == null || second == null || first.start() < 1 || !toks.get(first.start() - 1).is("between")) {
            return chosen;
        }
        NameSpan pick = !first.known() && second.known() ? second : first;
        return new Place(pick, true);
    }

    /**
     * "shelled the vicinity of the M4 Highway near Ein Issa": a road told by a town it passes is placed near that
     * town when the town was found only by its wording, not as a gazetteer name: the resolver places a road on the
     * segment of a town the gazetteer names in the sentence, and otherwise at its middle, often a hundred
     * kilometres off.
     */
    private NameSpan townBesideRoad(List<Token> toks, List<NameSpan> inClause, NameSpan chosen) {
        if (!ROAD_NOUNS.contains(toks.get(chosen.end() - 1).lower())) {
            return null;
        }
        PhraseSet.Match<PlaceLexicon.Prep> m = placeLex.placePreps().at(toks, chosen.end());
        if (m == null || !m.value().vicinity() && !toks.get(chosen.end()).is("at")) {
            return null;
        }
        NameSpan town = startingAt(inClause, m.end());
        return town != null && !town.known() && !ROAD_NOUNS.contains(toks.get(town.end() - 1).lower()) ? town : null;
    }

    private static boolean hyphenJoined(List<Token> toks, List<NameSpan> spans, NameSpan p) {
        boolean toNext = p.end() < toks.size() && toks.get(p.end()).glued() && startingAt(spans, p.end()) != null;
        boolean toPrevious = toks.get(p.start()).glued() && endingAt(spans, p.start()) != null;
        return toNext || toPrevious;
    }

    private static NameSpan endingAt(List<NameSpan> spans, int end) {
        return spans.stream().filter(s -> s.end() == end).findFirst().orElse(null);
    }

    private static NameSpan startingAt(List<NameSpan> spans, int start) {
        return spans.stream().filter(s -> s.start() == start).findFirst().orElse(null);
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
                || chosen.end() < toks.size() && CONTAINER_WORDS.contains(toks.get(chosen.end()).lower())
                || ownedUnit(toks, chosen.end());
        // "the Al Hajana neighborhood of Al-Bukamal city in Deir ez Zor": after a settlement named as one, "in Y"
        // says where that settlement lies
        int before = chosen.start() - (chosen.start() >= 1 && toks.get(chosen.start() - 1).is("the") ? 2 : 1);
        boolean settlementIn = before >= 1 && toks.get(before).is("in")
                && SETTLEMENT_NOUNS.contains(toks.get(before - 1).lower());
        // "near Palmyra in the eastern countryside of Homs": an area word and "of" before the container; only a
        // town the gazetteer knows gives way to it (an unknown station or a road is better told by its countryside)
        int k = chosen.start() - 1;
        boolean areaOf = false;
        if (k >= 2 && toks.get(k).is("of") && CONTAINER_WORDS.contains(toks.get(k - 1).lower())) {
            k -= 2;
            if (k >= 0 && DIRECTION_WORDS.contains(toks.get(k).lower())) {
                k--;
            }
            region = true;
            areaOf = true;
        }
        if (!region && !settlementIn) {
            return null;
        }
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
        // "Mare' town in Aleppo countryside": the settlement noun, or an apostrophe closing a romanised name, may stand
        // between the place and its container without being part of the name found
        int last = k;
        while (last >= 0 && (SETTLEMENT_NOUNS.contains(toks.get(last).lower()) || isApostrophe(toks.get(last)))) {
            last--;
        }
        for (NameSpan p : inClause) {
            if (p.end() <= k + 1 && p.end() >= last + 1) {
                return !areaOf || p.known() && !ROAD_NOUNS.contains(toks.get(p.end() - 1).lower()) ? p : null;
            }
        }
        return firstOfUnspottedPair(toks, inClause, last);
    }

    /**
     * "the area between Kansafra and Ftireh in Idleb governorate" where only the first place was spotted: the
     * capitalised words before the container close a "between X and Y" pair whose X is a place.
     */
    private static NameSpan firstOfUnspottedPair(List<Token> toks, List<NameSpan> inClause, int last) {
        int k = last;
        while (k >= 0 && toks.get(k).capitalised()) {
            k--;
        }
        if (k == last || k < 0 || !toks.get(k).is("and")) {
            return null;
        }
        NameSpan first = endingAt(inClause, k);
        return first != null && first.start() >= 1 && toks.get(first.start() - 1).is("between") ? first : null;
    }

    private static boolean isApostrophe(Token t) {
        String s = t.text();
        return s.length() == 1 && "'\u2019`\u02bc\u02bf".indexOf(s.charAt(0)) >= 0;
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
        // "in North Hama": a compass word the spotter kept with the name still says the event is only near it
        boolean vicinity = p.end() - p.start() > 1 && VICINITY_WORDS.contains(toks.get(j).lower());
        // "shelled with heavy artillery the towns of Al-Bara and Ibleen": a place noun and "of" before the name
        boolean headOf = false;
        while (j > 0 && (toks.get(j - 1).is("the") || toks.get(j - 1).is("of")
                || placeLex.placeHeads().contains(toks.get(j - 1).lower())
                || VICINITY_WORDS.contains(toks.get(j - 1).lower()))) {
            vicinity |= VICINITY_WORDS.contains(toks.get(j - 1).lower());
            headOf |= toks.get(j - 1).is("of") && j == p.start() && j >= 2
                    && placeLex.placeHeads().contains(toks.get(j - 2).lower());
            j--;
        }
        for (int back = 1; back <= 3 && j - back >= 0; back++) {
            PhraseSet.Match<PlaceLexicon.Prep> m = placeLex.placePreps().at(toks, j - back);
            if (m != null && m.end() >= j) {
                // "groups operating in Al Bab", "forces stationed at the base": where a noun is, a weak place the
                // event takes only when its clause names no other
                int before = j - back - 1;
                if (before >= 0 && MODIFIER_PARTICIPLES.contains(toks.get(before).lower())) {
                    return new int[] {1, 0};
                }
                return new int[] {m.value().strength(), (vicinity || m.value().vicinity()) ? 1 : 0};
            }
        }
        if (j > 1 && toks.get(j - 2).is("from") && ORIGIN_PARTICLES.contains(toks.get(j - 1).lower())) {
            return new int[] {0, 0}; // "missiles fired from over Lebanon": where they came from, not where they fell
        }
        if (j > 0 && toks.get(j - 1).is("from")) {
            // "10 km from Azaz" measures a distance to the place, the event is near it; other "from" is an origin
            return j > 1 && ClauseSplitter.DISTANCE_UNITS.contains(toks.get(j - 2).lower())
                    ? new int[] {2, 1} : new int[] {0, 0};
        }
        if (anchor.trigger().verb() && j >= anchor.end() && j - anchor.end() <= 1) {
            return new int[] {5, vicinity ? 1 : 0};
        }
        boolean headed = headOf || placeLex.placeHeads().contains(toks.get(p.end() - 1).lower());
        return new int[] {headed ? 3 : 1, vicinity ? 1 : 0};
    }
}
