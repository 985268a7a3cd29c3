package org.sitrep.resolve.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.resolve.time.Parse.Kind;

/**
 * Finds time expressions in text and reads their calendar fields, without anchoring them. Patterns are built
 * once from the lexicon; matching keeps, of overlapping candidates, the longest (earlier rule on ties).
 * Immutable and thread-safe.
 */
final class TimeGrammar {
    private static final int MAX_YEAR = 2099;
    private static final int MIN_YEAR = 1700;

    private final TimeLexicon lex;
    private final Holidays holidays = Holidays.standard();
    private final List<Rule> rules = new ArrayList<>();
    private final Pattern futureCue;

    /**
     * A pattern, what reads its matches, and the words (or {@link #DIGITS}) one of which every match contains:
     * a rule only runs near its trigger words, which keeps tagging fast on long texts.
     */
    private record Rule(Pattern pattern, BiFunction<Matcher, String, List<Parse>> reader, Set<String> triggers) {
    }

    private static final String DIGITS = "#digits";
    /** How far a match may reach either side of its trigger word. */
    private static final int REACH = 45;
    private final java.util.Map<String, int[]> rulesByTrigger = new java.util.HashMap<>();

    TimeGrammar(TimeLexicon lex) {
        this.lex = lex;
        // only an abbreviation takes a full stop, so "in July." leaves the sentence's stop outside
        String mon = "(?:" + alt(lex.forms("month").keySet().stream().filter(this::isAbbreviation).toList())
                + ")\\b\\.?|(?:" + alt(lex.forms("month").keySet().stream().filter(w -> !isAbbreviation(w)).toList())
                + ")\\b";
        mon = "(?:" + mon + ")";
        Set<String> wdFull = lex.forms("weekday").keySet().stream().filter(w -> w.endsWith("day"))
                .collect(Collectors.toSet());
        String wdf = "(?:" + alt(wdFull) + ")\\b";
        String wda = "(?:" + alt(lex.forms("weekday").keySet()) + ")\\b\\.?";
        String year = "(?:1[7-9]\\d\\d|20\\d\\d)(?![\\d%])";
        String day = "[0-3]?\\d(?:st|nd|rd|th)?\\b";
        String num = "(?:\\d{1,4}|" + alt(lex.forms("number").keySet()) + ")";
        String units = "(?:" + alt(lex.forms("unit").keySet()) + ")\\b";
        String pod = "(?:morning|afternoon|evening|night|overnight)\\b";
        String mods = "(?:the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of|the\\s+start\\s+of|start\\s+of"
                + "|the\\s+middle\\s+of|middle\\s+of|early|mid|late)";

        near(DIGITS);
        // 2015-10-31
        add("(?<![\\d-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d-])", (m, t) -> calendar(m,
                Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")), null));
        // 31/10/2015, 10/31/2015, 31.10.2015
        add("(?<![\\d/.])(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?![\\d/])", (m, t) -> List.of(
                Parse.of(m.start(), m.end(), Kind.NUMERIC).ymd(Integer.parseInt(m.group("y")),
                        Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")))));
        java.util.Set<String> monthWords = lex.forms("month").keySet();
        near(monthWords);
        // two days of one month: October 24 and 25[, 2015]; 24 and 25 October [2015]; each day is a date
        add("(?<mon>" + mon + ")\\s*(?<d1>" + day + ")\\s*(?:and|or|&|-|–|to|through)\\s*(?<d2>" + day
                + ")(?![:.,]\\d)(?:,?\\s*(?<y>" + year + "))?", this::readDayPair);
        add("(?<![\\d.,]\\s?)(?<d1>" + day + ")\\s*(?:and|or|&|-|–|to|through)\\s*(?<d2>" + day
                + ")(?:\\s+of)?\\s+(?<mon>" + mon + ")(?:,?\\s+(?<y>" + year + "))?", this::readDayPair);
        // the week of March 6[, 2000]: the week that holds the day
        add("\\b(?:the\\s+)?week\\s+of\\s+(?<mon>" + mon + ")\\s*(?<d>" + day + ")(?![:.,]\\d)(?:,?\\s*(?<y>" + year
                + "))?", (m, t) -> {
                    List<Parse> p = readMonthDay(m, t);
                    return p == null ? null : List.of(p.get(0).unit("W"));
                });
        // [Saturday,] October 24[, 2015][ Saturday]
        add("(?:(?<wd1>" + wda + "),?\\s+)?(?<mon>" + mon + ")\\s*(?<d>" + day + ")(?![:.,]\\d)(?:,?\\s*(?<y>" + year
                + "))?(?:,?\\s+(?<wd2>" + wda + "))?", this::readMonthDay);
        // [Saturday,] [the] 24[th] [of] October[,] [2015][ Saturday]
        add("(?<![\\d.,]\\s?)(?:(?<wd1>" + wda + "),?\\s+)?(?:the\\s+)?(?<d>" + day + ")(?:\\s+of)?\\s+(?<mon>" + mon
                + ")(?:,?\\s+(?<y>" + year + "))?(?:,?\\s+(?<wd2>" + wda + "))?", this::readMonthDay);
        // [late] October[,] [of] 2015
        add("(?:(?<mod>" + mods + ")[\\s-]+)?(?<mon>" + mon + "),?\\s+(?:of\\s+)?(?<y>" + year + ")",
                this::readMonthDay);
        // in July, last May, early November, July last year, the October vote
        add("\\b(?:(?<prep>in|since|by|until|till|of|during|from|through|to|before|after|between|and|for|on|around"
                + "|throughout|or|the|a|an)\\s+)?(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|" + mods
                + "|the\\s+month\\s+of)[\\s-]+)?(?<mon>" + mon + ")(?:,?\\s+(?<yrel>this|last|next)\\s+year\\b)?"
                + "(?![\\s,.]*\\d)(?!\\w)", this::readBareMonth);
        near(DIGITS);
        // 2015, late 2015, fiscal 1989
        add("(?<![\\d$£€.,:/\\-]|[\\d.,]\\s)(?:(?<mod>" + mods + "|pre|post)[\\s-]+)?(?:(?<fiscal>fiscal|FY)\\s*)?(?<y>" + year
                + ")(?!,\\d|\\.\\d|\\s*(?:percent|per\\s+cent))", this::readYear);
        // the 1990s, the late '80s
        add("(?:(?:the\\s+)?(?:early|mid|late)[\\s-]+|the\\s+)?(?<dec>(?:1[6-9]|20)\\d)0'?s\\b", (m, t) ->
                List.of(Parse.of(m.start(), m.end(), Kind.DECADE).n(Integer.parseInt(m.group("dec")))));
        add("(?:(?:the\\s+)?(?:early|mid|late)[\\s-]+|the\\s+)?['’](?<d>\\d)0s\\b", (m, t) -> {
            int d = Integer.parseInt(m.group("d"));
            return List.of(Parse.of(m.start(), m.end(), Kind.DECADE).n(d >= 3 ? 190 + d : 200 + d));
        });
        near(SpelledYear.TRIGGERS);
        // nineteen ninety-six, January nineteen ninety-seven, the year two thousand
        add("\\b(?:(?<mon>" + mon + ")\\s+)?(?<yr>the\\s+year\\s+)?(?<sy>" + SpelledYear.PATTERN + ")\\b(?![\\s-]+(?:"
                + "hundred|thousand|million|percent)\\b)", this::readSpelledYear);
        near("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");
        // the nineties, the late sixties: a decade of the twentieth century
        add("\\bthe\\s+(?:(?:early|mid|late)[\\s-]+)?(?:nineteen[\\s-]+)?(?<dw>twenties|thirties|forties|fifties"
                + "|sixties|seventies|eighties|nineties)\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(),
                        Kind.DECADE).n(190 + DECADE_WORDS.indexOf(m.group("dw").toLowerCase(Locale.ROOT)) + 2)));
        near("century");
        // the 20th century, the early nineteenth century
        add("\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<n>[12]?\\d)(?:st|nd|rd|th)|(?<w>" + String.join("|", CENTURY_ORDINALS.keySet())
                .replace("-", "[\\s-]+") + "))[\\s-]+century\\b", this::readCentury);
        near(holidays.forms().stream().map(f -> f.split("[\\s-]")[0].replace("'s", "")).collect(Collectors.toSet()));
        // Christmas, last Thanksgiving, Eid al-Adha 2015
        add("\\b(?:(?<rel>last|next|this)\\s+)?(?<h>" + alt(holidays.forms()).replace("'", "\\E['’]\\Q") + ")\\b(?:,?\\s+(?<y>"
                + year + "))?", this::readHoliday);
        near(lex.forms("weekday").keySet());
        // on Tuesday, last Sunday, Friday night
        add("\\b(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|past|coming|on|early|late|the\\s+previous"
                + "|the\\s+preceding|the\\s+following)\\s+)?(?<wd>" + wdf
                + ")(?:\\s+(?<pod>" + pod + "))?", this::readWeekday);
        near("today", "tonight", "yesterday", "tomorrow");
        // today, yesterday, earlier today, last night, this morning
        add("\\b(?:(?<mod>earlier|later|late|early)\\s+)?(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after"
                + "\\s+tomorrow|today|tonight|yesterday|tomorrow)(?:\\s+(?<pod>" + pod + "))?", this::readDayRel);
        near(lex.forms("partofday").keySet());
        add("\\b(?:(?<mod>earlier|later)\\s+)?(?<w>this|last)\\s+(?<pod>" + pod + ")", this::readDayRel);
        near("now", "currently", "nowadays", "days", "present", "moment", "recently", "lately", "recent", "past",
                "future", "current", "coming", "term", "later");
        // now, recently, in recent days, the future
        add("\\b(?<w>now|currently|nowadays|these\\s+days|at\\s+present|at\\s+the\\s+moment|recently|lately"
                + "|(?:more\\s+)?recent\\s+(?:days|weeks|months|years)(?:\\s+and\\s+(?:days|weeks|months|years))?"
                + "|the\\s+past(?!\\s+(?:" + num + "|" + units + "))|the\\s+(?:near\\s+)?future"
                // TimeML's FUTURE_REF: an unbounded stretch ahead ("in the coming months", "over the near term")
                + "|(?:the\\s+)?coming\\s+(?:days|weeks|months|years|quarters)|the\\s+(?:near|short)\\s+term"
                + "|a\\s+later\\s+date"
                + "|(?<!the\\s)current(?!\\s+(?:day|week|weekend|month|year|quarter|decade|century)\\b)"
                + "|(?<!the\\s)recent(?!\\s+(?:days|weeks|months|years)\\b))\\b", this::readRef);
        near("year");
        // the year-ago quarter, the year-earlier period: the period in focus, one year back
        add("\\b(?:the\\s+)?(?:comparable\\s+)?year[\\s-](?:ago|earlier)(?:\\s+(?:quarter|period))?\\b",
                (m, t) -> List.of(Parse.of(m.start(), m.end(), Kind.SHIFT).n(1).unit("Y").offset(-1)
                        .extra(m.group().toLowerCase(Locale.ROOT).contains("quarter") ? "quarter" : "period")));
        // the same period last year, last year's quarter, the quarter a year ago: likewise
        add("\\b(?:the\\s+)?(?:corresponding|comparable|same)\\s+(?<u1>period|quarter)\\s+(?:of\\s+)?(?:last\\s+year"
                + "|a\\s+year\\s+(?:ago|earlier))\\b|\\blast\\s+year's\\s+(?<u2>quarter|period)\\b|\\bthe\\s+(?<u3>quarter|period)"
                + "\\s+a\\s+year\\s+(?:ago|earlier)\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(), Kind.SHIFT).n(1)
                        .unit("Y").offset(-1).extra(m.group().toLowerCase(Locale.ROOT).contains("quarter") ? "quarter"
                                : "period")));
        near("day", "week", "weekend", "month", "year", "quarter", "decade", "century", "fortnight");
        // this week, last month, earlier this year, the end of the year, that day, the following week
        add("\\b(?:(?<mod>earlier|later|early|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of"
                + "|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of)(?:\\s+in)?\\s+)?(?<rel>this|last|next"
                + "|the\\s+current|the\\s+past|the\\s+last|the\\s+latest|the\\s+most\\s+recent|the\\s+coming|the\\s+next"
                + "|past|this\\s+past|the\\s+previous|the\\s+preceding|the\\s+following|that|the\\s+same|the)\\s+"
                + "(?:(?<adj>full|fiscal|calendar|current\\s+fiscal)\\s+(?=year\\b))?(?<unit>day|week|weekend|month|year|quarter|decade|century|fortnight)\\b", this::readUnitRel);
        add("\\byear(?:[\\s-]|['’]s\\s+)end\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(), Kind.UNIT_REL).unit("Y")));
        near("period", "quarter");
        // results reporting: "the latest period", "the 1988 period", "the 1988 quarter" name the reporting period
        // in focus (in the year written)
        add("\\b(?:the|that|this)\\s+(?:(?:latest|current|most\\s+recent)\\s+|(?<y>" + year + ")\\s+)?period\\b"
                + "|\\bthe\\s+(?<y2>" + year + ")\\s+quarter\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(),
                        Kind.ANAPHOR).unit("Q").offset(0).extra(m.group("y2") != null ? "quarter" : "period")
                        .ymd(m.group("y") != null ? Integer.valueOf(m.group("y")) : m.group("y2") != null
                                ? Integer.valueOf(m.group("y2")) : null, null, null)));
        near("day", "week", "weekend", "month", "year", "quarter", "decade", "century", "fortnight");
        add("\\bthe\\s+day\\s+(?<dir>before|after)\\b", (m, t) -> List.of(Parse.of(m.start(), m.end(), Kind.ANAPHOR)
                .unit("D").offset(m.group("dir").equalsIgnoreCase("before") ? -1 : 1)));
        near("ago", "now", "hence", "earlier", "later", "before", "after");
        // two weeks ago, a year earlier, three days later
        add("\\b(?:(?<approx>about|nearly|almost|more\\s+than|some|around|roughly|just)\\s+)?(?<n>" + num
                + ")[\\s-]+(?<unit>" + units + ")(?:\\s+or\\s+so)?\\s+(?<dir>ago|from\\s+now|hence|earlier|later|before"
                + "|after)\\b",
                this::readAgo);
        near(DIGITS);
        // on the 25th, the 26th and 27th
        add("\\bthe\\s+[1-3]?\\d(?:st|nd|rd|th)\\b(?:\\s*(?:,|and|or|&|to|-|through)\\s*(?:the\\s+)?[1-3]?\\d"
                + "(?:st|nd|rd|th)\\b)*", this::readOrdinalDays);
        near("quarter");
        // the third quarter, 1989 first quarter, fourth-quarter
        add("\\b(?:(?<y1>" + year + ")(?:'s)?\\s+|(?<rel>this\\s+year's|last\\s+year's|next\\s+year's|the)\\s+)?"
                + "(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter\\b"
                + "(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<y2>" + year + "))?", this::readQuarter);
        near("half");
        add("\\b(?:the\\s+)?(?<h>first|second|last|latter)\\s+half(?:\\s+of\\s+(?:(?<rel>this|last|next)\\s+year|(?<y>" + year
                + ")))?", this::readHalf);
        near(lex.forms("season").keySet());
        // this summer, last winter, spring 2015, the summer of 2013
        add("\\b(?:(?<rel>this\\s+past|this|last|next|early|late|the(?:\\s+(?:early|late))?|(?:in|during|by|since|over"
                + "|until|into|through|throughout|from|of)\\s+the(?:\\s+(?:early|late))?)\\s+)?(?<s>spring|summer|autumn"
                + "|fall|winter)\\b(?:,?\\s+(?:of\\s+)?(?<y>"
                + year + "|" + SpelledYear.PATTERN + "))?", this::readSeason);
        near(lex.forms("unit").keySet());
        // two weeks, seven-year, the past three months, nearly two years
        add("\\b(?:(?<past>the\\s+(?:past|last|previous|next|coming|first|following))\\s+)?(?:(?<approx>about|nearly"
                + "|almost|more\\s+than|less\\s+than|over|around|at\\s+least|roughly|some)\\s+)?(?<n>" + num
                + ")(?:\\s+or\\s+so)?[\\s-]+(?<unit>" + units + ")(?![\\s-]+old\\b)", this::readDuration);
        near("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly");
        add("\\b(?:(?<every>every|each)\\s+(?<unit>day|week|month|year|morning|night|evening|" + wdf + ")|(?<adv>daily"
                + "|weekly|monthly|annually|yearly|nightly))\\b", this::readSet);
        near(DIGITS);
        // triggered by the day words, rarer than digits
        java.util.Set<String> dayWords = new java.util.HashSet<>(lex.forms("weekday").keySet());
        dayWords.addAll(monthWords);
        dayWords.addAll(List.of("today", "yesterday", "tomorrow"));
        near(dayWords);
        // 10 p.m. Wednesday, noon Thursday, 5 p.m. EST Nov. 9: one TIME, the clock on the day named
        add("\\b(?:(?<h>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d))?\\s*(?<ap>[ap]\\.?m\\b\\.?)?|(?<word>noon|midnight))"
                + "(?:\\s+(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|local\\s+time))?,?\\s+(?:on\\s+)?(?:(?<wd>" + wdf
                + ")|(?<rel>today|yesterday|tomorrow)\\b|(?<mon>" + mon + ")\\s*(?<d>" + day + ")(?![:.,]\\d))",
                this::readClockOnDay);
        near(DIGITS);
        // 10:30, 10 a.m., 22:00 GMT
        add("\\b(?<h>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d))?\\s*(?<ap>[ap]\\.?m\\b\\.?)?(?:\\s+(?:GMT|UTC|local\\s+time))?",
                this::readClock);
        this.futureCue = Pattern.compile("(?i)(?<![\\w'])(?:" + alt(lex.forms("future_cue").keySet()) + ")(?!\\w)");
    }

    private Set<String> triggers = Set.of(DIGITS);

    /** Sets the trigger words of the rules added next. */
    private void near(java.util.Collection<String> words) {
        triggers = Set.copyOf(words);
    }

    private void near(String... words) {
        near(List.of(words));
    }

    private void add(String regex, BiFunction<Matcher, String, List<Parse>> reader) {
        int index = rules.size();
        rules.add(new Rule(Pattern.compile("(?i)" + regex), reader, triggers));
        for (String w : triggers) {
            int[] old = rulesByTrigger.getOrDefault(w, new int[0]);
            int[] neu = java.util.Arrays.copyOf(old, old.length + 1);
            neu[old.length] = index;
            rulesByTrigger.put(w, neu);
        }
    }

    /** All expressions, left to right, none overlapping. */
    List<Parse> parse(String text) {
        List<Parse> all = new ArrayList<>();
        int[][] windows = windowsPerRule(text);
        for (int r = 0; r < rules.size(); r++) {
            int[] w = windows[r];
            if (w == null) {
                continue;
            }
            Rule rule = rules.get(r);
            Matcher m = rule.pattern.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int i = 0; i < w.length; i += 2) {
                m.region(w[i], w[i + 1]);
                while (m.find()) {
                    if (m.end() == m.start()) {
                        continue;
                    }
                    List<Parse> ps = rule.reader.apply(m, text);
                    if (ps != null) {
                        all.addAll(ps);
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt(Parse::length).reversed().thenComparingInt(Parse::start));
        List<Parse> kept = new ArrayList<>();
        for (Parse p : all) {
            boolean free = true;
            for (Parse k : kept) {
                if (p.start() < k.end() && k.start() < p.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(p.withTense(tenseAround(text, p)));
            }
        }
        kept.sort(Comparator.comparingInt(Parse::start));
        return kept;
    }

    /**
     * For each rule, the merged stretches of text (start, end pairs) within reach of one of its trigger words;
     * null when the text has none. One pass over the words of the text.
     */
    private int[][] windowsPerRule(String text) {
        int n = rules.size();
        int[][] out = new int[n][];
        int[] count = new int[n];
        int len = text.length();
        int i = 0;
        while (i < len) {
            char c = text.charAt(i);
            int s = i;
            String key;
            if (Character.isLetter(c)) {
                while (i < len && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                key = text.substring(s, i).toLowerCase(Locale.ROOT);
            } else if (Character.isDigit(c)) {
                while (i < len && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                key = DIGITS;
            } else {
                i++;
                continue;
            }
            int[] rs = rulesByTrigger.get(key);
            if (rs == null) {
                continue;
            }
            int ws = Math.max(0, s - REACH);
            int we = Math.min(len, i + REACH);
            for (int r : rs) {
                int[] w = out[r];
                int k = count[r];
                if (k > 0 && w[k - 1] >= ws) {
                    w[k - 1] = Math.max(w[k - 1], we);
                    continue;
                }
                if (w == null) {
                    w = new int[8];
                } else if (k + 2 > w.length) {
                    w = java.util.Arrays.copyOf(w, w.length * 2);
                }
                w[k] = ws;
                w[k + 1] = we;
                out[r] = w;
                count[r] = k + 2;
            }
        }
        for (int r = 0; r < n; r++) {
            if (out[r] != null) {
                out[r] = java.util.Arrays.copyOf(out[r], count[r]);
            }
        }
        return out;
    }

    /**
     * The tense of the clause around an expression, read from the tense cue nearest to it within the sentence:
     * +1 when that is a future cue ("will", "scheduled"), -1 when it is a past-tense verb ("said", "fell",
     * "announced"), 0 when the clause has neither. The nearest cue, not any cue, decides: in "said he will go on
     * Friday" the future governs Friday, in "will appeal the ruling announced Wednesday" the past does.
     */
    private int tenseAround(String text, Parse p) {
        int start = p.start();
        int end = p.end();
        String before = wordBefore(text, start).toLowerCase(Locale.ROOT);
        if (before.equals("since")) {
            // "on patrol since March": "since" counts from a time already past, whatever the clause says next
            return -1;
        }
        int from = start;
        int stop = Math.max(0, start - 120);
        while (from > stop && !sentenceBreak(text, from - 1)) {
            from--;
        }
        int to = end;
        int limit = Math.min(text.length(), end + 40);
        while (to < limit && !sentenceBreak(text, to)) {
            to++;
        }
        int future = Integer.MAX_VALUE;
        Matcher m = futureCue.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() >= start && m.start() < end) {
                continue;
            }
            future = Math.min(future, m.start() >= end ? m.start() - end : start - m.end());
        }
        int past = Integer.MAX_VALUE;
        boolean pastGoverns = false;
        Matcher w = WORD.matcher(text).region(from, to);
        while (w.find()) {
            if (w.start() >= start && w.start() < end) {
                continue;
            }
            int dist = w.start() >= end ? w.start() - end : start - w.end();
            if (dist < past && isPastVerb(w.group()) && !afterBe(text, w.start())
                    && !beforeFutureCue(text, w.end(), to)) {
                past = dist;
                pastGoverns = w.end() <= start && !DEADLINE_WORDS.contains(before)
                        && !DETERMINERS.contains(wordBefore(text, w.start()).toLowerCase(Locale.ROOT))
                        && sameClause(text, w.group(), w.end(), start);
            }
        }
        // a past verb speaks for the date when right beside it ("fell on 20 December", "met Monday"), or when it is
        // the verb of the date's own clause, however many words stand between ("shelled army positions near Hama
        // on 20 December"). Across a clause break, or from a verb of saying, it is as often the verb of another
        // clause ("said ... payable Dec. 7"), so a future cue in the sentence then governs, and with none the tense
        // stays open. Further off, an "-ed" word after a determiner is an adjective ("the reduced dividend is
        // payable Jan. 2"), a deadline ("extended the loans through January") lies ahead of the verb, and a future
        // cue anywhere in the sentence may head a clause the past verb only qualifies ("will sign the decree the
        // council approved ... on Feb. 15")
        if ((past <= PAST_REACH || pastGoverns && future == Integer.MAX_VALUE) && past < future) {
            return -1;
        }
        if (p.kind() == Kind.CALENDAR && p.month() != null && p.day() == null && p.year() == null
                && DEADLINE_WORDS.contains(before)) {
            // "by May", "through January": a month given as a deadline or an end lies ahead unless a past verb
            // beside it says otherwise
            return 1;
        }
        return future < Integer.MAX_VALUE ? 1 : 0;
    }

    /**
     * "were planning", "was expected to", "was due": a past auxiliary that carries a future cue looks forward from
     * its clause, so it is no past cue for the date (the future cue beside it speaks instead).
     */
    private boolean beforeFutureCue(String text, int wordEnd, int limit) {
        int s = wordEnd;
        while (s < limit && text.charAt(s) == ' ') {
            s++;
        }
        return s > wordEnd && s < limit && futureCue.matcher(text).region(s, limit).lookingAt();
    }

    /**
     * Whether a past-tense verb ending at {@code verbEnd} heads the clause that reaches the expression at
     * {@code exprStart}: it is no verb of saying (whose complement is a clause of its own), and nothing between
     * them opens a new clause: no comma, colon, dash or bracket, no listed clause-opening word ("that", "which",
     * "but"), no infinitive "to" ("agreed to meet on 20 December" looks ahead).
     */
    private boolean sameClause(String text, String verb, int verbEnd, int exprStart) {
        if (lex.forms("speech_verb").containsKey(verb.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = verbEnd; i < exprStart; i++) {
            char c = text.charAt(i);
            if (",;:()[]\u2013\u2014\"\u201c\u201d".indexOf(c) >= 0 || c == '-' && i > 0 && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        Matcher w = WORD.matcher(text).region(verbEnd, exprStart);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (lex.forms("clause_break").containsKey(word)) {
                return false;
            }
            if (word.equals("to") && infinitiveAfter(text, w.end(), exprStart)) {
                return false;
            }
        }
        return true;
    }

    /** "to meet", "to hold": "to" before a lower-case word that is no determiner, number or pronoun. */
    private static boolean infinitiveAfter(String text, int toEnd, int limit) {
        Matcher n = WORD.matcher(text).region(toEnd, limit);
        if (!n.find() || !text.substring(toEnd, n.start()).isBlank()) {
            return false;
        }
        String next = n.group();
        return Character.isLowerCase(next.charAt(0)) && !NOT_VERB_AFTER_TO.contains(next);
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "these", "those", "newly", "recently");

    private static final Set<String> NOT_VERB_AFTER_TO = Set.of("the", "a", "an", "its", "their", "his", "her",
            "our", "my", "your", "this", "that", "these", "those", "some", "all", "both", "each", "every", "about",
            "around", "nearly", "almost", "more", "less", "them", "him", "us", "me", "it", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several",
            "many", "most", "just", "near", "north", "south", "east", "west");

    /** "be named", "been delayed": an "-ed" form after a form of "be" is a participle, not a past tense. */
    private static boolean afterBe(String text, int wordStart) {
        String before = wordBefore(text, wordStart).toLowerCase(Locale.ROOT);
        return before.equals("be") || before.equals("been") || before.equals("being");
    }

    private static final int PAST_REACH = 15;
    private static final Set<String> DEADLINE_WORDS = Set.of("by", "until", "till", "through");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    /** A past-tense verb: a listed irregular form, or a lower-case "-ed" word that the lexicon does not exclude. */
    private boolean isPastVerb(String word) {
        if (lex.forms("past_cue").containsKey(word)) {
            return true;
        }
        return word.length() > 4 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))
                && !word.endsWith("eed") && !lex.forms("not_past").containsKey(word)
                && !lex.forms("future_cue").containsKey(word);
    }

    private static boolean sentenceBreak(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        // a full stop followed by a space and a capital; "Oct. 20" (abbreviation + digit) is not a break
        return c == '.' && i + 2 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                && Character.isUpperCase(text.charAt(i + 2)) && !abbreviationBefore(text, i);
    }

    /** Titles and initials ("Mr. Schwarz", "Daniel P. Davison", "U.S. Trust") end with a stop mid-sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt",
            "col", "capt", "sgt", "maj", "adm", "prof", "rev", "jr", "sr", "messrs", "no", "vs");

    private static boolean abbreviationBefore(String text, int stop) {
        int s = stop;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        int len = stop - s;
        if (len == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        return len > 0 && TITLES.contains(text.substring(s, stop).toLowerCase(Locale.ROOT));
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
    private static final Set<String> PERIOD_NOUNS = Set.of("quarter");

    private static boolean closesPeriod(String t, int start) {
        String verb = wordBefore(t, start).toLowerCase(Locale.ROOT);
        if (!verb.equals("ended") && !verb.equals("ending")) {
            return false;
        }
        int s = start;
        while (s > 0 && t.charAt(s - 1) == ' ') {
            s--;
        }
        return PERIOD_NOUNS.contains(wordBefore(t, s - verb.length()).toLowerCase(Locale.ROOT));
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
        if (!m.group("mon").endsWith(".") && isAbbreviation(monWord) && after < t.length() && after > m.end()
                && Character.isUpperCase(t.charAt(after))) {
            return null;
        }
        String prep = m.group("prep") == null ? "" : m.group("prep").toLowerCase(Locale.ROOT);
        if (rel == null && (prep.equals("the") || prep.equals("a") || prep.equals("an"))) {
            // "the October vote", "a June agreement": a month used as an adjective before a common noun; "the March
            // of Dimes", "a May Day rally" are names, not months
            String next = wordAfter(t, m.end());
            if (after >= t.length() || !Character.isLowerCase(t.charAt(after)) || next.isEmpty()
                    || NOT_AFTER_ATTRIBUTIVE_MONTH.contains(next)) {
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

    /** Words after "the"/"a" + month that show the month is not an adjective ("the March of Dimes"). */
    private static final Set<String> NOT_AFTER_ATTRIBUTIVE_MONTH = Set.of("of", "and", "or", "to", "is", "was", "in",
            "on", "at", "for", "by", "with");

    private List<Parse> readYear(Matcher m, String t) {
        int y = Integer.parseInt(m.group("y"));
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return null;
        }
        boolean modified = m.group("mod") != null || m.group("fiscal") != null;
        if (!modified) {
            String before = wordBefore(t, m.start("y"));
            if (Set.of("than", "nearly", "almost", "approximately", "roughly", "least", "total", "about", "some",
                    "number", "no", "No", "route", "flight", "resolution").contains(before)) {
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

    private static final List<String> DECADE_WORDS = List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");
    private static final java.util.Map<String, Integer> CENTURY_ORDINALS = java.util.Map.ofEntries(
            java.util.Map.entry("tenth", 10), java.util.Map.entry("eleventh", 11), java.util.Map.entry("twelfth", 12),
            java.util.Map.entry("thirteenth", 13), java.util.Map.entry("fourteenth", 14),
            java.util.Map.entry("fifteenth", 15), java.util.Map.entry("sixteenth", 16),
            java.util.Map.entry("seventeenth", 17), java.util.Map.entry("eighteenth", 18),
            java.util.Map.entry("nineteenth", 19), java.util.Map.entry("twentieth", 20),
            java.util.Map.entry("twenty-first", 21));

    private List<Parse> readSpelledYear(Matcher m, String t) {
        Integer y = SpelledYear.value(m.group("sy"));
        if (y == null || y < MIN_YEAR || y > MAX_YEAR) {
            return null;
        }
        boolean thousand = m.group("sy").toLowerCase(Locale.ROOT).startsWith("two");
        String before = wordBefore(t, m.start()).toLowerCase(Locale.ROOT);
        // "two thousand" is a count unless "the year" or a time preposition introduces it
        if (thousand && m.group("yr") == null && !Set.of("in", "since", "by", "until", "before", "after")
                .contains(before)) {
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

    private List<Parse> readCentury(Matcher m, String t) {
        int ordinal = m.group("n") != null ? Integer.parseInt(m.group("n"))
                : CENTURY_ORDINALS.get(m.group("w").toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "-"));
        if (ordinal < 1 || ordinal > 21) {
            return null;
        }
        return List.of(Parse.of(m.start(), m.end(), Kind.CENTURY).n(ordinal - 1));
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
        Matcher w = WORD.matcher(t).region(end + 2, Math.min(t.length(), end + 40));
        // the noun may follow an adjective ("today's personal computers"); "today's talks on world trade" is specific
        for (int i = 0; i < 2 && w.find(); i++) {
            if (lex.forms("generic_noun").containsKey(w.group().toLowerCase(Locale.ROOT))) {
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
        Integer n = count(m.group("n"));
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
    private static final Set<String> AFTER_ORDINAL_DAY = Set.of("", "and", "or", "to", "until", "till", "when", "as",
            "after", "before", "but", "at", "in", "on", "with", "while", "amid", "which", "that", "was", "is", "were",
            "had", "has", "of", "the", "a", "this", "last", "saw", "morning", "night", "evening", "afternoon");
    private static final Set<String> BEFORE_ORDINAL_DAY = Set.of("on", "since", "until", "till", "by", "from",
            "between", "before", "after", "and");

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
        boolean dayByPreposition = BEFORE_ORDINAL_DAY.contains(wordBefore(t, m.start()).toLowerCase(Locale.ROOT))
                && !capitalNext && !lex.forms("ordinal_noun").containsKey(next);
        if (!punct && !AFTER_ORDINAL_DAY.contains(next) && !dayByPreposition) {
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

    private List<Parse> readQuarter(Matcher m, String t) {
        int q = switch (m.group("q").toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        Integer y = m.group("y1") != null ? Integer.valueOf(m.group("y1"))
                : m.group("y2") != null ? Integer.valueOf(m.group("y2")) : null;
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        int off = rel.startsWith("last") ? -1 : rel.startsWith("next") ? 1 : 0;
        return List.of(Parse.of(m.start(), m.end(), Kind.QUARTER).n(q).ymd(y, null, null).offset(off)
                .extra(rel.startsWith("this") ? "this" : null));
    }

    private List<Parse> readHalf(Matcher m, String t) {
        if (m.group("y") == null && m.group("rel") == null) {
            // "the first half" alone is usually a match period or a share; only with a year
            return null;
        }
        int h = m.group("h").equalsIgnoreCase("first") ? 1 : 2;
        Integer y = m.group("y") != null ? Integer.valueOf(m.group("y")) : null;
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        int off = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
        return List.of(Parse.of(m.start(), m.end(), Kind.HALF).n(h).ymd(y, null, null).offset(off)
                .extra(y == null ? "rel" : null));
    }

    private List<Parse> readSeason(Matcher m, String t) {
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer y = m.group("y") == null ? null : m.group("y").matches("\\d+") ? Integer.valueOf(m.group("y"))
                : SpelledYear.value(m.group("y"));
        if (rel.isEmpty() && y == null || rel.equals("the") && y == null || rel.equals("early") && y == null
                || rel.equals("late") && y == null) {
            return null;
        }
        String season = lex.season(m.group("s"));
        // a preposition introduces the expression but is not part of it: the span starts at "the"
        int start = !rel.startsWith("the") && rel.contains(" the") ? m.start() + rel.indexOf(" the") + 1 : m.start();
        int off = rel.equals("last") || rel.equals("this past") ? -1 : rel.equals("next") ? 1
                : rel.equals("this") ? 0 : Integer.MIN_VALUE;
        return List.of(Parse.of(start, m.end(), Kind.SEASON).extra(season).ymd(y, null, null)
                .offset(off == Integer.MIN_VALUE ? 99 : off));
    }

    private List<Parse> readDuration(Matcher m, String t) {
        String nWord = m.group("n");
        String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
        String unit = lex.unit(unitWord);
        boolean vague = lex.isNumberWord(nWord) && lex.number(nWord) == null;
        Integer n = vague ? null : count(nWord);
        if (!vague && n == null) {
            return null;
        }
        // "a day", "an hour" only count as durations after a word that asks for one ("for a week", "nearly a year")
        boolean article = nWord.equalsIgnoreCase("a") || nWord.equalsIgnoreCase("an");
        String before = wordBefore(t, m.start());
        if (article && m.group("past") == null && m.group("approx") == null
                && !Set.of("for", "within", "over", "about", "after", "in", "than").contains(before)) {
            return null;
        }
        if (nWord.matches("\\d+") && (n > 1000 || wordBefore(t, m.start()).matches("[$£€]"))) {
            return null;
        }
        if (vague && !unitWord.endsWith("s") && !nWord.equalsIgnoreCase("a few")) {
            return null;
        }
        // a vague "some days" outside "the past few days" is not worth a value; keep it, its value says X
        String past = m.group("past") == null ? "" : m.group("past").toLowerCase(Locale.ROOT);
        if (vague && (past.contains("past") || past.contains("last") || past.contains("previous"))) {
            // "the past few months": a vague stretch back from now, TimeML's PAST_REF ("the next few days" stays a
            // duration, as TimeBank has it)
            return List.of(Parse.of(m.start(), m.end(), Kind.REF).extra("PAST_REF"));
        }
        int off = past.contains("past") || past.contains("last") || past.contains("previous") ? -1
                : past.contains("next") || past.contains("coming") ? 1 : 0;
        return List.of(Parse.of(m.start(), m.end(), Kind.DURATION).n(n).unit(unit).offset(off));
    }

    private List<Parse> readSet(Matcher m, String t) {
        String u;
        Integer wd = null;
        if (m.group("adv") != null) {
            u = switch (m.group("adv").toLowerCase(Locale.ROOT)) {
                case "daily", "nightly" -> "D";
                case "weekly" -> "W";
                case "monthly" -> "M";
                default -> "Y";
            };
        } else {
            String w = m.group("unit").toLowerCase(Locale.ROOT);
            wd = lex.weekday(w);
            u = wd != null ? "W" : switch (w) {
                case "morning", "night", "evening" -> "D";
                default -> lex.unit(w);
            };
        }
        return List.of(Parse.of(m.start(), m.end(), Kind.SET).unit(u).weekday(wd));
    }

    /** A clock reading with its day: the minutes in n, the day as weekday, month and day, or a day offset. */
    private List<Parse> readClockOnDay(Matcher m, String t) {
        int minutes;
        if (m.group("word") != null) {
            minutes = m.group("word").equalsIgnoreCase("noon") ? 12 * 60 : 0;
        } else {
            List<Parse> c = readClock(m, t);
            if (c == null) {
                return null;
            }
            minutes = c.get(0).n();
        }
        Parse p = Parse.of(m.start(), m.end(), Kind.CLOCK).n(minutes);
        if (m.group("wd") != null) {
            return capitalised(m, "wd") ? List.of(p.weekday(lex.weekday(m.group("wd")))) : null;
        }
        if (m.group("rel") != null) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            return List.of(p.unit("D").offset(rel.equals("yesterday") ? -1 : rel.equals("tomorrow") ? 1 : 0));
        }
        int d = Integer.parseInt(m.group("d").replaceAll("\\D", ""));
        if (!capitalised(m, "mon") || d < 1 || d > 31) {
            return null;
        }
        return List.of(p.ymd(null, lex.month(m.group("mon")), d));
    }

    private List<Parse> readClock(Matcher m, String t) {
        boolean colon = m.group("mi") != null;
        boolean ampm = m.group("ap") != null;
        if (!colon && !ampm) {
            return null;
        }
        int h = Integer.parseInt(m.group("h"));
        int mi = colon ? Integer.parseInt(m.group("mi")) : 0;
        if (ampm) {
            if (h < 1 || h > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        }
        // "a score of 2:1" or "verse 3:16" style ratios: a clock reading needs two minute digits
        return List.of(Parse.of(m.start(), m.end(), Kind.CLOCK).n(h * 60 + mi));
    }

    // ---- helpers ----

    /** A month form shorter than the month's full name ("Jan", "Sept"). */
    private boolean isAbbreviation(String monthWord) {
        Integer m = lex.month(monthWord);
        return m != null && lex.forms("month").entrySet().stream()
                .anyMatch(e -> e.getValue().equals(String.valueOf(m)) && e.getKey().length() > monthWord.length());
    }

    private Integer count(String word) {
        if (word.matches("\\d+")) {
            return Integer.valueOf(word);
        }
        return lex.number(word);
    }

    private static boolean capitalised(Matcher m, String group) {
        String g = m.group(group);
        return g != null && Character.isUpperCase(g.charAt(0));
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            m.start(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String wordBefore(String t, int pos) {
        int e = pos;
        while (e > 0 && t.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && !Character.isWhitespace(t.charAt(s - 1))) {
            s--;
        }
        return t.substring(s, e);
    }

    static String wordAfter(String t, int pos) {
        int s = pos;
        while (s < t.length() && t.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        return t.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** A regex alternation of lexicon forms, longest first, spaces matching any run of white space. */
    static String alt(java.util.Collection<String> forms) {
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
