package org.sitrep.bench.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generated conflict-dense news articles (about 4 KB each) for the end-to-end ingest benchmark: every article tells
 * a dozen or more events (air strikes, shelling, clashes, bombs, captures, protests, arrests) with their places,
 * days, actors and sources. The events come from one shared pool spread over two months and twenty towns, and
 * each article retells the events of its last few days, so many articles report the same events (with other
 * sources and other wording of the day) and linking always has stored candidates to score. Deterministic for a
 * seed. The sentences are assembled from {@code conflict-templates.txt}, written for this benchmark.
 */
public final class ConflictCorpus {
    /** An article: a file name (its date prefix is the publication date) and its bytes. */
    public record Article(String name, byte[] bytes) {
    }

    private record Place(String town, String province) {
    }

    private record PoolEvent(int template, Place place, LocalDate date, String air, String ground, String target,
                             int n) {
    }

    private static final LocalDate START = LocalDate.of(2016, 3, 1);
    private static final int DAYS = 60;
    private static final int EVENTS_PER_DAY = 8;
    private static final int LOOKBACK_DAYS = 4;
    private static final int TARGET_BYTES = 4000;

    private final Map<String, List<String>> blocks;
    private final List<Place> places = new ArrayList<>();

    private ConflictCorpus(Map<String, List<String>> blocks) {
        this.blocks = blocks;
        for (String line : blocks.get("places")) {
            String[] f = line.split("\t");
            places.add(new Place(f[0], f[1]));
        }
    }

    public static ConflictCorpus standard() {
        return new ConflictCorpus(read("conflict-templates.txt"));
    }

    /** {@code count} articles, publication dates spread evenly over the two months. */
    public List<Article> generate(int count, long seed) {
        Random random = new Random(seed);
        List<PoolEvent> pool = pool(random);
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate published = START.plusDays(LOOKBACK_DAYS + (long) i * (DAYS - LOOKBACK_DAYS) / count);
            out.add(article(i, published, pool, random));
        }
        return out;
    }

    private List<PoolEvent> pool(Random random) {
        List<PoolEvent> pool = new ArrayList<>();
        int templates = blocks.get("events").size();
        for (int d = 0; d < DAYS; d++) {
            for (int k = 0; k < EVENTS_PER_DAY; k++) {
                pool.add(new PoolEvent(random.nextInt(templates), places.get(random.nextInt(places.size())),
                        START.plusDays(d), pick(random, "air"), pick(random, "ground"), pick(random, "target"),
                        2 + random.nextInt(30)));
            }
        }
        return pool;
    }

    private Article article(int i, LocalDate published, List<PoolEvent> pool, Random random) {
        List<PoolEvent> recent = new ArrayList<>();
        for (PoolEvent e : pool) {
            if (!e.date().isAfter(published) && !e.date().isBefore(published.minusDays(LOOKBACK_DAYS))) {
                recent.add(e);
            }
        }
        String month = published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        StringBuilder b = new StringBuilder();
        PoolEvent lead = recent.get(random.nextInt(recent.size()));
        b.append("Fighting spreads across ").append(lead.place().province()).append(" as dozens are killed\n\n");
        b.append(month.toUpperCase(Locale.ROOT)).append(' ').append(published.getDayOfMonth()).append(", ")
                .append(published.getYear()).append(" / 10:").append(10 + random.nextInt(50)).append(" AM\n\n");
        b.append("BEIRUT, ").append(month, 0, 3).append(' ').append(published.getDayOfMonth()).append(" (Agency) - ");
        int inParagraph = 0;
        while (b.length() < TARGET_BYTES) {
            PoolEvent e = recent.get(random.nextInt(recent.size()));
            b.append(sentence(e, published, random)).append(' ');
            if (random.nextInt(4) == 0) {
                b.append(pick(random, "fillers")).append(' ');
            }
            if (++inParagraph == 3) {
                b.setLength(b.length() - 1);
                b.append("\n\n");
                inParagraph = 0;
            }
        }
        String name = published + "-generated-" + String.format(Locale.ROOT, "%04d", i) + ".txt";
        return new Article(name, b.toString().strip().concat("\n").getBytes(StandardCharsets.UTF_8));
    }

    private String sentence(PoolEvent e, LocalDate published, Random random) {
        String s = blocks.get("events").get(e.template())
                .replace("{air}", e.air()).replace("{ground}", e.ground()).replace("{target}", e.target())
                .replace("{place}", e.place().town()).replace("{province}", e.place().province())
                .replace("{when}", when(e.date(), published, random))
                .replace("{n}", Integer.toString(e.n() + random.nextInt(2)))
                .replace("{source}", pick(random, "sources"));
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The day as a reporter would give it: a weekday for the last days, or a day and month. */
    private static String when(LocalDate date, LocalDate published, Random random) {
        if (date.equals(published) && random.nextBoolean()) {
            return "earlier today";
        }
        if (random.nextBoolean()) {
            return "on " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return "on " + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private String pick(Random random, String block) {
        List<String> entries = blocks.get(block);
        return entries.get(random.nextInt(entries.size()));
    }

    private static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = ConflictCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bench resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bench resource " + resource, e);
        }
        return out;
    }
}
