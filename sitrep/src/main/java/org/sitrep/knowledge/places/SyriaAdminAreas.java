package org.sitrep.knowledge.places;

import java.util.Map;

/**
 * Syria's districts and subdistricts ({@code syria_admin.tsv}, generated from OpenSyria by
 * {@code scripts/gazetteer/open-syria.cjs}) as areas: kind {@link PlaceKind#DISTRICT}, feature code ADM2 or ADM3,
 * at the unit's centroid with the radius of a disc of its area as accuracy. They answer "the Tadmor countryside"
 * and "a village in rural Ein Issa"; a town of the same name stays the answer for the town itself (the resolver
 * lets the town win).
 */
final class SyriaAdminAreas {
    static final String FILE = "syria_admin.tsv";
    private static final int COLUMNS = 12;

    private SyriaAdminAreas() {
    }

    static void load(GazetteerData.Source source, Map<String, GazetteerFiles.Draft> drafts) {
        for (GazetteerData.Row r : GazetteerData.rows(source, FILE, "id", COLUMNS)) {
            if (!r.cell(0).startsWith("ocha:")) {
                throw r.error("ids start with 'ocha:': " + r.cell(0));
            }
            GazetteerFiles.Draft d = new GazetteerFiles.Draft(r.cell(0));
            d.featureCode = switch (r.cell(1)) {
                case "district" -> "ADM2";
                case "subdistrict" -> "ADM3";
                default -> throw r.error("level is district or subdistrict, not '" + r.cell(1) + "'");
            };
            d.kind = PlaceKind.DISTRICT;
            d.addName(r.cell(2));
            d.addNames(GazetteerData.split(r.cell(3)));
            d.lat = r.number(4, "lat");
            d.lon = r.number(5, "lon");
            d.accuracyKm = r.number(7, "radius_km");
            if (!(d.accuracyKm > 0)) {
                throw r.error("radius_km must be positive for " + r.cell(0));
            }
            d.country = "SY";
            d.admin1 = r.cell(8);
            if (!drafts.containsKey("ne:" + d.admin1)) {
                throw r.error("unknown admin-1 id " + d.admin1);
            }
            GazetteerFiles.put(drafts, d, r);
        }
    }
}
