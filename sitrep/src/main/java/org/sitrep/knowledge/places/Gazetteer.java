package org.sitrep.knowledge.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.sitrep.knowledge.NameKey;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.knowledge.Theatre;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The place knowledge of sitrep: GeoNames populated places and Natural Earth admin-1 units of Syria and its
 * neighbours, a curated supplement (crossings, bases, dams, oil fields, districts, villages), roads and rivers,
 * and an alias table. Loaded once from the resources of this package; immutable and thread-safe.
 */
public final class Gazetteer {
    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    /** Minimum similarity for a name to be proposed as a candidate at all. */
    public static final double MIN_SIMILARITY = 0.8;
    /** Minimum similarity for entries outside the Levant: the same loose form (accents, hyphens, doubled letters). */
    public static final double FOREIGN_MIN_SIMILARITY = 0.97;
    /**
     * No code point below U+0600 is of the Arabic script: the test skips the script table's search for the
     * accented Latin letters of most non-ASCII names.
     */
    private static final int FIRST_ARABIC = 0x0600;
    /** The code point tests of the regex classes \p{IsArabic} and \p{Lu}. */
    private static final IntPredicate ARABIC = cp -> cp >= FIRST_ARABIC
            && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    private static final IntPredicate UPPER = cp -> Character.getType(cp) == Character.UPPERCASE_LETTER;

    /** Countries whose places the gazetteer knows down to villages; elsewhere only countries and big cities. */
    public static final Set<String> REGION_COUNTRIES = Theatre.standard().regionCountries();
    /** Foreign towns smaller than this (and not capitals) are candidates but never spotted in running text. */
    private static final long FOREIGN_SPOT_POPULATION = 1_000_000;
    /** Mentions whose candidates are kept: a few weeks of news name far fewer distinct places and organisations. */
    private static final int RECENT_MENTIONS = 8192;

    /** {@code romanised}: the name as {@link SkeletonKey#romanised} gives it when of the Arabic script, else null. */
    private record NameRef(Place place, String name, String romanised) {
    }

    /** A country's bounding box in degrees (Natural Earth admin-0, all parts). */
    public record CountryBox(double minLon, double minLat, double maxLon, double maxLat) {
        /** Whether the point lies inside, allowing {@code slackKm} (roughly converted to degrees) around it. */
        public boolean contains(double lat, double lon, double slackKm) {
            double d = slackKm / 111.0;
            return lat >= minLat - d && lat <= maxLat + d && lon >= minLon - d && lon <= maxLon + d;
        }
    }

    private final List<Place> entries;
    /** The roads (kind ROAD) in load order: a dozen entries, asked for by route analysis and road resolution. */
    private final List<Place> roads;
    private final Map<String, Place> byId;
    private final Admin1Areas areas;
    private final Map<String, List<NameRef>> byKey;
    private final Map<String, List<NameRef>> bySkeleton;
    /**
     * Answers of {@link #candidates} for the last mentions asked (the same names come back document after document,
     * and scoring a name against its candidates is the costliest step of resolving places); the answers are
     * immutable and depend on the mention alone.
     */
    private final Map<String, List<PlaceMatch>> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(RECENT_MENTIONS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<PlaceMatch>> eldest) {
                    return size() > RECENT_MENTIONS;
                }
            });
    /** The skeletons one edit from a mention's, built on first need (most runs never ask). */
    private volatile OneEditIndex oneEdit;
    private final PhraseLexicon names;
    private final Set<String> stopNames;
    private final Map<String, CountryBox> countryBoxes;
    /** Single-word country names (keys) and their entries, for {@link #demonymOf}. */
    private final Map<String, Place> countryWords;
    private final Map<String, String> acledAdmin1;

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    /** The gazetteer built from this package's resources (loaded on first use). */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    static Gazetteer load() {
        return load(GazetteerData.SHIPPED, NameKeyTable.read(GazetteerData.SHIPPED));
    }

    /** The gazetteer of the files from {@code source}, names keyed through {@code keys}. */
    static Gazetteer load(GazetteerData.Source source, NameKeyTable keys) {
        long t0 = System.nanoTime();
        GazetteerFiles files = GazetteerFiles.read(source);
        Set<String> stop = new HashSet<>();
        for (String line : source.lines("stopnames.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                stop.add(key(line));
            }
        }
        Gazetteer g = new Gazetteer(List.copyOf(files.byId().values()), files.byId(), new Admin1Areas(files.areas()),
                stop, files.boxes(), files.acledAdmin1(), keys);
        LOG.debug("gazetteer: {} entries in {} ms", g.entries.size(), (System.nanoTime() - t0) / 1_000_000);
        return g;
    }

    private Gazetteer(List<Place> entries, Map<String, Place> byId, Admin1Areas areas, Set<String> stop,
                      Map<String, CountryBox> boxes, Map<String, String> acled, NameKeyTable table) {
        this.entries = entries;
        this.roads = entries.stream().filter(p -> p.kind() == PlaceKind.ROAD).toList();
        this.countryBoxes = Map.copyOf(boxes);
        this.acledAdmin1 = Map.copyOf(acled);
        // a read-only view, as for the name indexes: copying 15,000 entries cost at every load
        this.byId = Collections.unmodifiableMap(byId);
        this.areas = areas;
        this.stopNames = Set.copyOf(stop);
        NameKeyTable.Cursor cursor = table.cursor();
        Index index = Index.build(entries, stopNames, cursor);
        if (!cursor.fresh()) {
            index = Index.build(entries, stopNames, NameKeyTable.computing().cursor());
        }
        this.countryWords = Map.copyOf(index.countryWords());
        this.byKey = freeze(index.keys());
        this.bySkeleton = freeze(index.skeletons());
        this.names = index.lexicon();
    }

    /** The name indexes of the entries: by key, by skeleton, spottable names, single-word country names. */
    private record Index(Map<String, List<NameRef>> keys, Map<String, List<NameRef>> skeletons,
                         PhraseLexicon lexicon, Map<String, Place> countryWords) {
        /** {@code cursor}: keys of the non-ASCII names, asked for in entry order, every name once. */
        static Index build(List<Place> entries, Set<String> stop, NameKeyTable.Cursor cursor) {
            // sized for the shipped files (about 40,000 keys, 30,000 skeletons): rehashing was a twentieth of the load
            Map<String, List<NameRef>> keys = new HashMap<>(1 << 16);
            Map<String, List<NameRef>> skeletons = new HashMap<>(1 << 16);
            Map<String, Place> words = new HashMap<>();
            PhraseLexicon.Builder lexicon = PhraseLexicon.builder();
            List<String> seenKeys = new ArrayList<>();
            for (Place p : entries) {
                boolean spottablePlace = spottable(p);
                boolean country = p.kind() == PlaceKind.COUNTRY;
                seenKeys.clear();
                for (String n : p.names()) {
                    // two thirds of the names are plain ASCII: tested once here, not again by each key
                    boolean ascii = SkeletonKey.ascii(n);
                    String key = ascii ? asciiKey(n) : cursor.key(n);
                    if (country && key.length() >= 4 && key.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        words.putIfAbsent(key, p);
                    }
                    // an entry has a handful of names: a list beats a hash set made per entry
                    if (key.isEmpty() || seenKeys.contains(key)) {
                        continue;
                    }
                    seenKeys.add(key);
                    NameRef ref = new NameRef(p, n, ascii ? null : cursor.romanised());
                    post(keys, key, ref);
                    String sk = ascii ? SkeletonKey.ofRomanised(n) : cursor.skeleton();
                    if (!sk.isEmpty()) {
                        post(skeletons, sk, ref);
                    }
                    if (spottablePlace && spottable(n, key, ascii, stop)) {
                        // the key is NameKey.of(n): its tokens joined by single spaces (most are one word)
                        lexicon.addTokens(key.indexOf(' ') < 0 ? List.of(key) : List.of(key.split(" ")), p.id());
                        spotJoined(lexicon, p, n, ascii, ascii ? joinedKey(n) : cursor.joined(), key, stop);
                    }
                }
            }
            return new Index(keys, skeletons, lexicon.build(), words);
        }
    }

    /** The key of an ASCII name written without its inner ayn and hamza marks, or null when it has none. */
    private static String joinedKey(String name) {
        String joined = JoinedMarks.of(name);
        return joined == null ? null : asciiKey(joined);
    }

    /**
     * Also spots a name as written without its inner ayn and hamza marks ({@link JoinedMarks}): {@code joined} is
     * that form's key, null when the name has none. The marks are neither Arabic script nor letters, so the name
     * stands for its joined form in {@link #spottable}'s tests of script and case.
     */
    private static void spotJoined(PhraseLexicon.Builder lexicon, Place p, String name, boolean ascii, String joined,
                                   String key, Set<String> stop) {
        if (joined != null && !joined.equals(key) && spottable(name, joined, ascii, stop)) {
            lexicon.addTokens(joined.indexOf(' ') < 0 ? List.of(joined) : List.of(joined.split(" ")), p.id());
        }
    }

    /**
     * {@link NameKey#of}, with a fast path for names in plain ASCII or Arabic script (nearly all of the file),
     * where Latin-ASCII folding is the identity: lower case, letter/digit runs joined by single spaces.
     * GazetteerTest checks they agree for every name.
     */
    static String key(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 127 && !FoldFree.arabic(c)) {
                return NameKey.of(name);
            }
        }
        return asciiKey(name);
    }

    /** {@link #key} of a name known to be plain ASCII or fold-free Arabic script. */
    static String asciiKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /**
     * Adds a name to the postings of a key: most keys have one name, held in a one-element list until a second
     * comes (a list per key, grown from empty, was a tenth of the load).
     */
    private static void post(Map<String, List<NameRef>> index, String key, NameRef ref) {
        List<NameRef> old = index.putIfAbsent(key, List.of(ref));
        if (old instanceof ArrayList<NameRef> grown) {
            grown.add(ref);
        } else if (old != null) {
            List<NameRef> grown = new ArrayList<>(4);
            grown.addAll(old);
            grown.add(ref);
            index.put(key, grown);
        }
    }

    private static Map<String, List<NameRef>> freeze(Map<String, List<NameRef>> m) {
        // a read-only view of the finished map: Map.copyOf of the ~40,000 keys cost a tenth of the load, and
        // copying each list a further twentieth; the lists never leave this class, which only reads them
        return Collections.unmodifiableMap(m);
    }

    /**
     * Whether an entry's names are looked for in running text: everything of the Levant, countries, continents,
     * capitals and cities of a million; not foreign admin-1 units ("Central", "Northern") or smaller foreign towns,
     * which stay candidates for a mention found otherwise.
     */
    private static boolean spottable(Place p) {
        if (p.kind() == PlaceKind.FOREIGN_REGION) {
            return false;
        }
        if (p.id().startsWith("ocha:")) {
            // Syria's districts and subdistricts answer names found otherwise ("X countryside", "in rural X");
            // spotting their seats' names too changed which place extraction reads in a sentence
            return false;
        }
        if (p.kind() == PlaceKind.POPULATED_PLACE && !REGION_COUNTRIES.contains(p.country())) {
            return "PPLC".equals(p.featureCode()) || p.population() >= FOREIGN_SPOT_POPULATION;
        }
        return true;
    }

    /**
     * Safe to look for in running text: not a stop word, long enough, a proper name as written. {@code ascii}:
     * the name is plain ASCII (no Arabic script; upper case only A-Z), which spares two scans of most names.
     */
    private static boolean spottable(String name, String key, boolean ascii, Set<String> stopNames) {
        if (stopNames.contains(key)) {
            return false;
        }
        if (!ascii && has(name, ARABIC)) {
            return key.replace(" ", "").length() >= 3;
        }
        if (!(ascii ? asciiUpper(name) : has(name, UPPER))) {
            return false; // GeoNames' machine romanisations ("khnasr") are lower case
        }
        int letters = 0;
        boolean digit = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        return letters >= 4 || (digit && letters >= 1);
    }

    private static boolean asciiUpper(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** Whether a code point of the name passes the test (a loop: regex matchers per name cost at load). */
    private static boolean has(String name, IntPredicate test) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (test.test(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    public List<Place> entries() {
        return entries;
    }

    /** The roads of the gazetteer (kind ROAD), in load order. */
    public List<Place> roads() {
        return roads;
    }

    public int size() {
        return entries.size();
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Lexicon of spottable names; hit entry ids are gazetteer ids. */
    public PhraseLexicon names() {
        return names;
    }

    /** Whether a name is on the stop list (never spotted in running text). */
    public boolean isStopName(String name) {
        return stopNames.contains(NameKey.of(name));
    }

    /** Whether the entry lies in the seven countries the gazetteer covers in depth (countries included). */
    public static boolean inRegion(Place p) {
        return p.kind() != PlaceKind.CONTINENT && REGION_COUNTRIES.contains(p.country());
    }

    private static final Set<String> DEMONYM_ENDINGS = PlaceWords.of("demonym-endings");
    /** What a demonym drops of its country's name, after the bare stem (place_words.tsv). */
    private static final List<String> NAME_ENDINGS = Stream.concat(Stream.of(""),
            PlaceWords.of("name-endings").stream()).toList();

    /**
     * The country a word names its people or things after ("Syrians", "Israeli", "Lebanese", "Turkish"): the
     * country's name, less a final vowel, "-y", "-ey" or "-on", plus a demonym ending. Empty for other words and
     * for country names themselves.
     */
    public Optional<Place> demonymOf(String word) {
        String k = key(word);
        if (k.length() < 5 || countryWords.containsKey(k) || !k.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.empty();
        }
        for (int cut = 4; cut < k.length(); cut++) {
            String stem = k.substring(0, cut);
            if (!DEMONYM_ENDINGS.contains(k.substring(cut))) {
                continue;
            }
            for (String end : NAME_ENDINGS) {
                Place p = countryWords.get(stem + end);
                if (p != null) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The bounding box of a country by ISO 3166-1 alpha-2 code. */
    public Optional<CountryBox> countryBox(String iso2) {
        return Optional.ofNullable(countryBoxes.get(iso2));
    }

    /**
     * ACLED's spelling of an admin-1 unit ("Idleb", "Al-Hasakeh", "Rural Damascus"), for exports that must match
     * ACLED's values. Takes our admin-1 id with or without the "ne:" prefix ("SY-ID"); empty for units ACLED
     * spellings are not recorded for (outside Syria).
     */
    public Optional<String> acledAdmin1Name(String admin1) {
        if (admin1 == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(acledAdmin1.get(admin1.startsWith("ne:") ? admin1.substring(3) : admin1));
    }

    /**
     * ACLED's spelling of the Syrian governorate holding a point (any resolved location, roads included, since
     * their point is a waypoint); empty outside Syria's governorates.
     */
    public Optional<String> acledAdmin1At(double lat, double lon) {
        return admin1At(lat, lon).flatMap(u -> acledAdmin1Name(u.admin1()));
    }

    /** Admin-1 units (kind ADMIN1), in id order. */
    public List<Place> admin1Units() {
        return entries.stream().filter(p -> p.kind() == PlaceKind.ADMIN1).toList();
    }

    /** The admin-1 unit whose polygon contains the point, if any. */
    public Optional<Place> admin1At(double lat, double lon) {
        Coordinate c = Admin1Areas.at(lat, lon);
        for (Map.Entry<String, Geometry> e : areas.all().entrySet()) {
            if (e.getValue().getEnvelopeInternal().contains(c) && areas.covers(e.getKey(), c)) {
                return byId("ne:" + e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Distance in km from a point to an admin-1 polygon (0 inside); +infinity for an unknown unit. */
    public double kmOutside(String admin1, double lat, double lon) {
        Geometry g = areas.get(admin1);
        if (g == null) {
            return Double.POSITIVE_INFINITY;
        }
        Coordinate c = Admin1Areas.at(lat, lon);
        if (areas.covers(admin1, c)) {
            return 0;
        }
        var pt = g.getFactory().createPoint(c);
        Coordinate[] nearest = new org.locationtech.jts.operation.distance.DistanceOp(g, pt).nearestPoints();
        return Geo.km(lat, lon, nearest[0].y, nearest[0].x);
    }

    /** The admin-1 polygons (for tests of the point-in-polygon answers). */
    Admin1Areas areas() {
        return areas;
    }

    /** Waypoints of a road or river as entries, in order (empty for other kinds). */
    public List<Place> waypoints(Place linear) {
        return linear.waypoints().stream().map(byId::get).toList();
    }

    /**
     * Entries a mention may denote, best first: exact name keys and alias matches, entries sharing the consonant
     * skeleton, and (when nothing else is found) skeletons one edit away; each scored by name similarity,
     * keeping those at or above {@link #MIN_SIMILARITY}.
     */
    public List<PlaceMatch> candidates(String mention) {
        List<PlaceMatch> known = recent.get(mention);
        if (known == null) {
            known = lookUp(mention);
            recent.put(mention, known);
        }
        return known;
    }

    private List<PlaceMatch> lookUp(String mention) {
        List<PlaceMatch> asWritten = lookUpAsWritten(mention);
        if (!asWritten.isEmpty()) {
            return asWritten;
        }
        // "Lower Baqras" for "Buqrus Tahtani": a Levant village under its qualifier moved and translated
        Map<String, PlaceMatch> best = new LinkedHashMap<>();
        for (String alt : Qualifiers.swapped(mention)) {
            for (PlaceMatch m : lookUpAsWritten(alt)) {
                if (inRegion(m.place()) && m.place().kind() != PlaceKind.COUNTRY) {
                    best.merge(m.place().id(), m, PlaceMatch::closer);
                }
            }
        }
        return best.values().stream().sorted(PlaceMatch.BEST_FIRST).toList();
    }

    private List<PlaceMatch> lookUpAsWritten(String mention) {
        String key = key(mention);
        if (key.isEmpty()) {
            return List.of();
        }
        Map<String, PlaceMatch> best = new LinkedHashMap<>();
        consider(mention, byKey.getOrDefault(key, List.of()), best);
        String sk = SkeletonKey.of(mention);
        if (!sk.isEmpty()) {
            consider(mention, bySkeleton.getOrDefault(sk, List.of()), best);
            if (best.isEmpty() && sk.length() >= 3) {
                for (String near : oneEdit().within(sk)) {
                    // many names share a generic head ("Maarat al-", "Tell ", "Kafr ") whose letters carry the
                    // whole name's similarity over the threshold: a consonant off must be one romanisation changes
                    // ("Maarat al-Naasan", a town the gazetteer lacks, had become Ma'arrat an-Nu'man 45 km away)
                    if (SkeletonKey.romanisationEdit(sk, near)) {
                        consider(mention, bySkeleton.get(near), best);
                    }
                }
            }
        }
        List<PlaceMatch> out = new ArrayList<>(best.values());
        out.sort(PlaceMatch.BEST_FIRST);
        return List.copyOf(out);
    }

    private OneEditIndex oneEdit() {
        OneEditIndex i = oneEdit;
        if (i == null) {
            // built at most a few times if threads race; each build is the same index
            i = new OneEditIndex(bySkeleton.keySet());
            oneEdit = i;
        }
        return i;
    }

    private static void consider(String mention, Collection<NameRef> refs, Map<String, PlaceMatch> best) {
        for (NameRef r : refs) {
            double s = NameSimilarity.score(mention, r.name(), r.romanised());
            // Romanisation varies for Arabic names, not for "Newark" or "Sudan": outside the Levant a name must
            // match as written (up to case, accents and punctuation), or "Newark" becomes New York
            if (s < MIN_SIMILARITY || (s < FOREIGN_MIN_SIMILARITY && !inRegion(r.place()))) {
                continue;
            }
            PlaceMatch old = best.get(r.place().id());
            if (old == null || old.similarity() < s) {
                best.put(r.place().id(), new PlaceMatch(r.place(), r.name(), s));
            }
        }
    }

    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
