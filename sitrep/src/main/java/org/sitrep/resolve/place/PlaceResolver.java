package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.knowledge.NameHit;
import org.sitrep.knowledge.Theatre;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Geo;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.knowledge.places.PlaceMatch;
import org.sitrep.knowledge.places.Qualifiers;
import org.sitrep.model.Candidate;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * Resolves a place mention to a gazetteer entry using the name, the kind and size of the candidates, and what the
 * document says around it: governorates named, relative cues ("10 km from Azaz"), and the other places it
 * mentions. When the best candidate does not clearly beat the next one the mention stays unresolved and the
 * candidates are listed; a guess is never returned as an answer. Stateless and thread-safe.
 */
public final class PlaceResolver {
    /** Name similarity a resolved answer needs. */
    static final double MIN_ANSWER_SIMILARITY = 0.9;
    /** Score lead the best candidate needs over the best different place. */
    static final double MIN_MARGIN = 0.06;
    /** Candidates closer than this are the same place told twice (a town and its air base). */
    static final double SAME_PLACE_KM = 10;
    private static final int MAX_CANDIDATES = 5;
    private static final Theatre THEATRE = Theatre.standard();
    /** How much less alike than the best-matching name a candidate may be and still compete without context. */
    static final double LOOSE_GAP = 0.05;
    /** Weight of a reading of another name in the sentence, relative to an unambiguous place nearby. */
    static final double SOFT_ANCHOR = 0.5;
    private static final Pattern GENERIC_ROAD = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:main\\s+|only\\s+|vital\\s+|key\\s+|government'?s?\\s+|regime'?s?\\s+|army'?s?\\s+)?"
                    + "(?:supply\\s+(?:line|route|road)|highway|road)$");
    /** "the supply line to", "the road from", "the highway linking Hama with": a route named by its end. */
    private static final Pattern ROUTE_TO = Pattern.compile("(?i)\\b(?:supply\\s+(?:line|route|corridor|road)|road|"
            + "highway|route)\\s+(?:to|from|towards|into|(?:linking|connecting)\\s+\\S+\\s+(?:to|with))\\s+(?:the\\s+)?$");
    /**
     * A mention ending in a region word is read as the unit. "district" counts here, though not in the cue after a
     * bare name ({@link Cues#regionAround}): a mention whose own words end in it ("Ein Issa district") names the
     * unit, while "Azaz" followed by "district" is as often the town; a quarter ("the Hanano district") has no unit
     * of its name and so no region reading.
     */
    private static final Pattern REGION_SUFFIX = Pattern.compile(
            "(?i)(?:'s?)?\\s+(?:governorate|province|countryside|region|muhafazah|district|sub-?district)$");
    /**
     * "Soran town", "Idlib city", "Sidnaya Military Prison": the settlement itself, tried only when the whole phrase
     * is no name.
     */
    private static final Pattern SETTLEMENT_SUFFIX = Pattern.compile(
            "(?i)\\s+(?:town|village|city|area|axis|front(?:line)?s?|hills?|farms?|camp|desert"
                    + "|(?:military\\s+|central\\s+)?(?:prison|airport|air\\s*base|hospital|checkpoint|roundabout|dam))$");
    /** A mention placed without context from the text. */
    private static final Evidence NO_EVIDENCE = new Evidence(Map.of(), List.of(), List.of(), List.of(), true, Set.of(),
            List.of(), Set.of(), false);
    /** A mention naming a district as such ("Tell Abiad district"), placed at its seat town. */
    private static final Pattern DISTRICT_WORD = Pattern.compile("(?i)\\sdistrict$");

    private final Gazetteer gazetteer;
    private final NonPlaces nonPlaces;
    private final Readings readings;
    private final Containment containment;
    private final AreaReadings areas;
    private final CityQuarters cities;

    public PlaceResolver() {
        this(Gazetteer.get());
    }

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.nonPlaces = new NonPlaces(gazetteer);
        this.readings = new Readings(gazetteer);
        this.containment = new Containment(readings);
        this.areas = new AreaReadings(gazetteer);
        this.cities = new CityQuarters(readings);
    }

    /** Resolves {@code location.mention()}; an already resolved location is returned unchanged. */
    public Location resolve(Location location, PlaceContext context) {
        if (location.resolved()) {
            return location;
        }
        return resolve(location.mention(), context);
    }

    /** Resolves a mention; names are looked up once per document (through the context's shared part). */
    Location resolve(Mention mention, PlaceContext ctx) {
        DocumentPlaces doc = ctx.places(readings);
        Map<String, List<PlaceMatch>> cache = doc.cache();
        String text = ctx.text();
        Span span = mention.span();
        boolean inText = span.end() <= text.length() && span.of(text).equals(mention.text());
        String name = Readings.LEADING_THE.matcher(mention.text().strip()).replaceFirst("");
        boolean regionWorded = REGION_SUFFIX.matcher(name).find()
                || (inText && Cues.regionAround(text, span.start(), span.end()));
        boolean districtNamed = DISTRICT_WORD.matcher(name).find();
        name = REGION_SUFFIX.matcher(name).replaceFirst("");

        if (nonPlaces.notAPlace(mention.text())) {
            return Location.unresolved(mention); // "Kurds", "YouTube", "side": no place meant
        }
        if (GENERIC_ROAD.matcher(mention.text().strip()).matches()) {
            return genericRoad(mention, ctx);
        }
        List<PlaceMatch> matches = candidatesOf(name, cache);
        Location part = matches.isEmpty() && inText ? partOfKnown(mention, name, ctx, cache) : null;
        if (part != null) {
            return part;
        }
        // "the Hamdaniyah district of Aleppo", "the Salaheddine district": a district is no governorate, and a name
        // no district or subdistrict of Syria bears is a quarter or a town, which its container cue places
        List<PlaceMatch> units = regionWorded && districtNamed ? AreaReadings.districtUnits(matches) : List.of();
        boolean region = regionWorded && (!districtNamed || !units.isEmpty());
        matches = !units.isEmpty() ? units : region ? areas.of(matches) : Containment.townsOverAreas(matches);
        // a road or river named "near Y" is placed on its segment, not held in Y's surroundings
        Containment.Holder holder = inText && !region && matches.stream().noneMatch(m -> m.place().kind().linear())
                ? containment.after(text, span.end(), cache, districtNamed) : null;
        if (holder != null) {
            // "Fleifel town in Idleb countryside": a reading outside Idleb is another place of that name
            matches = matches.stream().filter(m -> holder.holds(m.place(), gazetteer)).toList();
        }
        if (matches.isEmpty()) {
            return holder == null ? Location.unresolved(mention) : holder.located(mention, gazetteer, List.of());
        }
        Span sentence = ctx.evidence() != null ? ctx.evidence() : (inText ? Sentences.around(text, span) : null);
        String sentenceText = sentence == null ? mention.text() : sentence.of(text);
        Evidence ev = evidence(text, mention, doc, sentence, sentenceText, cache);
        // "residents of Aleppo said rockets hit the Hamdaniyah district": a quarter of the city the sentence names
        Containment.Holder quarterOf = districtNamed && !region && holder == null ? ev.sentenceCity()
                .map(c -> new Containment.Holder(c, Containment.TOWN_REACH_KM)).orElse(null) : null;
        matches = quarterOf == null ? matches : matches.stream().filter(m -> quarterOf.holds(m.place(), gazetteer))
                .toList();
        if (quarterOf != null && matches.isEmpty()) {
            return quarterOf.located(mention, gazetteer, List.of());
        }
        matches = closeSpellings(matches, ev);

        List<Scored> scored = new ArrayList<>(matches.stream().map(m -> new Scored(m, score(m, ev, region)))
                .sorted(Comparator.comparingDouble(Scored::score).reversed()).toList());
        if (!region) {
            countryFirst(scored);
        }
        Scored best = scored.get(0);
        List<Candidate> listed = scored.stream().limit(MAX_CANDIDATES).map(this::candidate).toList();
        boolean confident = best.match().similarity() >= MIN_ANSWER_SIMILARITY && clearLead(scored, ev)
                && !lowEvidence(name, best.match(), matches, ev);
        if (!confident) {
            return holder == null ? new Location(mention.text(), mention, null, null, null, null, null, null, listed)
                    : holder.located(mention, gazetteer, listed);
        }
        Place p = best.match().place();
        Optional<Place> seat = region && Containment.adminArea(p) && DISTRICT_WORD.matcher(mention.text().strip())
                .find() ? Containment.seatOf(readings.candidates(name, cache), best.match()) : Optional.empty();
        if (seat.isPresent()) {
            // "arrived at Tell Abiad district": ACLED codes a district named as such at its seat town, precision 2
            // (its centroid can lie 30 km from the town); "the Tell Abiad countryside" stays the area around it
            return located(mention, seat.get(), ev, false, true, listed);
        }
        return located(mention, p, ev, inText && Cues.hedgedBefore(text, span.start()),
                partOfArea(text, mention, inText), listed);
    }

    /**
     * Whether the best of {@code scored} stands clear: every other place of the name trails it by the margin, or is
     * a far smaller namesake nothing in the document points at. A place of the namesake's country points at it (a
     * local paper naming "Paris" beside Texas means the Texan one), and so does any place the gazetteer does not
     * know: a text about hamlets is local news, where the small namesake is as likely as the famous city.
     */
    private static boolean clearLead(List<Scored> scored, Evidence ev) {
        Scored best = scored.get(0);
        return scored.stream().skip(1)
                .filter(s -> Geo.km(s.match().place(), best.match().place()) > SAME_PLACE_KM)
                .filter(s -> !Namesakes.unitOf(s.match().place(), best.match().place()))
                .allMatch(s -> best.score() - s.score() >= MIN_MARGIN || (!supported(s.match().place(), ev)
                        && !ev.unknownPlaces() && !ev.documentCountries().contains(s.match().place().country())
                        && Namesakes.outweighs(best.match().place(), s.match().place())));
    }

    /** "east Hama", "rural Idlib": the mention names a part of the area around a town. */
    private static boolean partOfArea(String text, Mention mention, boolean inText) {
        return inText ? Cues.partOfArea(text, mention.span().start(), mention.span().end(), mention.text())
                : Cues.partOfArea("", -1, -1, mention.text());
    }

    /**
     * An unknown name read as a part of a known place: "Eastern Aleppo"; "Daraa al-Mahatta", a quarter of a city the
     * gazetteer lacks, placed at the city (precision 2) with its own name kept. Null when none.
     */
    private Location partOfKnown(Mention mention, String name, PlaceContext ctx, Map<String, List<PlaceMatch>> cache) {
        if (Qualifiers.withoutPartQualifier(name).isPresent()) {
            return unqualified(mention, name, ctx);
        }
        return cities.ofQuarterNamed(name, cache).map(p -> located(mention, p, NO_EVIDENCE, false, true, List.of()))
                .map(l -> new Location(mention.text(), mention, l.lat(), l.lon(), l.geoPrecision(), l.gazetteerId(),
                        l.admin1(), l.country(), l.candidates()))
                .orElse(null);
    }

    /** The readings of a name; "Ar-Raqqa city": the bare name, unless the whole phrase is a name at least as close. */
    private List<PlaceMatch> candidatesOf(String name, Map<String, List<PlaceMatch>> cache) {
        List<PlaceMatch> matches = readings.candidates(name, cache);
        if (SETTLEMENT_SUFFIX.matcher(name).find()) {
            List<PlaceMatch> bare = readings.candidates(SETTLEMENT_SUFFIX.matcher(name).replaceFirst(""), cache);
            if (bestSimilarity(bare) >= Math.max(bestSimilarity(matches) + 1e-9, MIN_ANSWER_SIMILARITY)) {
                return bare;
            }
        }
        return matches;
    }

    /** A country's or continent's own name means that country ("Iraq", "Syria"), whatever village shares it. */
    private static void countryFirst(List<Scored> scored) {
        scored.stream().filter(s -> s.match().similarity() >= 1.0 && (s.match().place().kind() == PlaceKind.COUNTRY
                        || s.match().place().kind() == PlaceKind.CONTINENT))
                .findFirst().ifPresent(s -> {
                    scored.remove(s);
                    scored.add(0, new Scored(s.match(), Math.max(s.score(), scored.isEmpty() ? 0 : scored.get(0).score())
                            + MIN_MARGIN));
                });
    }

    /**
     * "Eastern Aleppo", "Lower Maliha" when the gazetteer knows neither the name nor the name with its qualifier
     * moved and translated: the bare name, read as it is written in the text (a compass word before it still makes
     * it a part of the area around), answered for the whole mention.
     */
    private Location unqualified(Mention mention, String name, PlaceContext ctx) {
        String bare = Qualifiers.withoutPartQualifier(name).orElseThrow();
        // the name is the mention's text less an article before it and a region word after it
        int start = mention.span().start() + mention.text().lastIndexOf(bare);
        Location l = resolve(Mention.of(bare, start, start + bare.length()), ctx);
        return new Location(l.resolved() ? l.name() : mention.text(), mention, l.lat(), l.lon(), l.geoPrecision(),
                l.gazetteerId(), l.admin1(), l.country(), l.candidates());
    }

    private static double bestSimilarity(List<PlaceMatch> ms) {
        return ms.stream().mapToDouble(PlaceMatch::similarity).max().orElse(0);
    }

    /**
     * The place of an event told as happening on a route named by its end ("the supply line to Aleppo city"): the
     * road the document names, when the town is one of its waypoints; empty otherwise. For a report's place only:
     * the toponym itself still denotes the town.
     */
    Optional<Location> routeTo(Mention mention, PlaceContext ctx) {
        String text = ctx.text();
        Span span = mention.span();
        if (span.end() > text.length() || !span.of(text).equals(mention.text())
                || !ROUTE_TO.matcher(text.substring(Math.max(0, span.start() - 60), span.start())).find()) {
            return Optional.empty();
        }
        String name = Readings.LEADING_THE.matcher(mention.text().strip()).replaceFirst("");
        Location road = genericRoad(mention, ctx);
        List<PlaceMatch> ends = readings.candidates(SETTLEMENT_SUFFIX.matcher(name).replaceFirst(""),
                ctx.places(readings).cache());
        boolean end = road.resolved() && gazetteer.byId(road.gazetteerId()).map(r -> gazetteer.waypoints(r).stream()
                .anyMatch(w -> ends.stream().anyMatch(m -> m.place().id().equals(w.id())
                        && m.similarity() >= MIN_ANSWER_SIMILARITY))).orElse(false);
        return end ? Optional.of(road) : Optional.empty();
    }

    // ---- scoring ----

    private record Scored(PlaceMatch match, double score) {
    }

    /**
     * {@code levantCue}: the document names some other place of the Levant (a country, a governorate or a town
     * matched as written), so a Levant reading of an unknown name is plausible at all. {@code documentCountries}: the
     * countries any reading of the document's other place names lies in, but for names of a country or of its
     * capital, which world news names for a government. {@code unknownPlaces}: the document names a
     * place the gazetteer has no reading of, so it tells of somewhere too small for the gazetteer's towns abroad.
     */
    private record Evidence(Map<String, Double> admin1Weights, List<Place> anchors, List<ResolvedRelative> relatives,
                            List<Place> sentencePlaces, boolean levantCue, Set<String> sentenceCountries,
                            List<Place> sentenceUnambiguous, Set<String> documentCountries, boolean unknownPlaces) {
        /** The one {@link #city} the sentence names unambiguously. */
        Optional<Place> sentenceCity() {
            return CityQuarters.onlyCity(sentenceUnambiguous);
        }
    }

    private record ResolvedRelative(Place anchor, Double km) {
    }

    /**
     * Whether a Levant answer rests on too little: the name also denotes a country, continent or well-known foreign
     * place and nothing in the document ties it to its Levant reading; or it is a village of unknown size, or a
     * spelling only loosely like the name, in a document that names no other Levant place and gives no cue.
     * Such mentions stay unresolved with their candidates: a wrong place is worse than none.
     */
    private boolean lowEvidence(String name, PlaceMatch best, List<PlaceMatch> all, Evidence ev) {
        Place p = best.place();
        if (!Gazetteer.inRegion(p) || p.kind() == PlaceKind.COUNTRY) {
            return false;
        }
        boolean supported = supported(p, ev);
        // well-known: a country or continent, a foreign town at least as big, a foreign province against a small town
        boolean foreignReading = all.stream().anyMatch(m -> !Gazetteer.inRegion(m.place())
                && m.similarity() >= Gazetteer.FOREIGN_MIN_SIMILARITY
                && (m.place().kind() == PlaceKind.COUNTRY || m.place().kind() == PlaceKind.CONTINENT
                || m.place().population() >= Math.max(1, p.population())
                || (m.place().kind() == PlaceKind.FOREIGN_REGION && p.population() < 100_000)));
        if (foreignReading && !supported) {
            return true;
        }
        // a village: no known population and no administrative rank (a PPLA3 seat like Khanasser is a town)
        boolean village = p.kind() == PlaceKind.POPULATED_PLACE && p.population() == 0 && p.accuracyKm() == 0
                && !String.valueOf(p.featureCode()).startsWith("PPLA");
        // "Busra al-Sham" for "Buşrá ash Shām" is the same name; "D.C." for "Dihok" is not: short names match as written
        int letters = (int) name.chars().filter(Character::isLetter).count();
        boolean loose = best.similarity() < (letters <= 3 ? 1.0 : Gazetteer.FOREIGN_MIN_SIMILARITY);
        boolean weak = loose || village;
        return weak && !supported && !ev.levantCue();
    }

    /**
     * When the name matches some entry as written (up to accents and articles), entries it only loosely resembles
     * ("Şalākhid" for "Salkhad", "Surmene" for "Sarmin") drop out unless the context points at them.
     */
    private static List<PlaceMatch> closeSpellings(List<PlaceMatch> matches, Evidence ev) {
        double top = matches.stream().mapToDouble(PlaceMatch::similarity).max().orElse(0);
        if (top < Gazetteer.FOREIGN_MIN_SIMILARITY) {
            return matches;
        }
        List<PlaceMatch> close = matches.stream().filter(m -> m.similarity() >= top - LOOSE_GAP).toList();
        if (close.stream().anyMatch(m -> supported(m.place(), ev))) {
            return close;
        }
        return matches.stream().filter(m -> m.similarity() >= top - LOOSE_GAP || supported(m.place(), ev)).toList();
    }

    /**
     * Context ties the place down: its governorate or country is named, a document place is near, a relative cue
     * fits.
     */
    private static boolean supported(Place p, Evidence ev) {
        if (p.admin1() != null && ev.admin1Weights().getOrDefault(p.admin1(), 0.0) > 0) {
            return true;
        }
        if (ev.sentenceCountries().contains(p.country())) {
            return true; // "Tripoli in northern Lebanon"
        }
        for (Place a : ev.anchors()) {
            if (!a.id().equals(p.id()) && Geo.km(a, p) <= 60) {
                return true;
            }
        }
        for (ResolvedRelative r : ev.relatives()) {
            if (!r.anchor().id().equals(p.id()) && Geo.km(r.anchor(), p) <= (r.km() == null ? 40 : r.km() * 1.5 + 8)) {
                return true;
            }
        }
        return false;
    }

    private double score(PlaceMatch m, Evidence ev, boolean region) {
        Place p = m.place();
        double kind = switch (p.kind()) {
            case POPULATED_PLACE -> region ? 0.3 : switch (String.valueOf(p.featureCode())) {
                case "PPLC", "PPLA" -> 1.0;
                case "PPLA2" -> 0.9;
                default -> 0.8;
            };
            case ADMIN1 -> region ? 1.0 : 0.5;
            // a name that is a country's is almost always meant as the country ("Israel", "Jordan")
            case COUNTRY, CONTINENT -> 1.0;
            default -> 0.8;
        };
        double pop = p.population() > 0 ? Math.min(1, Math.log10(p.population()) / 6.5)
                : p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.CONTINENT ? 1.0
                : p.kind() == PlaceKind.FOREIGN_REGION ? 0.6
                : p.kind() == PlaceKind.POPULATED_PLACE ? 0.25 : 0.4;
        double country = THEATRE.focusCountry().equals(p.country()) || p.kind() == PlaceKind.COUNTRY
                || p.kind() == PlaceKind.CONTINENT ? 1.0 : THEATRE.otherCountryPrior();
        double a1 = p.admin1() == null ? 0 : ev.admin1Weights().getOrDefault(p.admin1(), 0.0);
        double prox = 0;
        // the centroid of a governorate is no place on the ground: nearness to it says nothing
        for (Place a : p.kind() == PlaceKind.ADMIN1 || p.kind().wideArea() ? List.<Place>of() : ev.anchors()) {
            if (!a.id().equals(p.id())) {
                prox = Math.max(prox, Math.exp(-Geo.km(a, p) / 50));
            }
        }
        for (Place r : p.kind() == PlaceKind.ADMIN1 || p.kind().wideArea() ? List.<Place>of() : ev.sentencePlaces()) {
            if (!r.id().equals(p.id()) && r.kind() != PlaceKind.ADMIN1 && !r.kind().wideArea() && !r.kind().linear()) {
                prox = Math.max(prox, SOFT_ANCHOR * Math.exp(-Geo.km(r, p) / 25));
            }
        }
        double rel = 0;
        for (ResolvedRelative r : p.kind() == PlaceKind.ADMIN1 || p.kind().wideArea() ? List.<ResolvedRelative>of()
                : ev.relatives()) {
            if (r.anchor().id().equals(p.id())) {
                continue;
            }
            double d = Geo.km(r.anchor(), p);
            if (r.km() != null) {
                // reported distances are rough ("nearly 10 km"), road or straight line: generous slack
                rel += Math.abs(d - r.km()) <= Math.max(5, 0.5 * r.km()) + 3 + p.accuracyKm() ? 0.3 : -0.15;
            } else {
                rel += d <= 40 ? 0.2 : -0.1;
            }
        }
        // a name the entry is listed under verbatim is better evidence than a close spelling of it
        double listed = m.similarity() >= 1.0 ? 0.03 : 0;
        // a country named in the sentence is a weak cue for its own places (weaker than a governorate named)
        double named = p.kind() != PlaceKind.COUNTRY && ev.sentenceCountries().contains(p.country()) ? 0.5 : 0;
        return 0.45 * m.similarity() + listed + 0.1 * kind + 0.1 * pop + 0.1 * country
                + 0.25 * Math.max(Math.max(a1, prox), named) + rel;
    }

    /**
     * The context of one mention: region cues and other place mentions within {@link DocumentPlaces#REACH} of its
     * sentence (the whole text of any news article), relative cues in the sentence. Each anchor place counts once.
     */
    private Evidence evidence(String text, Mention mention, DocumentPlaces doc, Span sentence, String sentenceText,
                              Map<String, List<PlaceMatch>> cache) {
        Map<String, Double> a1 = new HashMap<>();
        boolean levant = false;
        int from = sentence == null ? mention.span().start() : sentence.start();
        int to = sentence == null ? mention.span().end() : sentence.end();
        for (DocumentPlaces.Region r : doc.regionsNear(from, to)) {
            boolean near = sentence != null && sentence.start() <= r.start() && r.start() < sentence.end();
            a1.merge(r.admin1().place().admin1(), near ? 1.0 : 0.5, Math::max);
            levant |= r.admin1().similarity() >= Gazetteer.FOREIGN_MIN_SIMILARITY;
        }
        String ownKey = mention.text().strip().toLowerCase(Locale.ROOT);
        Map<String, Place> anchors = new LinkedHashMap<>();
        List<Place> sentencePlaces = new ArrayList<>();
        List<Place> sentenceReadings = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        boolean unknown = false;
        for (DocumentPlaces.Other other : doc.near(from, to)) {
            if (other.mention().span().overlaps(mention.span()) || other.key().equals(ownKey)) {
                continue; // the same name again cannot vouch for its own reading
            }
            boolean inSentence = sentence != null && sentence.contains(other.mention().span());
            if (inSentence) {
                // any reading of a name in the sentence may pick a road's segment ("the M4 at Ariha") and, when
                // two ambiguous names each have a reading close to the other's, those readings back each other
                sentenceReadings.addAll(other.closeReadings());
            }
            unknown |= other.closeReadings().isEmpty();
            Place p = other.unambiguous();
            if (p == null || !Namesakes.nationalName(p)) {
                other.closeReadings().forEach(r -> countries.add(r.country()));
            }
            if (p == null) {
                continue;
            }
            levant |= other.exactInRegion();
            if (p.kind().wideArea()) {
                continue; // a country's centroid says nothing about where in it a town lies
            }
            anchors.putIfAbsent(p.id(), p);
            if (inSentence) {
                sentencePlaces.add(p);
            }
            if (p.admin1() != null) {
                a1.merge(p.admin1(), 0.4, Math::max);
            }
        }
        List<ResolvedRelative> rels = new ArrayList<>();
        int offset = sentence == null ? 0 : sentence.start();
        for (Cues.Relative r : Cues.relatives(sentenceText)) {
            int at = offset + r.start();
            if (!modifies(mention, at, doc)) {
                continue; // "near Azaz" hedges Azaz itself; "near X east of Aleppo" places X, not Aleppo
            }
            readings.unambiguous(r.anchor(), cache).ifPresent(p -> rels.add(new ResolvedRelative(p, r.km())));
        }
        List<Place> unambiguous = List.copyOf(sentencePlaces);
        sentencePlaces.addAll(sentenceReadings); // unambiguous places first, then every reading
        return new Evidence(a1, List.copyOf(anchors.values()), rels, sentencePlaces, levant,
                countriesNamedIn(text, sentence, sentenceText, doc), unambiguous, countries, unknown);
    }

    /**
     * ISO codes of the countries the sentence names as written ("Sinjar in Iraq's Nineveh"), not as a party ("Turkey's
     * defence ministry said"). A sentence is scanned in place, so the mentions of one sentence share its names.
     */
    private Set<String> countriesNamedIn(String text, Span sentence, String sentenceText, DocumentPlaces doc) {
        if (sentence == null) {
            return countriesIn(sentenceText, gazetteer.names().scan(sentenceText));
        }
        return doc.countriesNamedIn(sentence, s -> countriesIn(text, gazetteer.names().scan(text, s.start(), s.end())));
    }

    private Set<String> countriesIn(String text, List<NameHit> hits) {
        Set<String> out = new java.util.HashSet<>();
        for (NameHit h : hits) {
            for (String id : nonPlaces.speaker(text, h.span().start(), h.span().end()) ? List.<String>of()
                    : h.entryIds()) {
                if (id.startsWith("country:")) {
                    gazetteer.byId(id).ifPresent(p -> out.add(p.country()));
                }
            }
        }
        return out;
    }

    /**
     * Whether a relative cue whose anchor starts at {@code anchorAt} describes this mention: the mention comes
     * before the cue with no other place named in between ("Soran, nearly 10 km from Azaz").
     */
    private static boolean modifies(Mention mention, int anchorAt, DocumentPlaces doc) {
        int end = mention.span().end();
        if (end > anchorAt) {
            return false;
        }
        for (Mention o : doc.startingIn(end, anchorAt)) {
            if (!o.span().overlaps(mention.span())) {
                return false;
            }
        }
        return true;
    }

    // ---- answers ----

    /**
     * The answer for place {@code p}. {@code hedged}: "near" it; {@code part}: a part of the area around a town
     * ("east Hama", "rural Idlib"), which ACLED codes at geo precision 2 to the town.
     */
    private Location located(Mention mention, Place p, Evidence ev, boolean hedged, boolean part,
                             List<Candidate> listed) {
        String admin1 = p.admin1() == null ? null
                : gazetteer.byId("ne:" + p.admin1()).map(Place::name).orElse(null);
        if (p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.FOREIGN_REGION) {
            // "the eastern Hama countryside" read as the governorate stays at precision 3 although ACLED codes it
            // 2 at the capital: linking takes precision 3 as "anywhere in the province" and 2 as 25 km around the
            // point, and a part of a governorate reaches far beyond 25 km from its capital
            return new Location(p.name(), mention, p.lat(), p.lon(), 3, p.id(), p.name(), p.country(), listed);
        }
        if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.CONTINENT) {
            String cc = p.country().isEmpty() ? null : p.country();
            return new Location(p.name(), mention, p.lat(), p.lon(), 3, p.id(), null, cc, listed);
        }
        if (p.kind().linear()) {
            Place at = segment(p, ev.sentencePlaces());
            String a1 = at.admin1() == null ? null : gazetteer.byId("ne:" + at.admin1()).map(Place::name).orElse(null);
            return new Location(p.name(), mention, at.lat(), at.lon(), 2, p.id(), a1, at.country(), listed);
        }
        int precision = hedged || part || p.accuracyKm() > 3 ? 2 : 1;
        return new Location(p.name(), mention, p.lat(), p.lon(), precision, p.id(), admin1, p.country(), listed);
    }

    /** The waypoint of a road named in the same sentence, else the middle waypoint. */
    private Place segment(Place linear, List<Place> sentencePlaces) {
        List<Place> wps = gazetteer.waypoints(linear);
        for (Place s : sentencePlaces) {
            for (Place w : wps) {
                if (w.id().equals(s.id())) {
                    return w;
                }
            }
        }
        return wps.get(wps.size() / 2);
    }

    /** "the supply line": the one road the document names, if it names exactly one. */
    private Location genericRoad(Mention mention, PlaceContext ctx) {
        Set<String> roads = ctx.places(readings).roads(gazetteer);
        List<Candidate> listed = roads.stream().map(id -> gazetteer.byId(id).orElseThrow())
                .map(p -> new Candidate(p.id(), p.name(), p.lat(), p.lon(), p.country(), null, 1.0)).toList();
        if (roads.size() != 1) {
            return new Location(mention.text(), mention, null, null, null, null, null, null, listed);
        }
        Place road = gazetteer.byId(roads.iterator().next()).orElseThrow();
        return located(mention, road, NO_EVIDENCE, false, false, listed);
    }

    private Candidate candidate(Scored s) {
        Place p = s.match().place();
        return new Candidate(p.id(), p.name(), p.lat(), p.lon(), p.country(), p.admin1(),
                Math.round(s.score() * 1000) / 1000.0);
    }
}
