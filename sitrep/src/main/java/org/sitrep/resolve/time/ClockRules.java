package org.sitrep.resolve.time;

import static org.sitrep.resolve.time.Fragments.capitalised;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.sitrep.resolve.time.Parse.Kind;

/**
 * Rules for clock times, alone ("10:30", "10 a.m.") or on a named day ("10 p.m. Wednesday"). Part of
 * {@link TimeGrammar}.
 */
final class ClockRules {
    private final Fragments f;
    private final TimeLexicon lex;

    ClockRules(Fragments f) {
        this.f = f;
        this.lex = f.lex();
    }

    /** Adds this construction's rules, in their order of precedence on ties. */
    void addTo(RuleBook book) {
        TimeLexicon lex = f.lex();
        String mon = f.mon();
        String wdf = f.wdf();
        String day = f.day();
        book.near(RuleBook.DIGITS);
        // triggered by the day words, rarer than digits
        java.util.Set<String> dayWords = new java.util.HashSet<>(lex.forms("weekday").keySet());
        dayWords.addAll(lex.forms("month").keySet());
        dayWords.addAll(List.of("today", "yesterday", "tomorrow"));
        book.near(dayWords);
        // 10 p.m. Wednesday, noon Thursday, 5 p.m. EST Nov. 9: one TIME, the clock on the day named
        book.add("\\b(?:(?<h>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d))?\\s*(?<ap>[ap]\\.?m\\b\\.?)?|(?<word>noon|midnight))"
                + "(?:\\s+(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|local\\s+time))?,?\\s+(?:on\\s+)?(?:(?<wd>" + wdf
                + ")|(?<rel>today|yesterday|tomorrow)\\b|(?<mon>" + mon + ")\\s*(?<d>" + day + ")(?![:.,]\\d))",
                this::readClockOnDay);
        book.near(RuleBook.DIGITS);
        // 10:30, 10 a.m., 22:00 GMT
        book.add("\\b(?<h>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d))?\\s*(?<ap>[ap]\\.?m\\b\\.?)?(?:\\s+(?:GMT|UTC|local\\s+time))?",
                this::readClock);
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

}
