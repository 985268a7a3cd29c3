package org.sitrep.link.assess;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.NameKey;

/**
 * The registry of outlets, monitors and government bodies ({@code org/sitrep/link/sources.tsv}, plus any user
 * files in the same format). Looks sources up by name or alias, ignoring case, diacritics and punctuation
 * ("Al-Watan" = "al watan"), or by web domain. A name not in the registry stays unknown: nothing is guessed.
 * Immutable and thread-safe once built.
 */
public final class SourceRegistry {
    static final String FILE = "sources.tsv";
    static final List<String> HEADER = List.of("name", "aliases", "domains", "country", "languages",
            "affiliation", "aligned_with", "format", "basis", "reference_url");

    private static volatile SourceRegistry bundled;

    private final List<SourceEntry> entries;
    private final Map<String, SourceEntry> byKey;
    private final Map<String, SourceEntry> byDomain;

    private SourceRegistry(List<SourceEntry> entries, Map<String, SourceEntry> byKey,
                           Map<String, SourceEntry> byDomain) {
        this.entries = List.copyOf(entries);
        this.byKey = Map.copyOf(byKey);
        this.byDomain = Map.copyOf(byDomain);
    }

    /** The bundled registry, loaded once. */
    public static SourceRegistry bundled() {
        SourceRegistry r = bundled;
        if (r == null) {
            synchronized (SourceRegistry.class) {
                r = bundled;
                if (r == null) {
                    r = load(List.of());
                    bundled = r;
                }
            }
        }
        return r;
    }

    /** The bundled registry extended by user files in the same format (a name or alias may be defined once). */
    public static SourceRegistry load(List<Path> userFiles) {
        Builder b = new Builder();
        b.addRows(DataLines.bundled(FILE, 1));
        for (Path p : userFiles) {
            b.addRows(DataLines.file(p, 1));
        }
        return b.build();
    }

    /** A registry of the given rows only (tests, tools). */
    static SourceRegistry parse(String file, List<String> lines) {
        Builder b = new Builder();
        b.addRows(DataLines.parse(file, lines, 1));
        return b.build();
    }

    public List<SourceEntry> entries() {
        return entries;
    }

    /** The entry whose name or alias matches, case-, diacritic- and punctuation-insensitively. */
    public Optional<SourceEntry> lookup(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        String key = key(nameOrAlias);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** The entry owning this host or URL ("https://www.reuters.com/world/..."), subdomains included. */
    public Optional<SourceEntry> byDomain(String hostOrUrl) {
        String host = host(hostOrUrl);
        while (host != null && host.contains(".")) {
            SourceEntry e = byDomain.get(host);
            if (e != null) {
                return Optional.of(e);
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** The registry's name for a source, or the name as given (trimmed) when the registry does not know it. */
    public String canonical(String name) {
        return lookup(name).map(SourceEntry::name).orElse(name == null ? "" : name.trim());
    }

    static String key(String name) {
        String k = NameKey.of(name);
        // Arabic-script aliases fold to their own tokens; a romanised form is not needed for lookups by name.
        return k;
    }

    static String host(String hostOrUrl) {
        if (hostOrUrl == null || hostOrUrl.isBlank()) {
            return null;
        }
        String s = hostOrUrl.trim().toLowerCase(Locale.ROOT);
        if (s.contains("://")) {
            try {
                s = URI.create(s).getHost();
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (s == null) {
                return null;
            }
        } else {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                s = s.substring(0, slash);
            }
        }
        return s.startsWith("www.") ? s.substring(4) : s;
    }

    private static final class Builder {
        final List<SourceEntry> entries = new ArrayList<>();
        final Map<String, SourceEntry> byKey = new HashMap<>();
        final Map<String, SourceEntry> byDomain = new HashMap<>();
        final Map<String, String> keyOrigin = new HashMap<>();

        void addRows(List<DataRow> rows) {
            for (DataRow row : rows) {
                if (row.col(0).equals("name")) {
                    if (!Arrays.stream(row.cols()).map(String::trim).toList().equals(HEADER)) {
                        throw row.error("header must be " + String.join(" ", HEADER));
                    }
                    continue;
                }
                add(row);
            }
        }

        void add(DataRow row) {
            if (row.cols().length != HEADER.size()) {
                throw row.error("expected " + HEADER.size() + " tab-separated columns, found " + row.cols().length);
            }
            String name = row.col(0);
            if (name.isEmpty()) {
                throw row.error("name is empty");
            }
            Affiliation aff = Affiliation.parse(row.col(5)).orElseThrow(() -> row.error(
                    "affiliation '" + row.col(5) + "' is not one of " + Arrays.stream(Affiliation.values())
                            .map(Affiliation::wireName).toList()));
            String url = row.col(9);
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw row.error("reference_url must be a public http(s) address, found '" + url + "'");
            }
            SourceEntry e = new SourceEntry(name, list(row.col(1)), list(row.col(2)), row.col(3), list(row.col(4)),
                    aff, row.col(6), row.col(7), row.col(8), url);
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(e.aliases());
            for (String n : names) {
                String k = key(n);
                if (k.isEmpty()) {
                    throw row.error("name or alias '" + n + "' has no letters or digits");
                }
                SourceEntry prev = byKey.get(k);
                if (prev != null && prev != e) {
                    throw row.error("'" + n + "' is already a name or alias of " + prev.name() + " ("
                            + keyOrigin.get(k) + ")");
                }
                byKey.put(k, e);
                keyOrigin.put(k, row.file() + " line " + row.line());
            }
            for (String d : e.domains()) {
                String h = host(d);
                if (h == null || !h.contains(".")) {
                    throw row.error("'" + d + "' is not a domain");
                }
                SourceEntry prev = byDomain.putIfAbsent(h, e);
                if (prev != null) {
                    throw row.error("domain " + h + " already belongs to " + prev.name());
                }
            }
            entries.add(e);
        }

        static List<String> list(String field) {
            if (field.isBlank()) {
                return List.of();
            }
            return Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        SourceRegistry build() {
            return new SourceRegistry(entries, byKey, byDomain);
        }
    }
}
