package org.sitrep.resolve.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.BundledResource;

/**
 * The words of time expressions (months, weekdays, number words, units, seasons, tense cues, count nouns), loaded
 * once from {@code time-lexicon.tsv}. Immutable. Categories and values are validated so a bad edit fails at load,
 * naming the file and line.
 */
public final class TimeLexicon {
    static final String RESOURCE = "time-lexicon.tsv";
    private static final Set<String> CATEGORIES = Set.of("month", "weekday", "number", "ordinal", "unit", "season",
            "partofday", "future_cue", "past_cue", "not_past", "count_noun", "ordinal_noun",
            "generic_noun", "speech_verb", "clause_break", "adjective_marker", "not_verb_after_to", "deadline_word",
            "title_abbreviation", "period_noun", "not_after_attributive_month", "not_before_year",
            "spelled_year_preposition", "decade_word", "century_ordinal", "after_ordinal_day", "before_ordinal_day",
            "duration_intro");

    private final Map<String, Map<String, String>> byCategory;

    private TimeLexicon(Map<String, Map<String, String>> byCategory) {
        this.byCategory = byCategory;
    }

    /** The lexicon shipped with sitrep. */
    public static TimeLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final TimeLexicon STANDARD = load();
    }

    static TimeLexicon load() {
        return BundledResource.read(TimeLexicon.class, RESOURCE, TimeLexicon::parse);
    }

    static TimeLexicon parse(BufferedReader r, String name) throws IOException {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = name + ":" + no + ": ";
            if (f.length < 2 || f.length > 3) {
                throw new IllegalArgumentException(where + "expected 2 or 3 tab-separated fields, got " + f.length);
            }
            String cat = f[0];
            if (!CATEGORIES.contains(cat)) {
                throw new IllegalArgumentException(where + "unknown category '" + cat + "'");
            }
            String form = f[1];
            if (form.isEmpty() || !form.equals(form.toLowerCase(java.util.Locale.ROOT)) || !form.strip().equals(form)) {
                throw new IllegalArgumentException(where + "form must be non-empty, trimmed lower case: '" + form + "'");
            }
            String value = f.length == 3 ? f[2] : "";
            validate(cat, value, where);
            Map<String, String> forms = m.computeIfAbsent(cat, k -> new LinkedHashMap<>());
            if (forms.containsKey(form)) {
                throw new IllegalArgumentException(where + "duplicate " + cat + " form '" + form + "'");
            }
            forms.put(form, value);
        }
        for (String cat : CATEGORIES) {
            if (!m.containsKey(cat)) {
                throw new IllegalArgumentException(name + ": no entries for category " + cat);
            }
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        m.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new TimeLexicon(Map.copyOf(frozen));
    }

    private static void validate(String cat, String value, String where) {
        switch (cat) {
            case "month" -> requireInt(value, 1, 12, where);
            case "weekday" -> requireInt(value, 1, 7, where);
            case "ordinal" -> requireInt(value, 1, 31, where);
            case "decade_word" -> requireInt(value, 1000, 2090, where);
            case "century_ordinal" -> requireInt(value, 1, 21, where);
            case "number" -> {
                if (!value.equals("X")) {
                    requireInt(value, 1, 1000, where);
                }
            }
            case "unit" -> requireOneOf(value, Set.of("D", "W", "F", "M", "Y", "E", "C", "H", "MIN", "Q"), where);
            case "season" -> requireOneOf(value, Set.of("SP", "SU", "FA", "WI"), where);
            case "partofday" -> requireOneOf(value, Set.of("MO", "AF", "EV", "NI"), where);
            default -> {
                if (!value.isEmpty()) {
                    throw new IllegalArgumentException(where + cat + " takes no value, got '" + value + "'");
                }
            }
        }
    }

    private static void requireInt(String v, int lo, int hi, String where) {
        try {
            int i = Integer.parseInt(v);
            if (i < lo || i > hi) {
                throw new IllegalArgumentException(where + "value " + v + " outside " + lo + ".." + hi);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "value '" + v + "' is not a number");
        }
    }

    private static void requireOneOf(String v, Set<String> allowed, String where) {
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException(where + "value '" + v + "' not one of " + allowed);
        }
    }

    /** Forms of a category mapped to their values (empty value for cue words). */
    public Map<String, String> forms(String category) {
        Map<String, String> f = byCategory.get(category);
        if (f == null) {
            throw new IllegalArgumentException("unknown lexicon category " + category);
        }
        return f;
    }

    /** Whether a word is listed, as written (callers lower-case it where case does not matter). */
    public boolean listed(String category, String word) {
        return forms(category).containsKey(word);
    }

    public Integer month(String word) {
        return intOf("month", word);
    }

    public Integer weekday(String word) {
        return intOf("weekday", word);
    }

    public Integer ordinal(String word) {
        return intOf("ordinal", word);
    }

    /** A number word's value; null for vague quantities ("several") and unknown words. */
    public Integer number(String word) {
        String v = forms("number").get(norm(word));
        return v == null || v.equals("X") ? null : Integer.valueOf(v);
    }

    public boolean isNumberWord(String word) {
        return forms("number").containsKey(norm(word));
    }

    public String unit(String word) {
        return forms("unit").get(norm(word));
    }

    public String season(String word) {
        return forms("season").get(norm(word));
    }

    public String partOfDay(String word) {
        return forms("partofday").get(norm(word));
    }

    public boolean isCountNoun(String word) {
        return forms("count_noun").containsKey(norm(word));
    }

    private Integer intOf(String cat, String word) {
        String v = forms(cat).get(norm(word));
        return v == null ? null : Integer.valueOf(v);
    }

    private static String norm(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
