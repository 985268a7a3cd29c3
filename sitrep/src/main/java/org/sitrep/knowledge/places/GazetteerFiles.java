package org.sitrep.knowledge.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the gazetteer's data files into entries: admin-1 units and ACLED's spellings of them, GeoNames places,
 * world entries, the curated supplement, Syria's districts and subdistricts, aliases, then roads and rivers
 * (whose waypoints must already be known). Every problem names its file and line.
 */
record GazetteerFiles(Map<String, Place> byId, Map<String, String> areas, Map<String, Gazetteer.CountryBox> boxes,
                      Map<String, String> acledAdmin1) {

    static GazetteerFiles read(GazetteerData.Source source) {
        Map<String, Draft> drafts = new LinkedHashMap<>(1 << 15);
        Map<String, String> areas = new HashMap<>();
        Map<String, Gazetteer.CountryBox> boxes = new HashMap<>();
        loadAdmin1(source, drafts, areas);
        Map<String, String> acled = loadAcledAdmin1(source, drafts);
        loadPlaces(source, drafts);
        loadWorld(source, drafts, boxes);
        loadSupplement(source, drafts);
        SyriaAdminAreas.load(source, drafts);
        placeAdmin1AtSeats(drafts);
        loadAliases(source, drafts);
        Map<String, Place> byId = new LinkedHashMap<>(1 << 15);
        for (Draft d : drafts.values()) {
            byId.put(d.id, d.freeze());
        }
        loadRoads(source, byId);
        return new GazetteerFiles(byId, areas, boxes, acled);
    }


    /** Mutable while the files are read; frozen into a {@link Place}. */
    static final class Draft {
        final String id;
        /** Distinct names in order of first appearance (a list: a few names each, a set per entry cost more). */
        final List<String> names = new ArrayList<>(4);
        double lat;
        double lon;
        PlaceKind kind;
        String featureCode;
        String country;
        String admin1;
        long population;
        double accuracyKm;

        Draft(String id) {
            this.id = id;
        }

        void addName(String name) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }

        void addNames(List<String> more) {
            for (String n : more) {
                addName(n);
            }
        }

        Place freeze() {
            String primary = names.get(0);
            return new Place(id, primary, List.copyOf(names), lat, lon, kind, featureCode, country, admin1, population,
                    accuracyKm, List.of());
        }
    }

    /**
     * Moves each admin-1 unit's point from its area centroid to its seat, the most populous town inside it whose
     * GeoNames feature is the seat of a first-order division or the national capital: ACLED codes an event known
     * only by its governorate at the governorate's capital, and a centroid can lie in empty desert.
     */
    private static void placeAdmin1AtSeats(Map<String, Draft> drafts) {
        Map<String, Draft> seats = new HashMap<>();
        for (Draft d : drafts.values()) {
            if (d.kind == PlaceKind.POPULATED_PLACE && d.admin1 != null
                    && ("PPLA".equals(d.featureCode) || "PPLC".equals(d.featureCode))) {
                seats.merge(d.admin1, d, (a, b) -> b.population > a.population ? b : a);
            }
        }
        for (Draft d : drafts.values()) {
            Draft seat = d.kind == PlaceKind.ADMIN1 ? seats.get(d.admin1) : null;
            if (seat != null) {
                d.lat = seat.lat;
                d.lon = seat.lon;
            }
        }
    }

    static void put(Map<String, Draft> drafts, Draft d, GazetteerData.Row row) {
        if (drafts.putIfAbsent(d.id, d) != null) {
            throw row.error("duplicate id " + d.id);
        }
    }

    private static void loadAdmin1(GazetteerData.Source source, Map<String, Draft> drafts, Map<String, String> areas) {
        for (GazetteerData.Row r : GazetteerData.rows(source, "admin1.tsv", "id", 11)) {
            Draft d = new Draft("ne:" + r.cell(0));
            d.country = r.cell(1);
            d.addName(r.cell(3));
            d.addNames(GazetteerData.split(r.cell(4)));
            d.lat = r.number(6, "lat");
            d.lon = r.number(7, "lon");
            d.kind = PlaceKind.ADMIN1;
            d.featureCode = "ADM1";
            d.admin1 = r.cell(0);
            put(drafts, d, r);
            Admin1Areas.problem(r.cell(10)).ifPresent(problem -> {
                throw r.error(problem);
            });
            areas.put(r.cell(0), r.cell(10));
        }
    }

    /** ACLED spellings: kept for export, and added as names so ACLED-style text matches the unit. */
    private static Map<String, String> loadAcledAdmin1(GazetteerData.Source source, Map<String, Draft> drafts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (GazetteerData.Row r : GazetteerData.rows(source, "admin1_acled.tsv", "id", 3)) {
            Draft d = drafts.get("ne:" + r.cell(0));
            if (d == null) {
                throw r.error("unknown admin-1 id " + r.cell(0));
            }
            if (r.cell(1).isEmpty() || r.cell(2).isEmpty()) {
                throw r.error("ACLED name and source are required for " + r.cell(0));
            }
            if (out.put(r.cell(0), r.cell(1)) != null) {
                throw r.error("duplicate id " + r.cell(0));
            }
            d.addName(r.cell(1));
        }
        return out;
    }

    /** The columns world.tsv and supplement.tsv share: id, kind, name, aliases, lat, lon. */
    private static Draft kindNamesAndPoint(GazetteerData.Row r) {
        Draft d = new Draft(r.cell(0));
        try {
            d.kind = PlaceKind.fromCode(r.cell(1));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
        d.addName(r.cell(2));
        d.addNames(GazetteerData.split(r.cell(3)));
        d.lat = r.number(4, "lat");
        d.lon = r.number(5, "lon");
        return d;
    }

    private static void loadWorld(GazetteerData.Source source, Map<String, Draft> drafts,
                                  Map<String, Gazetteer.CountryBox> boxes) {
        for (GazetteerData.Row r : GazetteerData.rows(source, "world.tsv", "id", 11)) {
            Draft d = kindNamesAndPoint(r);
            d.country = r.cell(6);
            d.featureCode = r.cell(7);
            d.population = (long) r.number(8, "population");
            if (d.kind == PlaceKind.COUNTRY) {
                String[] b = r.cell(9).split(",");
                if (b.length != 4) {
                    throw r.error("country " + d.id + " needs a bbox minLon,minLat,maxLon,maxLat");
                }
                try {
                    boxes.put(d.country, new Gazetteer.CountryBox(Double.parseDouble(b[0]), Double.parseDouble(b[1]),
                            Double.parseDouble(b[2]), Double.parseDouble(b[3])));
                } catch (NumberFormatException e) {
                    throw r.error("bad bbox '" + r.cell(9) + "'");
                }
            }
            put(drafts, d, r);
        }
    }

    private static void loadPlaces(GazetteerData.Source source, Map<String, Draft> drafts) {
        for (GazetteerData.Row r : GazetteerData.rows(source, "places.tsv", "geonameid", 11)) {
            Draft d = new Draft("geonames:" + r.cell(0));
            d.addName(r.cell(1));
            if (!r.cell(2).isEmpty()) {
                d.addName(r.cell(2));
            }
            d.addNames(GazetteerData.split(r.cell(3)));
            d.lat = r.number(4, "lat");
            d.lon = r.number(5, "lon");
            d.kind = PlaceKind.POPULATED_PLACE;
            d.featureCode = r.cell(6);
            d.country = r.cell(7);
            d.admin1 = r.cell(9).isEmpty() ? null : r.cell(9);
            d.population = (long) r.number(10, "population");
            put(drafts, d, r);
        }
    }

    private static void loadSupplement(GazetteerData.Source source, Map<String, Draft> drafts) {
        for (GazetteerData.Row r : GazetteerData.rows(source, "supplement.tsv", "id", 10)) {
            if (!r.cell(0).startsWith("sup:")) {
                throw r.error("supplement ids start with 'sup:': " + r.cell(0));
            }
            if (r.cell(9).isEmpty()) {
                throw r.error("no source for " + r.cell(0));
            }
            Draft d = kindNamesAndPoint(r);
            d.country = r.cell(6);
            d.admin1 = r.cell(7).isEmpty() ? null : r.cell(7);
            d.accuracyKm = r.number(8, "accuracy_km");
            d.featureCode = "SUP";
            put(drafts, d, r);
        }
    }

    private static void loadAliases(GazetteerData.Source source, Map<String, Draft> drafts) {
        for (GazetteerData.Row r : GazetteerData.rows(source, "aliases.tsv", "alias", 3)) {
            Draft d = drafts.get(r.cell(1));
            if (d == null) {
                throw r.error("alias '" + r.cell(0) + "' points at unknown id " + r.cell(1));
            }
            d.addName(r.cell(0));
        }
    }

    private static void loadRoads(GazetteerData.Source source, Map<String, Place> byId) {
        for (GazetteerData.Row r : GazetteerData.rows(source, "roads.tsv", "id", 6)) {
            String id = r.cell(0);
            if (byId.containsKey(id)) {
                throw r.error("duplicate id " + id);
            }
            PlaceKind kind;
            try {
                kind = PlaceKind.fromCode(r.cell(1));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            if (!kind.linear()) {
                throw r.error("roads.tsv holds roads and rivers only, not " + r.cell(1));
            }
            List<String> wps = GazetteerData.split(r.cell(4));
            if (wps.size() < 2) {
                throw r.error(id + " needs at least two waypoints");
            }
            for (String w : wps) {
                if (!byId.containsKey(w)) {
                    throw r.error(id + ": unknown waypoint " + w);
                }
            }
            if (r.cell(5).isEmpty()) {
                throw r.error("no source for " + id);
            }
            Place mid = byId.get(wps.get(wps.size() / 2));
            List<String> names = new ArrayList<>();
            names.add(r.cell(2));
            names.addAll(GazetteerData.split(r.cell(3)));
            byId.put(id, new Place(id, r.cell(2), names, mid.lat(), mid.lon(), kind, kind.name().toLowerCase(Locale.ROOT),
                    mid.country(), null, 0, 0, wps));
        }
    }
}
