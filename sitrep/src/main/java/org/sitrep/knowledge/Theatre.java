package org.sitrep.knowledge;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The theatre of war sitrep is configured for, read from {@code theatre.tsv}: the focus country whose places win
 * ties and the region whose places the gazetteer holds in depth. Kept as data so that another conflict is
 * configuration, not code.
 */
public record Theatre(String focusCountry, Set<String> regionCountries, double otherCountryPrior) {
    private static final String FILE = "theatre.tsv";

    public Theatre {
        regionCountries = Set.copyOf(regionCountries);
        if (!regionCountries.contains(focusCountry)) {
            throw new IllegalArgumentException("focus country " + focusCountry + " is not among the region countries "
                    + regionCountries);
        }
    }

    /** The shipped theatre. */
    public static Theatre standard() {
        return Standard.THEATRE;
    }

    /** Reads a theatre file's lines; a missing key or a bad value is an error naming the file and line. */
    static Theatre parse(String file, List<String> lines) {
        Map<String, DataRow> rows = new HashMap<>();
        for (DataRow r : DataRow.parse(file, lines, 2, IllegalStateException::new)) {
            if (!r.col(0).equals("key") && rows.put(r.col(0), r) != null) {
                throw r.error("key " + r.col(0) + " given twice");
            }
        }
        DataRow focus = required(file, rows, "focus_country");
        DataRow region = required(file, rows, "region_countries");
        DataRow prior = required(file, rows, "other_country_prior");
        if (!focus.col(1).matches("[A-Z]{2}")) {
            throw focus.error("a country is a two-letter ISO code, not '" + focus.col(1) + "'");
        }
        Set<String> countries = Set.copyOf(Arrays.asList(region.col(1).split("\\s+")));
        for (String c : countries) {
            if (!c.matches("[A-Z]{2}")) {
                throw region.error("a country is a two-letter ISO code, not '" + c + "'");
            }
        }
        double p;
        try {
            p = Double.parseDouble(prior.col(1));
        } catch (NumberFormatException e) {
            throw prior.error("not a number: '" + prior.col(1) + "'");
        }
        if (p < 0 || p > 1) {
            throw prior.error("a prior lies between 0 and 1, not " + p);
        }
        try {
            return new Theatre(focus.col(1), countries, p);
        } catch (IllegalArgumentException e) {
            throw focus.error(e.getMessage());
        }
    }

    private static DataRow required(String file, Map<String, DataRow> rows, String key) {
        DataRow r = rows.get(key);
        if (r == null) {
            throw new IllegalStateException(file + ": no " + key + " line");
        }
        return r;
    }

    /** Loaded once, on first use. */
    private static final class Standard {
        static final Theatre THEATRE = load();

        private static Theatre load() {
            return parse("knowledge/" + FILE, BundledResource.lines(Theatre.class, FILE));
        }
    }
}
