package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a GeoJSON text against the rules of RFC 7946 that sitrep's output can break: the type members, the
 * FeatureCollection / Feature / geometry structure, positions ([lon, lat] with optional altitude, in range),
 * ids that are strings or numbers, no {@code crs}. Returns the violations found, empty when valid.
 */
public final class GeoJsonRules {
    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    private GeoJsonRules() {
    }

    public static List<String> violations(String text) {
        List<String> out = new ArrayList<>();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (Exception e) {
            return List.of("not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return List.of("a GeoJSON text is an object");
        }
        noCrs(root, "$", out);
        if (!"FeatureCollection".equals(root.path("type").asText(null))) {
            out.add("$: type must be FeatureCollection");
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            out.add("$: a FeatureCollection has a 'features' array");
            return out;
        }
        for (int i = 0; i < features.size(); i++) {
            feature(features.get(i), "$.features[" + i + "]", out);
        }
        bbox(root, "$", out);
        return out;
    }

    private static void feature(JsonNode f, String at, List<String> out) {
        if (!f.isObject()) {
            out.add(at + ": a feature is an object");
            return;
        }
        if (!"Feature".equals(f.path("type").asText(null))) {
            out.add(at + ": type must be Feature");
        }
        if (!f.has("geometry")) {
            out.add(at + ": a Feature has a 'geometry' member (object or null)");
        } else if (!f.get("geometry").isNull()) {
            geometry(f.get("geometry"), at + ".geometry", out);
        }
        if (!f.has("properties") || !(f.get("properties").isObject() || f.get("properties").isNull())) {
            out.add(at + ": a Feature has a 'properties' member (object or null)");
        }
        if (f.has("id") && !(f.get("id").isTextual() || f.get("id").isNumber())) {
            out.add(at + ": id must be a string or a number");
        }
        bbox(f, at, out);
    }

    private static void geometry(JsonNode g, String at, List<String> out) {
        String type = g.path("type").asText(null);
        if (!g.isObject() || type == null || !GEOMETRY_TYPES.contains(type)) {
            out.add(at + ": unknown geometry type " + type);
            return;
        }
        if (type.equals("GeometryCollection")) {
            JsonNode gs = g.get("geometries");
            if (gs == null || !gs.isArray()) {
                out.add(at + ": a GeometryCollection has a 'geometries' array");
                return;
            }
            for (int i = 0; i < gs.size(); i++) {
                geometry(gs.get(i), at + ".geometries[" + i + "]", out);
            }
            return;
        }
        JsonNode c = g.get("coordinates");
        if (c == null || !c.isArray()) {
            out.add(at + ": a " + type + " has a 'coordinates' array");
            return;
        }
        int depth = switch (type) {
            case "Point" -> 0;
            case "MultiPoint", "LineString" -> 1;
            case "MultiLineString", "Polygon" -> 2;
            default -> 3;
        };
        positions(c, depth, at + ".coordinates", out);
    }

    private static void positions(JsonNode c, int depth, String at, List<String> out) {
        if (depth == 0) {
            position(c, at, out);
            return;
        }
        if (!c.isArray()) {
            out.add(at + ": expected an array");
            return;
        }
        for (int i = 0; i < c.size(); i++) {
            positions(c.get(i), depth - 1, at + "[" + i + "]", out);
        }
    }

    /** A position is [longitude, latitude] or [longitude, latitude, altitude], WGS 84 degrees. */
    private static void position(JsonNode p, String at, List<String> out) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3) {
            out.add(at + ": a position is an array of 2 or 3 numbers");
            return;
        }
        for (JsonNode n : p) {
            if (!n.isNumber()) {
                out.add(at + ": a position holds numbers only");
                return;
            }
        }
        double lon = p.get(0).doubleValue();
        double lat = p.get(1).doubleValue();
        if (lon < -180 || lon > 180) {
            out.add(at + ": longitude out of range: " + lon);
        }
        if (lat < -90 || lat > 90) {
            out.add(at + ": latitude out of range: " + lat);
        }
    }

    private static void bbox(JsonNode n, String at, List<String> out) {
        JsonNode b = n.get("bbox");
        if (b != null && (!b.isArray() || (b.size() != 4 && b.size() != 6))) {
            out.add(at + ": bbox is an array of 4 or 6 numbers");
        }
    }

    private static void noCrs(JsonNode n, String at, List<String> out) {
        if (n.isObject()) {
            if (n.has("crs")) {
                out.add(at + ": RFC 7946 removed the 'crs' member");
            }
            n.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("properties")) {
                    noCrs(e.getValue(), at + "." + e.getKey(), out);
                }
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                noCrs(n.get(i), at + "[" + i + "]", out);
            }
        }
    }
}
