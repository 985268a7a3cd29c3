package org.sitrep.resolve.time;

import static org.sitrep.resolve.time.Fragments.alt;
import static org.sitrep.resolve.time.Fragments.capitalised;
import static org.sitrep.resolve.time.Fragments.wordAfter;
import static org.sitrep.resolve.time.Fragments.wordBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.resolve.time.Parse.Kind;

/**
 * Rules for expressions read against the document date or the narrative focus: holidays, weekdays, "today",
 * "now", "last week", "the day before", "two weeks ago", "on the 25th". Part of {@link TimeGrammar}.
 */
final class RelativeRules {
    private final Fragments f;
    private final TimeLexicon lex;
    private final Holidays holidays = Holidays.standard();

    RelativeRules(Fragments f) {
        this.f = f;
        this.lex = f.lex();
    }

    /** Adds this construction's rules, in their order of precedence on ties. */
    void addTo(RuleBook book) {
        TimeLexicon lex = f.lex();
        String wdf = f.wdf();
        String year = f.year();
        String day = f.day();
        String num = f.num();
        String units = f.units();
        String pod = f.pod();
        book.near(holidays.forms().stream().map(f -> f.split("[\\s-]")[0].replace("'s", "")).collect(Collectors.toSet()));
        // Christmas, last Thanksgiving, Eid al-Adha 2015
        book.add("\\b(?:(?<rel>last|next|this)\\s+)?(?<h>" + alt(holidays.forms()).replace("'", "\\E['’]\\Q") + ")\\b(?:,?\\s+(?<y>"
                + year + "))?", this::readHoliday);
        book.near(lex.forms("weekday").keySet());
        // on Tuesday, last Sunday, Friday night
        book.add("\\b(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|past|coming|on|early|late|the\\s+previous"
                + "|the\\s+preceding|the\\s+following)\\s+)?(?<wd>" + wdf
                + ")(?:\\s+(?<pod>" + pod + "))?", this::readWeekday);
        book.near("today", "tonight", "yesterday", "tomorrow");
        // today, yesterday, earlier today, last night, this morning
        book.add("\\b(?:(?<mod>earlier|later|late|early)\\s+)?(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after"
                + "\\s+tomorrow|today|tonight|yesterday|tomorrow)(?:\\s+(?<pod>" + pod + "))?", this::readDayRel);
        book.near(lex.forms("partofday").keySet());
        book.add("\\b(?:(?<mod>earlier|later)\\s+)?(?<w>this|last)\\s+(?<pod>" + pod + ")", this::readDayRel);
        book.near("now", "currently", "nowadays", "days", "present", "moment", "recently", "lately", "recent", "past",
                "future", "current", "coming", "term", "later");
        // now, recently, in recent days, the future
        book.add("\\b(?<w>now|currently|nowadays|these\\s+days|at\\s+present|at\\s+the\\s+moment|recently|lately"
                + "|(?:more\\s+)?recent\\s+(?:days|weeks|months|years)(?:\\s+and\\s+(?:days|weeks|months|years))?"
                + "|the\\s+past(?!\\s+(?:" + num + "|" + units + "))|the\\s+(?:near\\s+)?future"
                // TimeML's FUTURE_REF: an unbounded stretch ahead ("in the coming months", "over the near term")
                + "|(?:the\\s+)?coming\\s+(?:days|weeks|months|years|quarters)|the\\s+(?:near|short)\\s+term"
                + "|a\\s+later\\s+date"
                + "|(?<!the\\s)current(?!\\s+(?:day|week|weekend|month|year|quarter|decade|century)\\b)"
                + "|(?<!the\\s)recent(?!\\s+(?:days|weeks|months|years)\\b))\\b", this::readRef);
        book.near("year");
        // the year-ago quarter, the year-earlier period: the period in focus, one year back
        book.add("\\b(?:the\\s+)?(?:comparable\\s+)?year[\\s-](?:ago|earlier)(?:\\s+(?:quarter|period))?\\b",
                (m, t) -> List.of(Parse.of(m.start(), m.end(), Kind.SHIFT).n(1).unit("Y").offset(-1)
                        .extra(m.group().toLowerCase(Locale.ROOT).contains("quarter") ? "quarter" : "period")));
        // the same period last year, last year's quarter, the quarter a year ago: likewise
        book.add("\\b(?:the\\s+)?(?:corresponding|comparable|same)\\s+(?<u1>period|quarter)\\s+(?:of\\s+)?(?:last\\s+year"
                + "|a\\s+year\\s+(?:ago|earlier))\\b|\\blast\\s+year's\\s+(?<u2>quarter|period)\\b|\\bthe\\s+(?<u3>quarter|period)"
                + "\\s+a\\s+year\\s+(?:ago|earlier)\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(), Kind.SHIFT).n(1)
                        .unit("Y").offset(-1).extra(m.group().toLowerCase(Locale.ROOT).contains("quarter") ? "quarter"
                                : "period")));
        book.near("day", "week", "weekend", "month", "year", "quarter", "decade", "century", "fortnight");
        // this week, last month, earlier this year, the end of the year, that day, the following week
        book.add("\\b(?:(?<mod>earlier|later|early|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of"
                + "|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of)(?:\\s+in)?\\s+)?(?<rel>this|last|next"
                + "|the\\s+current|the\\s+past|the\\s+last|the\\s+latest|the\\s+most\\s+recent|the\\s+coming|the\\s+next"
                + "|past|this\\s+past|the\\s+previous|the\\s+preceding|the\\s+following|that|the\\s+same|the)\\s+"
                + "(?:(?<adj>full|fiscal|calendar|current\\s+fiscal)\\s+(?=year\\b))?(?<unit>day|week|weekend|month|year|quarter|decade|century|fortnight)\\b", this::readUnitRel);
        book.add("\\byear(?:[\\s-]|['’]s\\s+)end\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(), Kind.UNIT_REL).unit("Y")));
        book.near("period", "quarter");
        // results reporting: "the latest period", "the 1988 period", "the 1988 quarter" name the reporting period
        // in focus (in the year written)
        book.add("\\b(?:the|that|this)\\s+(?:(?:latest|current|most\\s+recent)\\s+|(?<y>" + year + ")\\s+)?period\\b"
                + "|\\bthe\\s+(?<y2>" + year + ")\\s+quarter\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(),
                        Kind.ANAPHOR).unit("Q").offset(0).extra(m.group("y2") != null ? "quarter" : "period")
                        .ymd(m.group("y") != null ? Integer.valueOf(m.group("y")) : m.group("y2") != null
                                ? Integer.valueOf(m.group("y2")) : null, null, null)));
        book.near("day", "week", "weekend", "month", "year", "quarter", "decade", "century", "fortnight");
        book.add("\\bthe\\s+day\\s+(?<dir>before|after)\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(), Kind.ANAPHOR)
                .unit("D").offset(m.group("dir").equalsIgnoreCase("before") ? -1 : 1)));
        book.near("ago", "now", "hence", "earlier", "later", "before", "after");
        // two weeks ago, a year earlier, three days later
        book.add("\\b(?:(?<approx>about|nearly|almost|more\\s+than|some|around|roughly|just)\\s+)?(?<n>" + num
                + ")[\\s-]+(?<unit>" + units + ")(?:\\s+or\\s+so)?\\s+(?<dir>ago|from\\s+now|hence|earlier|later|before"
                + "|after)\\b",
                this::readAgo);
        book.near(RuleBook.DIGITS);
        // on the 25th, the 26th and 27th
        book.add("\\bthe\\s+[1-3]?\\d(?:st|nd|rd|th)\\b(?:\\s*(?:,|and|or|&|to|-|through)\\s*(?:the\\s+)?[1-3]?\\d"
                + "(?:st|nd|rd|th)\\b)*", this::readOrdinalDays);
    }

    private List<Parse> readHoliday(Matcher m, String t) {
        if (!capitalised(m, "h")) {
            return null;
        }
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        int off = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
        Integer y = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
        return List.of(Parse.of(m.start(), m.end(), Kind.HOLIDAY).extra(holidays.key(m.group("h"))).ymd(y, null, null)
                .offset(off));
    }


    private List<Parse> readWeekday(Matcher m, String t) {
        if (!capitalised(m, "wd")) {
            return null;
        }
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int start = rel.isEmpty() || rel.equals("on") ? m.start("wd") : m.start();
        int offset = switch (rel) {
            case "last", "past", "this past" -> -1;
            case "next", "coming", "this coming" -> 1;
            // counted from the day in focus, not from the document date
            case "the previous", "the preceding" -> -2;
            case "the following" -> 2;
            default -> 0;
        };
        String pod = m.group("pod") == null ? null : lex.partOfDay(m.group("pod"));
        return List.of(Parse.of(start, m.end(), Kind.WEEKDAY).weekday(lex.weekday(m.group("wd"))).offset(offset)
                .extra(pod));
    }

    private List<Parse> readDayRel(Matcher m, String t) {
        String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int off = switch (w) {
            case "yesterday", "last" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        String pod = m.group("pod") == null ? null : lex.partOfDay(m.group("pod"));
        if (w.equals("tonight")) {
            pod = "NI";
        }
        if (w.equals("today") && isGenericToday(t, m.end())) {
            return null;
        }
        return List.of(Parse.of(m.start(), m.end(), Kind.DAY_REL).n(off).extra(pod));
    }

    /** "today's youth", "today's personal computers": "today" standing for the present age before a generic noun. */
    private boolean isGenericToday(String t, int end) {
        if (end + 2 > t.length() || !(t.startsWith("'s", end) || t.startsWith("’s", end))) {
            return false;
        }
        AsciiWords w = new AsciiWords(t, end + 2, Math.min(t.length(), end + 40));
        // the noun may follow an adjective ("today's personal computers"); "today's talks on world trade" is specific
        for (int i = 0; i < 2 && w.next(); i++) {
            if (lex.forms("generic_noun").containsKey(w.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private List<Parse> readRef(Matcher m, String t) {
        String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String ref;
        String window = null;
        if (w.contains("recent")) {
            ref = "PAST_REF";
            window = w.contains("days") ? "D" : w.contains("weeks") ? "W" : null;
        } else if (w.equals("lately") || w.equals("the past")) {
            ref = "PAST_REF";
        } else if (w.equals("recent")) {
            ref = "PAST_REF";
        } else if (w.contains("future") || w.contains("coming") || w.endsWith("term") || w.endsWith("date")) {
            ref = "FUTURE_REF";
        } else {
            ref = "PRESENT_REF";
        }
        if (w.equals("now") && m.end() < t.length() && t.charAt(m.end()) == '-') {
            return null;
        }
        return List.of(Parse.of(m.start(), m.end(), Kind.REF).extra(ref).unit(window));
    }

    private List<Parse> readUnitRel(Matcher m, String t) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
        String unit = unitWord.equals("weekend") ? "WE" : lex.unit(unitWord);
        String mod = m.group("mod");
        int start = m.start();
        return switch (rel) {
            // "this" may point back at the period just named; "the current" is the one under way
            case "this", "the current" -> unitWord.equals("day") ? null
                    : List.of(Parse.of(start, m.end(), Kind.UNIT_REL).unit(unit).offset(0)
                            .extra(sidedMod(mod) != null ? sidedMod(mod) : rel.equals("this") ? "this" : null));
            case "last", "this past", "the last", "the latest", "the most recent" -> unitWord.equals("day") ? null
                    : List.of(Parse.of(start, m.end(), Kind.UNIT_REL).unit(unit).offset(-1));
            case "next" -> unitWord.equals("day") ? null
                    : List.of(Parse.of(start, m.end(), Kind.UNIT_REL).unit(unit).offset(1));
            case "the past", "past" -> unitWord.equals("weekend")
                    ? List.of(Parse.of(start, m.end(), Kind.UNIT_REL).unit(unit).offset(-1))
                    : List.of(Parse.of(start, m.end(), Kind.DURATION).unit(unit).n(1).offset(-1));
            case "the coming" -> List.of(Parse.of(start, m.end(), Kind.DURATION).unit(unit).n(1).offset(1));
            case "the next", "the following" -> List.of(Parse.of(start, m.end(), Kind.ANAPHOR).unit(unit).offset(1));
            case "the previous", "the preceding" -> List.of(Parse.of(start, m.end(), Kind.ANAPHOR).unit(unit)
                    .offset(-1));
            case "that", "the same" -> List.of(Parse.of(start, m.end(), Kind.ANAPHOR).unit(unit).offset(0));
            // "the quarter" in results reporting: the quarter in focus
            // "the year" alone ("sales for the year", "the full year") is in news the current year
            // "the year ended March 31" is a twelve-month stretch named by its end: a duration
            // "later in the day": the day in focus
            case "the" -> mod != null && unitWord.equals("day") && mod.toLowerCase(Locale.ROOT).matches("earlier|later")
                    && m.group().toLowerCase(Locale.ROOT).matches("\\S+\\s+in\\s.*")
                    ? List.of(Parse.of(start, m.end(), Kind.ANAPHOR).unit(unit).offset(0))
                    : mod == null && unitWord.equals("year") && wordAfter(t, m.end()).matches("ended|ending")
                    ? List.of(Parse.of(start, m.end(), Kind.DURATION).unit(unit).n(1))
                    : mod == null && unitWord.equals("year")
                    ? List.of(Parse.of(start, m.end(), Kind.UNIT_REL).unit(unit).offset(0))
                    : mod == null && unitWord.equals("quarter")
                    ? List.of(quarterEnded(Parse.of(start, m.end(), Kind.ANAPHOR).unit(unit).offset(0), t, m.end()))
                    : mod == null || unitWord.equals("day") || unitWord.equals("weekend") && mod == null ? (
                    unitWord.equals("weekend") ? List.of(Parse.of(start, m.end(), Kind.UNIT_REL).unit(unit)
                            .offset(0)) : null)
                    : List.of(Parse.of(start, m.end(), Kind.ANAPHOR).unit(unit).offset(0));
            default -> null;
        };
    }

    /** "earlier" or "later" (lower case) when the modifier puts the current period on one side of now, else null. */
    private static String sidedMod(String mod) {
        if (mod == null) {
            return null;
        }
        String m = mod.toLowerCase(Locale.ROOT);
        return m.equals("earlier") || m.equals("later") ? m : null;
    }

    private static final Pattern ENDED = Pattern.compile("\\s+(?:ended|ending)\\s+(?<mon>[A-Z][a-z]+)\\.?\\s*(?<d>[0-3]?\\d)\\b");

    /**
     * "the quarter ended Sept. 30": the quarter is the one its closing day names, so the parse takes that day's
     * month and day (the words after "ended" stay a date of their own).
     */
    private Parse quarterEnded(Parse p, String t, int end) {
        Matcher e = ENDED.matcher(t).region(end, Math.min(t.length(), end + 30));
        if (!e.lookingAt()) {
            return p;
        }
        Integer mon = lex.month(e.group("mon"));
        int d = Integer.parseInt(e.group("d"));
        return mon == null || d < 1 || d > 31 ? p : p.ymd(null, mon, d);
    }

    private List<Parse> readAgo(Matcher m, String t) {
        Integer n = f.count(m.group("n"));
        String unit = lex.unit(m.group("unit"));
        if (unit.equals("H") || unit.equals("MIN")) {
            return null;
        }
        String dir = m.group("dir").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n == null) {
            // "several years ago", "a few weeks from now": some time back (ahead), no calendar value
            return switch (dir) {
                case "ago" -> List.of(Parse.of(m.start(), m.end(), Kind.REF).extra("PAST_REF"));
                case "from now", "hence" -> List.of(Parse.of(m.start(), m.end(), Kind.REF).extra("FUTURE_REF"));
                default -> null;
            };
        }
        return switch (dir) {
            case "ago" -> List.of(Parse.of(m.start(), m.end(), Kind.AGO).n(n).unit(unit).offset(-1));
            case "from now", "hence" -> List.of(Parse.of(m.start(), m.end(), Kind.AGO).n(n).unit(unit).offset(1));
            case "earlier" -> List.of(Parse.of(m.start(), m.end(), Kind.SHIFT).n(n).unit(unit).offset(-1));
            case "later" -> List.of(Parse.of(m.start(), m.end(), Kind.SHIFT).n(n).unit(unit).offset(1));
            // "two days before the attack": anchored to an event we do not know here; keep it a duration
            default -> null;
        };
    }

    private static final Pattern ORDINAL = Pattern.compile("([1-3]?\\d)(?:st|nd|rd|th)");

    private List<Parse> readOrdinalDays(Matcher m, String t) {
        String next = wordAfter(t, m.end());
        int after = m.end();
        while (after < t.length() && t.charAt(after) == ' ') {
            after++;
        }
        boolean punct = after >= t.length() || ",.;:)!?\n—–".indexOf(t.charAt(after)) >= 0;
        boolean capitalNext = after < t.length() && Character.isUpperCase(t.charAt(after));
        // "the 25th" is a day after "on"/"since" or before a pause; "the 17th Division", "the 25th anniversary"
        // are not: a capitalised or listed noun after the ordinal rules it out
        boolean dayByPreposition = lex.listed("before_ordinal_day", wordBefore(t, m.start()).toLowerCase(Locale.ROOT))
                && !capitalNext && !lex.forms("ordinal_noun").containsKey(next);
        if (!punct && !next.isEmpty() && !lex.listed("after_ordinal_day", next) && !dayByPreposition) {
            return null;
        }
        if (next.equals("of")) {
            String w2 = wordAfter(t, after + 2);
            if (!w2.matches("(?i)this|that|the|last|next|the")) {
                return null;
            }
        }
        List<Parse> out = new ArrayList<>();
        Matcher o = ORDINAL.matcher(t).region(m.start(), m.end());
        boolean first = true;
        while (o.find()) {
            int d = Integer.parseInt(o.group(1));
            if (d < 1 || d > 31) {
                return null;
            }
            int s = first ? m.start() : o.start();
            if (!first && s >= 4 && t.regionMatches(true, s - 4, "the ", 0, 4)) {
                s -= 4;
            }
            out.add(Parse.of(s, o.end(), Kind.ORDINAL_DAY).ymd(null, null, d));
            first = false;
        }
        return out;
    }

}
