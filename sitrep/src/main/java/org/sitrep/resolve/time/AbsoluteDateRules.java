package org.sitrep.resolve.time;

import static org.sitrep.resolve.time.Fragments.alt;
import static org.sitrep.resolve.time.Fragments.capitalised;
import static org.sitrep.resolve.time.Fragments.hasGroup;
import static org.sitrep.resolve.time.Fragments.wordAfter;
import static org.sitrep.resolve.time.Fragments.wordBefore;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.sitrep.resolve.time.Parse.Kind;

/**
 * Rules for dates written with calendar fields: ISO and numeric dates, day and month (with or without a year),
 * month and year, bare months, years, decades, spelled-out years and centuries. Part of {@link TimeGrammar}.
 */
final class AbsoluteDateRules {
    private static final int MAX_YEAR = 2099;
    private static final int MIN_YEAR = 1700;
    private final Fragments f;
    private final TimeLexicon lex;

    AbsoluteDateRules(Fragments f) {
        this.f = f;
        this.lex = f.lex();
    }

    /** Adds this construction's rules, in their order of precedence on ties. */
    void addTo(RuleBook book) {
        TimeLexicon lex = f.lex();
        String mon = f.mon();
        String wda = f.wda();
        String year = f.year();
        String day = f.day();
        String mods = f.mods();
        // each match of the next two holds a year, a run of four digits
        book.near(RuleBook.LONG_DIGITS);
        // 2015-10-31
        book.add("(?<![\\d-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d-])", (m, t) -> calendar(m,
                Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")), null));
        // 31/10/2015, 10/31/2015, 31.10.2015
        book.add("(?<![\\d/.])(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?![\\d/])", (m, t) -> List.of(
                Parse.of(m.start(), m.end(), Kind.NUMERIC).ymd(Integer.parseInt(m.group("y")),
                        Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")))));
        java.util.Set<String> monthWords = lex.forms("month").keySet();
        book.near(monthWords);
        // two days of one month: October 24 and 25[, 2015]; 24 and 25 October [2015]; each day is a date
        book.add("(?<mon>" + mon + ")\\s*(?<d1>" + day + ")\\s*(?:and|or|&|-|–|to|through)\\s*(?<d2>" + day
                + ")(?![:.,]\\d)(?:,?\\s*(?<y>" + year + "))?", this::readDayPair);
        book.add("(?<![\\d.,]\\s?)(?<d1>" + day + ")\\s*(?:and|or|&|-|–|to|through)\\s*(?<d2>" + day
                + ")(?:\\s+of)?\\s+(?<mon>" + mon + ")(?:,?\\s+(?<y>" + year + "))?", this::readDayPair);
        // the week of March 6[, 2000]: the week that holds the day
        book.add("\\b(?:the\\s+)?week\\s+of\\s+(?<mon>" + mon + ")\\s*(?<d>" + day + ")(?![:.,]\\d)(?:,?\\s*(?<y>" + year
                + "))?", (m, t) -> {
                    List<Parse> p = readMonthDay(m, t);
                    return p == null ? null : List.of(p.get(0).unit("W"));
                });
        // [Saturday,] October 24[, 2015][ Saturday]
        book.add("(?:(?<wd1>" + wda + "),?\\s+)?(?<mon>" + mon + ")\\s*(?<d>" + day + ")(?![:.,]\\d)(?:,?\\s*(?<y>" + year
                + "))?(?:,?\\s+(?<wd2>" + wda + "))?", this::readMonthDay);
        // [Saturday,] [the] 24[th] [of] October[,] [2015][ Saturday]
        // a number before it ends a figure ("1,5 March", "2. 3 March"); a word and a comma do not ("KAMPALA, 3 March")
        book.add("(?<!\\d[.,]\\s?)(?<![\\d.,])(?:(?<wd1>" + wda + "),?\\s+)?(?:the\\s+)?(?<d>" + day + ")(?:\\s+of)?\\s+(?<mon>" + mon
                + ")(?:,?\\s+(?<y>" + year + "))?(?:,?\\s+(?<wd2>" + wda + "))?", this::readMonthDay);
        // [late] October[,] [of] 2015
        book.add("(?:(?<mod>" + mods + ")[\\s-]+)?(?<mon>" + mon + "),?\\s+(?:of\\s+)?(?<y>" + year + ")",
                this::readMonthDay);
        // in July, last May, early November, July last year, the October vote
        book.add("\\b(?:(?<prep>in|since|by|until|till|of|during|from|through|to|before|after|between|and|for|on|around"
                + "|throughout|or|the|a|an)\\s+)?(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|" + mods
                + "|the\\s+month\\s+of)[\\s-]+)?(?<mon>" + mon + ")(?:,?\\s+(?<yrel>this|last|next)\\s+year\\b)?"
                + "(?![\\s,.]*\\d)(?!\\w)", this::readBareMonth);
        // each match of the next two holds a run of four digits (a year; a decade's 1990)
        book.near(RuleBook.LONG_DIGITS);
        // 2015, late 2015, fiscal 1989
        book.add("(?<![\\d$£€.,:/\\-]|[\\d.,]\\s)(?:(?<mod>" + mods + "|pre|post)[\\s-]+)?(?:(?<fiscal>fiscal|FY)\\s*)?(?<y>" + year
                + ")(?!,\\d|\\.\\d|\\s*(?:percent|per\\s+cent))", this::readYear);
        // the 1990s, the late '80s
        book.add("(?:(?:the\\s+)?(?:early|mid|late)[\\s-]+|the\\s+)?(?<dec>(?:1[6-9]|20)\\d)0'?s\\b", (m, t) ->
                List.of(Parse.of(m.start(), m.end(), Kind.DECADE).n(Integer.parseInt(m.group("dec")))));
        book.near(RuleBook.DIGITS);
        book.add("(?:(?:the\\s+)?(?:early|mid|late)[\\s-]+|the\\s+)?['’](?<d>\\d)0s\\b", (m, t) -> {
            int d = Integer.parseInt(m.group("d"));
            return List.of(Parse.of(m.start(), m.end(), Kind.DECADE).n(d >= 3 ? 190 + d : 200 + d));
        });
        book.near(SpelledYear.TRIGGERS);
        // nineteen ninety-six, January nineteen ninety-seven, the year two thousand
        book.add("\\b(?:(?<mon>" + mon + ")\\s+)?(?<yr>the\\s+year\\s+)?(?<sy>" + SpelledYear.PATTERN + ")\\b(?![\\s-]+(?:"
                + "hundred|thousand|million|percent)\\b)", this::readSpelledYear);
        book.near(lex.forms("decade_word").keySet());
        // the nineties, the late sixties: a decade of the twentieth century
        book.add("\\bthe\\s+(?:(?:early|mid|late)[\\s-]+)?(?:nineteen[\\s-]+)?(?<dw>" + alt(lex.forms("decade_word").keySet())
                + ")\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(), Kind.DECADE).n(Integer.parseInt(
                        lex.forms("decade_word").get(m.group("dw").toLowerCase(Locale.ROOT))) / 10)));
        List<String> centuryWords = lex.forms("century_ordinal").keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w)).toList();
        book.near("century");
        // the 20th century, the early nineteenth century
        book.add("\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<n>[12]?\\d)(?:st|nd|rd|th)|(?<w>"
                + String.join("|", centuryWords).replace("-", "[\\s-]+") + "))[\\s-]+century\\b", this::readCentury);
    }

    // ---- readers: each returns the parses of one match, or null to reject it ----

    private List<Parse> calendar(Matcher m, Integer y, Integer mo, Integer d, Integer wd) {
        if (mo != null && (mo < 1 || mo > 12)) {
            return null;
        }
        if (d != null && (d < 1 || d > 31)) {
            return null;
        }
        return List.of(Parse.of(m.start(), m.end(), Kind.CALENDAR).ymd(y, mo, d).weekday(wd));
    }

    private List<Parse> readMonthDay(Matcher m, String t) {
        if (!capitalised(m, "mon")) {
            return null;
        }
        Integer wd = null;
        int start = m.start();
        int end = m.end();
        for (String g : new String[] {"wd1", "wd2"}) {
            if (!hasGroup(m, g) || m.group(g) == null) {
                continue;
            }
            if (capitalised(m, g)) {
                wd = lex.weekday(m.group(g));
            } else if (g.equals("wd1")) {
                // a lower-case "sun" or "sat" is a word, not a weekday: leave it out of the expression
                start = m.end("wd1");
                while (start < t.length() && !Character.isLetterOrDigit(t.charAt(start))) {
                    start++;
                }
            } else {
                end = m.start("wd2");
                while (end > start && !Character.isLetterOrDigit(t.charAt(end - 1))) {
                    end--;
                }
            }
        }
        Integer day = hasGroup(m, "d") && m.group("d") != null ? Integer.valueOf(m.group("d").replaceAll("\\D", ""))
                : null;
        Integer y = m.group("y") != null ? Integer.valueOf(m.group("y")) : null;
        if (day == null && y == null || day != null && (day < 1 || day > 31)) {
            return null;
        }
        return List.of(new Parse(start, end, Kind.CALENDAR, y, lex.month(m.group("mon")), day, wd, null, 0, null,
                day != null && closesPeriod(t, start) ? CLOSING_DAY : null, false, false));
    }

    /**
     * "October 24 and 25, 2015", "24-25 October": two dates of one month, each with its own words (the month and
     * year written once belong to both). A second number that counts something ("and 25 people") is no day.
     */
    private List<Parse> readDayPair(Matcher m, String t) {
        if (!capitalised(m, "mon") || lex.isCountNoun(wordAfter(t, m.end("d2")))) {
            return null;
        }
        int d1 = Integer.parseInt(m.group("d1").replaceAll("\\D", ""));
        int d2 = Integer.parseInt(m.group("d2").replaceAll("\\D", ""));
        if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || d2 <= d1) {
            return null;
        }
        Integer y = m.group("y") != null ? Integer.valueOf(m.group("y")) : null;
        int mon = lex.month(m.group("mon"));
        boolean monthFirst = m.start("mon") < m.start("d1");
        // the first day takes the month when the month leads; the second takes what follows it
        return List.of(new Parse(monthFirst ? m.start() : m.start("d1"), m.end("d1"), Kind.CALENDAR, y, mon, d1, null,
                null, 0, null, null, false, false), new Parse(m.start("d2"), m.end(), Kind.CALENDAR, y, mon, d2, null,
                null, 0, null, null, false, false));
    }

    /**
     * Marks the day that closes a quarter named just before it ("the quarter ended Sept. 30"), which dates the
     * quarter in focus. Other stretches ("the six months ended Aug. 12") are durations that set no focus, so their
     * closing day does.
     */
    static final String CLOSING_DAY = "closing";

    private boolean closesPeriod(String t, int start) {
        String verb = wordBefore(t, start).toLowerCase(Locale.ROOT);
        if (!verb.equals("ended") && !verb.equals("ending")) {
            return false;
        }
        int s = start;
        while (s > 0 && t.charAt(s - 1) == ' ') {
            s--;
        }
        return lex.listed("period_noun", wordBefore(t, s - verb.length()).toLowerCase(Locale.ROOT));
    }

    private List<Parse> readBareMonth(Matcher m, String t) {
        if (!capitalised(m, "mon")) {
            return null;
        }
        String rel = m.group("rel");
        if (m.group("prep") == null && rel == null && m.group("yrel") == null) {
            return null;
        }
        String monWord = m.group("mon").replace(".", "");
        // an abbreviation followed by a capitalised word is a name ("by Jan Smith"), not a month
        int after = m.end();
        while (after < t.length() && t.charAt(after) == ' ') {
            after++;
        }
        if (!m.group("mon").endsWith(".") && Fragments.isAbbreviation(lex, monWord) && after < t.length() && after > m.end()
                && Character.isUpperCase(t.charAt(after))) {
            return null;
        }
        String prep = m.group("prep") == null ? "" : m.group("prep").toLowerCase(Locale.ROOT);
        if (rel == null && (prep.equals("the") || prep.equals("a") || prep.equals("an"))) {
            // "the October vote", "a June agreement": a month used as an adjective before a common noun; "the March
            // of Dimes", "a May Day rally" are names, not months
            String next = wordAfter(t, m.end());
            if (after >= t.length() || !Character.isLowerCase(t.charAt(after)) || next.isEmpty()
                    || lex.listed("not_after_attributive_month", next)) {
                return null;
            }
        }
        boolean determiner = prep.equals("the") || prep.equals("a") || prep.equals("an");
        // a determiner before a modifier belongs to the expression ("the beginning of October", "an early May vote")
        int start = rel != null ? (determiner && !rel.toLowerCase(Locale.ROOT).startsWith("the")
                ? m.start("prep") : m.start("rel")) : m.start("mon");
        int offset = 0;
        if (rel != null) {
            String r = rel.toLowerCase(Locale.ROOT);
            offset = r.startsWith("last") || r.equals("this past") ? -1 : r.startsWith("next")
                    || r.equals("this coming") ? 1 : 0;
        }
        // "this September": the month of the current year, whichever side of the document date it falls
        boolean thisYear = rel != null && rel.trim().equalsIgnoreCase("this");
        Parse p = Parse.of(start, m.end(), Kind.CALENDAR).ymd(null, lex.month(m.group("mon")), null).offset(offset)
                .extra(thisYear ? "this" : null);
        if (m.group("yrel") != null) {
            // "July last year", "in April next year": the year given relative to the document date
            String yr = m.group("yrel").toLowerCase(Locale.ROOT);
            p = p.unit("Y").n(yr.equals("last") ? -1 : yr.equals("next") ? 1 : 0);
        }
        return List.of(p);
    }

    private List<Parse> readYear(Matcher m, String t) {
        int y = Integer.parseInt(m.group("y"));
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return null;
        }
        boolean modified = m.group("mod") != null || m.group("fiscal") != null;
        if (!modified) {
            String before = wordBefore(t, m.start("y"));
            if (lex.listed("not_before_year", before.toLowerCase(Locale.ROOT))) {
                return null;
            }
            String next = wordAfter(t, m.end());
            if (lex.isCountNoun(next)) {
                return null;
            }
            // "2000 to 3000 people", "2015 of them": a number in a count
            if (next.equals("of") && wordAfter(t, m.end() + 3).matches("(?i)them|the|whom|which|those")) {
                return null;
            }
        }
        return List.of(Parse.of(m.start(), m.end(), Kind.CALENDAR).ymd(y, null, null));
    }

    private List<Parse> readSpelledYear(Matcher m, String t) {
        Integer y = SpelledYear.value(m.group("sy"));
        if (y == null || y < MIN_YEAR || y > MAX_YEAR) {
            return null;
        }
        boolean thousand = m.group("sy").toLowerCase(Locale.ROOT).startsWith("two");
        String before = wordBefore(t, m.start()).toLowerCase(Locale.ROOT);
        // "two thousand" is a count unless "the year" or a time preposition introduces it
        if (thousand && m.group("yr") == null && !lex.listed("spelled_year_preposition", before)) {
            return null;
        }
        if (lex.isCountNoun(wordAfter(t, m.end()))) {
            return null;
        }
        Integer month = null;
        int start = m.start();
        if (m.group("mon") != null) {
            if (capitalised(m, "mon")) {
                month = lex.month(m.group("mon"));
            } else {
                start = m.start("yr") >= 0 ? m.start("yr") : m.start("sy");
            }
        }
        return List.of(Parse.of(start, m.end(), Kind.CALENDAR).ymd(y, month, null));
    }

    private List<Parse> readCentury(Matcher m, String t) {
        int ordinal = m.group("n") != null ? Integer.parseInt(m.group("n"))
                : Integer.parseInt(lex.forms("century_ordinal").get(m.group("w").toLowerCase(Locale.ROOT)
                        .replaceAll("[\\s-]+", "-")));
        if (ordinal < 1 || ordinal > 21) {
            return null;
        }
        return List.of(Parse.of(m.start(), m.end(), Kind.CENTURY).n(ordinal - 1));
    }

}
