package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a dateline: a short line that is a date, possibly with a name (outlet or author), a weekday, a time or a
 * word such as "Published". Sentences that merely contain a date are not datelines. Numeric dates are day-first
 * ("31/10/2015"); a numeric date only valid month-first is read month-first.
 */
final class DateLine {
    /** A dateline's date, the name beside it (null if none), where the date stands in the line, and whether the
     * line says it is an update rather than the publication. */
    record Hit(LocalDate date, String name, int start, int end, boolean updated) {
    }

    /** A month's English name or any abbreviation of it of three letters or more ("Sep", "Sept"), from the JDK. */
    private static final String MONTH = "(?<mon>" + Arrays.stream(Month.values())
            .map(m -> prefixes(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining("|")) + ")\\.?";
    /** The English weekday names, full and short ("Monday", "Mon"), from the JDK. */
    private static final String WEEKDAY = Arrays.stream(DayOfWeek.values())
            .flatMap(d -> Stream.of(TextStyle.FULL, TextStyle.SHORT)
                    .map(st -> d.getDisplayName(st, Locale.ENGLISH).toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining("|"));
    private static final String L = "(?<![\\p{L}\\p{N}/.-])";
    private static final String R = "(?![\\p{L}\\p{N}/-])";
    private static final Pattern[] DATES = {
        Pattern.compile(L + MONTH + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})" + R,
                Pattern.CASE_INSENSITIVE),
        Pattern.compile(L + "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(?<y>\\d{4})" + R,
                Pattern.CASE_INSENSITIVE),
        Pattern.compile(L + "(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?=$|[^\\p{N}-])"),
        Pattern.compile(L + "(?<d>\\d{1,2})[/.](?<m>\\d{1,2})[/.](?<y>\\d{4})" + R),
    };
    private static final Pattern DATE_WORD = Pattern.compile("(?i)(?:" + WEEKDAY + "|" + MONTH + ")\\.?");
    /** Words a dateline may carry besides the date and a name. */
    private static final Pattern FURNITURE = Pattern.compile("(?iu)\\b(?:(?:first |last |originally )?(?:published|"
            + "posted|updated|modified|dated?|issued)(?: on| at)?|on|at|" + WEEKDAY
            + "|gmt|utc|[a-z]{1,2}t|am|pm|a\\.m\\.|p\\.m\\.)\\b\\.?"
            + "|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b|[+-]\\d{2}:?\\d{2}\\b");
    private static final Pattern UPDATED = Pattern.compile("(?i)\\b(updated|modified)\\b");
    /** Punctuation around a dateline's parts, markdown's heading and emphasis marks included ("# SOHR - 14 April"). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,|·•\\-–—:/()\\[\\]#*_]+");
    /** A byline's words: "By a guest columnist", "by Staff Writer" (prose has verbs and longer runs). */
    private static final Pattern BYLINE = Pattern.compile("(?i)by(?:\\s+[\\p{L}.'’-]+){1,5}");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’&-]*|of|the|and|al|el|de|"
            + "du|la|le|for|on|in|news|&|[\\p{Ll}]{1,3}-\\p{Lu}[\\p{L}'’-]*");
    private static final int MAX_WORDS = 14;
    private static final int MAX_NAME_WORDS = 6;

    private DateLine() {
    }

    /** "sep" in "(?:sep(?:t(?:e(?:m...)?)?)?)": the name's first three letters, then each further letter optional. */
    private static String prefixes(String name) {
        StringBuilder tail = new StringBuilder();
        for (int i = name.length() - 1; i >= 3; i--) {
            tail.insert(0, "(?:" + name.charAt(i)).append(")?");
        }
        return name.substring(0, 3) + tail;
    }

    /** The month whose English name starts with the (abbreviated) word. */
    private static Integer monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w)) {
                return m.getValue();
            }
        }
        return null;
    }

    /** A month or weekday name, full or abbreviated ("Sat", "Sept."). */
    static boolean isDateWord(String word) {
        return DATE_WORD.matcher(word).matches();
    }

    /** The dateline reading of a whole block, if it is one. */
    static Optional<Hit> parse(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 120 || s.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        for (Pattern p : DATES) {
            Matcher m = p.matcher(s);
            if (!m.find()) {
                continue;
            }
            LocalDate date = date(m);
            if (date == null) {
                continue;
            }
            String before = s.substring(0, m.start());
            String after = s.substring(m.end());
            String nameBefore = residue(before);
            String nameAfter = residue(after);
            if (nameBefore == null || nameAfter == null) {
                return Optional.empty();
            }
            String name = !nameBefore.isEmpty() ? nameBefore : nameAfter;
            if (!nameBefore.isEmpty() && !nameAfter.isEmpty()) {
                return Optional.empty();
            }
            int offset = line.indexOf(s);
            return Optional.of(new Hit(date, name.isEmpty() ? null : name, offset + m.start(), offset + m.end(),
                    UPDATED.matcher(s).find()));
        }
        return Optional.empty();
    }

    /** What may open a wire story's first paragraph before its date: a place and a comma ("IDLIB, "), or nothing. */
    private static final Pattern LEAD_PLACE = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}'\u2019 .-]{0,40},\\s*)?");
    /** What follows a lead's date: an outlet in brackets, then the dash or colon that opens the story. */
    private static final Pattern LEAD_OPENER =
            Pattern.compile("\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?(?:--|[-\u2013\u2014:])\\s");
    /** How far into the paragraph a lead's date may start. */
    private static final int LEAD_REACH = 48;

    /**
     * The date of a wire dateline opening a paragraph ("IDLIB, March 3, 2020 \u2014 Six people were killed ...",
     * "DAMASCUS, 3 March 2020 (SANA) -- "): the day the story was filed. Only a date with its year counts; the
     * returned range is the date's, in the paragraph.
     */
    static Optional<Hit> lead(String paragraph) {
        for (int i = 0; i < 2; i++) { // the two spelt-out forms: "March 3, 2020" and "3 March 2020"
            Matcher m = DATES[i].matcher(paragraph);
            if (!m.find() || m.start() > LEAD_REACH || !LEAD_PLACE.matcher(paragraph.substring(0, m.start())).matches()
                    || !LEAD_OPENER.matcher(paragraph.substring(m.end())).lookingAt()) {
                continue;
            }
            LocalDate date = date(m);
            if (date != null) {
                return Optional.of(new Hit(date, null, m.start(), m.end(), false));
            }
        }
        return Optional.empty();
    }

    /** Just the date of a machine-written value ("2015-10-31T08:00:00Z", "October 31, 2015"), if readable. */
    static Optional<LocalDate> parseValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher iso = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})").matcher(v);
        if (iso.find()) {
            return Optional.ofNullable(of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
        }
        for (Pattern p : DATES) {
            Matcher m = p.matcher(v);
            if (m.find()) {
                LocalDate d = date(m);
                if (d != null) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** What is left of a dateline beside its date: "" if only furniture, a name, or null if it is prose. */
    private static String residue(String part) {
        String rest = FURNITURE.matcher(part).replaceAll(" ");
        rest = SEPARATORS.matcher(rest).replaceAll(" ").strip();
        if (rest.isEmpty()) {
            return "";
        }
        if (BYLINE.matcher(rest).matches()) {
            return rest.replaceFirst("(?i)^by\\s+", "");
        }
        String[] words = rest.split(" ");
        if (words.length > MAX_NAME_WORDS) {
            return null;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return null;
            }
        }
        return rest.replaceFirst("(?i)^by\\s+", "");
    }

    private static LocalDate date(Matcher m) {
        int y = Integer.parseInt(m.group("y"));
        int d = Integer.parseInt(m.group("d"));
        String mon = group(m, "mon");
        if (mon != null) {
            return of(y, monthOf(mon), d);
        }
        int mo = Integer.parseInt(m.group("m"));
        if (m.pattern().pattern().contains("[/.]")) {
            LocalDate dayFirst = of(y, mo, d);
            return dayFirst != null ? dayFirst : of(y, d, mo);
        }
        return of(y, mo, d);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate of(int y, int m, int d) {
        if (y < 1900 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
