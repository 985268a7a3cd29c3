package org.sitrep.eval.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.knowledge.places.Geo;
import org.sitrep.model.Span;
import org.sitrep.model.ToponymResult;
import org.sitrep.resolve.place.Toponyms;

/**
 * End-to-end geocoding on real pages: sitrep's own spotting and resolution ({@link Toponyms#tag}) over each page,
 * scored against a gold file of the page's toponyms (page, exact string, occurrence number, gazetteer id, point).
 * A gold toponym counts as answered when a resolved mention overlaps it; unlike {@link GeoEvaluator} a name sitrep
 * fails to spot is a miss here. Gold rows without a point are listed, not scored. Stateless and thread-safe.
 */
public final class RealPagesEvaluator {
    /** One labelled toponym; lat/lon null when no point could be verified. */
    public record Gold(String page, String toponym, int occurrence, String gazetteerId, Double lat, Double lon,
                       Integer precision, String justification) {
        public Gold {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(toponym, "toponym");
        }

        public boolean scored() {
            return lat != null && lon != null;
        }
    }

    /** What sitrep made of one gold toponym: its answer (null fields when unspotted or unresolved) and the error. */
    public record Outcome(Gold gold, Span span, String answerId, String answerName, Double km) {
        public boolean answered() {
            return km != null;
        }
    }

    /** The figures over scored gold toponyms, every outcome, and resolved Syrian answers at no gold toponym. */
    public record Report(int scored, int answered, int within161, int within25, List<Outcome> outcomes,
                         List<ToponymResult> unlabelled) {
        public String summary() {
            return String.format(Locale.ROOT, "real pages: %d toponyms scored; coverage %.3f (%d answered); "
                            + "acc@161 %.3f (%d), acc@25 %.3f (%d)", scored, ratio(answered, scored), answered,
                    ratio(within161, scored), within161, ratio(within25, scored), within25);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : a / (double) b;
        }
    }

    private final Toponyms toponyms;

    public RealPagesEvaluator() {
        this(new Toponyms());
    }

    public RealPagesEvaluator(Toponyms toponyms) {
        this.toponyms = Objects.requireNonNull(toponyms, "toponyms");
    }

    /** Reads the gold file: '#' comments, a header, 8 tab-separated columns; bad rows fail naming file and line. */
    public static List<Gold> readGold(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        boolean header = true;
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 8) {
                throw new IllegalArgumentException(file + " line " + n + ": expected 8 columns, got " + c.length);
            }
            if (header) {
                header = false;
                continue;
            }
            try {
                out.add(new Gold(c[0], c[1], Integer.parseInt(c[2]), c[3].isEmpty() ? null : c[3],
                        c[4].isEmpty() ? null : Double.valueOf(c[4]), c[5].isEmpty() ? null : Double.valueOf(c[5]),
                        c[6].isEmpty() ? null : Integer.valueOf(c[6]), c[7]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + n + ": bad number (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /**
     * Where the n-th (1-based) whole-word occurrence of {@code s} stands in {@code text} (not inside a longer word
     * or a hyphenated name: "Raqqa" in "Al-Raqqa" does not count); fails when there are fewer.
     */
    static Span occurrence(String text, String s, int n, String page) {
        int at = -1;
        int found = 0;
        while (found < n) {
            at = text.indexOf(s, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(page + ": '" + s + "' occurs fewer than " + n + " times");
            }
            int end = at + s.length();
            boolean before = at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '-');
            boolean after = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
            found += before || after ? 0 : 1;
        }
        return new Span(at, at + s.length());
    }

    /** Scores the gold toponyms of pages whose text {@code pages} gives by page name. */
    public Report evaluate(List<Gold> gold, Map<String, String> pages) {
        Map<String, List<ToponymResult>> tagged = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        int scored = 0;
        int answered = 0;
        int at161 = 0;
        int at25 = 0;
        for (Gold g : gold) {
            String text = pages.get(g.page());
            if (text == null) {
                throw new IllegalArgumentException("no text for page " + g.page());
            }
            List<ToponymResult> results = tagged.computeIfAbsent(g.page(), p -> toponyms.tag(text));
            Span span = occurrence(text, g.toponym(), g.occurrence(), g.page());
            ToponymResult hit = results.stream().filter(r -> r.resolved() && r.span().overlaps(span)).findFirst()
                    .orElse(null);
            Double km = hit == null || !g.scored() ? null : Geo.km(hit.lat(), hit.lon(), g.lat(), g.lon());
            outcomes.add(new Outcome(g, span, hit == null ? null : hit.gazetteerId(),
                    hit == null ? null : hit.name(), km));
            if (!g.scored()) {
                continue;
            }
            scored++;
            if (km != null) {
                answered++;
                at161 += km <= 161 ? 1 : 0;
                at25 += km <= 25 ? 1 : 0;
            }
        }
        List<ToponymResult> unlabelled = new ArrayList<>();
        for (Map.Entry<String, List<ToponymResult>> e : tagged.entrySet()) {
            for (ToponymResult r : e.getValue()) {
                boolean syrian = r.resolved() && "SY".equals(r.country()) && !"country:SY".equals(r.gazetteerId());
                if (syrian && outcomes.stream().noneMatch(o -> o.gold().page().equals(e.getKey())
                        && o.span().overlaps(r.span()))) {
                    unlabelled.add(r);
                }
            }
        }
        return new Report(scored, answered, at161, at25, outcomes, unlabelled);
    }

    /** Reads the pages named in the gold file from {@code articles} and scores them. */
    public Report evaluate(Path goldFile, Path articles) throws IOException {
        List<Gold> gold = readGold(goldFile);
        Map<String, String> pages = new LinkedHashMap<>();
        for (Gold g : gold) {
            if (!pages.containsKey(g.page())) {
                pages.put(g.page(), Files.readString(articles.resolve(g.page()), StandardCharsets.UTF_8));
            }
        }
        return evaluate(gold, pages);
    }
}
