package org.sitrep.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The countries of {@code countries.tsv}, looked up by name, alias or ISO code (case-insensitive). */
final class CountryTable {
    private static final String RESOURCE = "/org/sitrep/export/countries.tsv";
    private static final CountryTable STANDARD = load();

    private final List<Country> countries;
    private final Map<String, Country> byKey;

    private CountryTable(List<Country> countries, Map<String, Country> byKey) {
        this.countries = List.copyOf(countries);
        this.byKey = Map.copyOf(byKey);
    }

    public static CountryTable standard() {
        return STANDARD;
    }

    public List<Country> all() {
        return countries;
    }

    public Optional<Country> lookup(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(nameOrCode)));
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static CountryTable load() {
        List<Country> list = new ArrayList<>();
        Map<String, Country> keys = new HashMap<>();
        try (InputStream in = CountryTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected 6 tab-separated columns");
                }
                Country c = new Country(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4]);
                list.add(c);
                List<String> names = new ArrayList<>(List.of(f[0], f[1], f[2]));
                if (!f[5].isBlank()) {
                    names.addAll(List.of(f[5].split(";")));
                }
                for (String name : names) {
                    Country previous = keys.put(key(name), c);
                    if (previous != null) {
                        throw new IllegalStateException(RESOURCE + ":" + n + ": '" + name + "' already names "
                                + previous.name());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new CountryTable(list, keys);
    }
}
