package org.sitrep.analyse;

import org.sitrep.model.analysis.Dependence;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.Town;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.NameKey;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;

/**
 * The routes the analysis knows: every road of the gazetteer (roads.tsv: name, aliases, towns in order) with the
 * sides that depend on it (routes.tsv). Found by id ("road:khanasser", "khanasser") or by any name or alias
 * ("Khanasser highway", "M5"). Immutable once loaded.
 */
public final class Routes {
    static final String FILE = "routes.tsv";
    private final List<Route> all;
    private final Map<String, Route> byKey = new HashMap<>();

    private static final class Holder {
        static final Routes STANDARD = load(Gazetteer.get(), AnalyseData.rows(FILE, "road", 5));
    }

    private Routes(List<Route> all) {
        this.all = List.copyOf(all);
        for (Route r : all) {
            byKey.putIfAbsent(r.id(), r);
            byKey.putIfAbsent(r.id().substring(r.id().indexOf(':') + 1), r);
            byKey.putIfAbsent(NameKey.of(r.name()), r);
            for (String a : r.aliases()) {
                byKey.putIfAbsent(NameKey.of(a), r);
            }
        }
    }

    /** The bundled routes. */
    public static Routes standard() {
        return Holder.STANDARD;
    }

    /** The roads of a gazetteer with the dependence rows given (the bundled file, or a test's rows). */
    static Routes load(Gazetteer g, List<DataRow> rows) {
        Map<String, List<Dependence>> deps = new LinkedHashMap<>();
        for (DataRow r : rows) {
            Optional<Place> road = g.byId(r.col(0)).filter(p -> p.kind() == PlaceKind.ROAD);
            if (road.isEmpty()) {
                throw r.error("'" + r.col(0) + "' is no road of the gazetteer (knowledge/places/roads.tsv)");
            }
            if (r.col(4).isEmpty()) {
                throw r.error("no source for " + r.col(0));
            }
            if (!r.col(1).equals("-")) {
                deps.computeIfAbsent(r.col(0), k -> new ArrayList<>()).add(new Dependence(r.col(1),
                        month(r, r.col(2), false), month(r, r.col(3), true), r.col(4), r.col(5)));
            }
        }
        List<Route> out = new ArrayList<>();
        for (Place p : g.roads()) {
            List<Town> towns = g.waypoints(p).stream()
                    .map(w -> new Town(w.name(), w.id(), w.lat(), w.lon())).toList();
            List<String> aliases = p.names().stream().filter(n -> !n.equals(p.name())).toList();
            String source = rows.stream().filter(r -> r.col(0).equals(p.id())).map(r -> r.col(4)).findFirst()
                    .orElse(null);
            out.add(new Route(p.id(), p.name(), aliases, towns, deps.getOrDefault(p.id(), List.of()), source));
        }
        return new Routes(out);
    }

    private static YearMonth month(DataRow r, String s, boolean end) {
        if (s.equals("-") || s.isEmpty()) {
            return null;
        }
        try {
            return s.length() == 4 ? YearMonth.of(Integer.parseInt(s), end ? 12 : 1) : YearMonth.parse(s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw r.error("a month is YYYY or YYYY-MM, not '" + s + "'");
        }
    }

    public List<Route> all() {
        return all;
    }

    /** A route by id, short id, name or alias (case and spelling of punctuation aside). */
    public Optional<Route> find(String idOrName) {
        String s = idOrName.strip();
        Route r = byKey.get(s.toLowerCase(Locale.ROOT));
        if (r == null) {
            r = byKey.get(NameKey.of(s));
        }
        return Optional.ofNullable(r);
    }
}
