package org.sitrep.resolve.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.BundledResource;

/**
 * Named holidays and when they fall in a given year: fixed dates (Christmas), weekday rules (Thanksgiving),
 * Easter-based feasts, and lunar holidays (Eid, Ramadan) from a table by year. Loaded once from
 * {@code holidays.tsv}; immutable and thread-safe.
 */
public final class Holidays {
    private static final String RESOURCE = "/org/sitrep/resolve/time/holidays.tsv";

    /** When a holiday falls: a day, or for a season like Ramadan its first and last day. */
    public record Occurrence(LocalDate start, LocalDate end) {
        public boolean singleDay() {
            return start.equals(end);
        }
    }

    private final Map<String, String> keyByForm;
    private final Map<String, String> ruleByKey;
    private final Map<String, Map<Integer, Occurrence>> tableByKey;

    private Holidays(Map<String, String> keyByForm, Map<String, String> ruleByKey,
            Map<String, Map<Integer, Occurrence>> tableByKey) {
        this.keyByForm = Map.copyOf(keyByForm);
        this.ruleByKey = Map.copyOf(ruleByKey);
        Map<String, Map<Integer, Occurrence>> t = new HashMap<>();
        tableByKey.forEach((k, v) -> t.put(k, Map.copyOf(v)));
        this.tableByKey = Map.copyOf(t);
    }

    public static Holidays standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Holidays STANDARD = load();
    }

    static Holidays load() {
        return BundledResource.read(Holidays.class, RESOURCE, Holidays::parse);
    }

    static Holidays parse(BufferedReader r, String name) throws IOException {
        Map<String, String> forms = new LinkedHashMap<>();
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, Map<Integer, Occurrence>> table = new HashMap<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + no + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IllegalArgumentException(where + "expected 3 tab-separated fields, got " + f.length);
            }
            try {
                switch (f[0]) {
                    case "holiday" -> {
                        if (!f[1].equals(f[1].toLowerCase(Locale.ROOT)) || f[1].isBlank()
                                || forms.put(f[1], f[2]) != null) {
                            throw new IllegalArgumentException("form must be lower case and listed once: " + f[1]);
                        }
                    }
                    case "rule" -> {
                        checkRule(f[2]);
                        if (rules.put(f[1], f[2]) != null) {
                            throw new IllegalArgumentException("second rule for " + f[1]);
                        }
                    }
                    case "date" -> {
                        String[] ends = f[2].split("/");
                        LocalDate s = LocalDate.parse(ends[0]);
                        LocalDate e = ends.length > 1 ? LocalDate.parse(ends[1]) : s;
                        if (e.isBefore(s) || ChronoUnit.DAYS.between(s, e) > 40) {
                            throw new IllegalArgumentException("bad interval " + f[2]);
                        }
                        if (table.computeIfAbsent(f[1], k -> new HashMap<>()).put(s.getYear(), new Occurrence(s, e))
                                != null) {
                            throw new IllegalArgumentException("second date for " + f[1] + " in " + s.getYear());
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown line kind '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        for (String key : Set.copyOf(forms.values())) {
            if (!rules.containsKey(key)) {
                throw new IllegalArgumentException(name + ": holiday " + key + " has no rule");
            }
        }
        rules.forEach((k, rule) -> {
            if (rule.equals("table") && !table.containsKey(k)) {
                throw new IllegalArgumentException(name + ": table holiday " + k + " has no dates");
            }
        });
        return new Holidays(forms, rules, table);
    }

    private static void checkRule(String rule) {
        String[] p = rule.split(" ");
        switch (p[0]) {
            case "fixed" -> LocalDate.parse("2000-" + p[1]);
            case "nth" -> {
                int m = Integer.parseInt(p[1]);
                int n = Integer.parseInt(p[2]);
                int wd = Integer.parseInt(p[3]);
                if (m < 1 || m > 12 || n == 0 || n < -1 || n > 5 || wd < 1 || wd > 7) {
                    throw new IllegalArgumentException("bad rule " + rule);
                }
            }
            case "easter" -> Integer.parseInt(p[1]);
            case "table" -> {
                if (p.length != 1) {
                    throw new IllegalArgumentException("bad rule " + rule);
                }
            }
            default -> throw new IllegalArgumentException("unknown rule " + rule);
        }
    }

    /** The written forms, lower case ("eid al-fitr", "christmas"). */
    public Set<String> forms() {
        return keyByForm.keySet();
    }

    /** The holiday a written form names, or null. */
    public String key(String form) {
        return keyByForm.get(form.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\''));
    }

    /** When the holiday falls in a year, or null when that is not known (a lunar holiday outside the table). */
    public Occurrence in(String key, int year) {
        String rule = ruleByKey.get(key);
        if (rule == null) {
            throw new IllegalArgumentException("unknown holiday " + key);
        }
        String[] p = rule.split(" ");
        LocalDate d = switch (p[0]) {
            case "fixed" -> LocalDate.parse(String.format("%04d-%s", year, p[1]));
            case "nth" -> nth(year, Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
            case "easter" -> easter(year).plusDays(Integer.parseInt(p[1]));
            default -> null;
        };
        if (d != null) {
            return new Occurrence(d, d);
        }
        return tableByKey.get(key).get(year);
    }

    private static LocalDate nth(int year, int month, int n, int weekday) {
        LocalDate first = LocalDate.of(year, month, 1);
        DayOfWeek wd = DayOfWeek.of(weekday);
        return n < 0 ? first.with(TemporalAdjusters.lastInMonth(wd))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(n, wd));
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
