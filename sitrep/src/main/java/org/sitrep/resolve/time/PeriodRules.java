package org.sitrep.resolve.time;

import static org.sitrep.resolve.time.Fragments.wordBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.sitrep.resolve.time.Parse.Kind;

/**
 * Rules for parts of a year, stretches and repetitions: quarters, halves, seasons, durations ("two weeks"),
 * sets ("every Monday", "weekly"). Part of {@link TimeGrammar}.
 */
final class PeriodRules {
    private final Fragments f;
    private final TimeLexicon lex;

    PeriodRules(Fragments f) {
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
        book.near("quarter");
        // the third quarter, 1989 first quarter, fourth-quarter
        book.add("\\b(?:(?<y1>" + year + ")(?:'s)?\\s+|(?<rel>this\\s+year's|last\\s+year's|next\\s+year's|the)\\s+)?"
                + "(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter\\b"
                + "(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<y2>" + year + "))?", this::readQuarter);
        book.near("half");
        book.add("\\b(?:the\\s+)?(?<h>first|second|last|latter)\\s+half(?:\\s+of\\s+(?:(?<rel>this|last|next)\\s+year|(?<y>" + year
                + ")))?", this::readHalf);
        book.near(lex.forms("season").keySet());
        // this summer, last winter, spring 2015, the summer of 2013
        book.add("\\b(?:(?<rel>this\\s+past|this|last|next|early|late|the(?:\\s+(?:early|late))?|(?:in|during|by|since|over"
                + "|until|into|through|throughout|from|of)\\s+the(?:\\s+(?:early|late))?)\\s+)?(?<s>spring|summer|autumn"
                + "|fall|winter)\\b(?:,?\\s+(?:of\\s+)?(?<y>"
                + year + "|" + SpelledYear.PATTERN + "))?", this::readSeason);
        book.near(lex.forms("unit").keySet());
        // two weeks, seven-year, the past three months, nearly two years
        book.add("\\b(?:(?<past>the\\s+(?:past|last|previous|next|coming|first|following))\\s+)?(?:(?<approx>about|nearly"
                + "|almost|more\\s+than|less\\s+than|over|around|at\\s+least|roughly|some)\\s+)?(?<n>" + num
                + ")(?:\\s+or\\s+so)?[\\s-]+(?<unit>" + units + ")(?![\\s-]+old\\b)", this::readDuration);
        book.near("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly");
        book.add("\\b(?:(?<every>every|each)\\s+(?<unit>day|week|month|year|morning|night|evening|" + wdf + ")|(?<adv>daily"
                + "|weekly|monthly|annually|yearly|nightly))\\b", this::readSet);
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
        Integer n = vague ? null : f.count(nWord);
        if (!vague && n == null) {
            return null;
        }
        // "a day", "an hour" only count as durations after a word that asks for one ("for a week", "nearly a year")
        boolean article = nWord.equalsIgnoreCase("a") || nWord.equalsIgnoreCase("an");
        String before = wordBefore(t, m.start());
        if (article && m.group("past") == null && m.group("approx") == null
                && !lex.listed("duration_intro", before)) {
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

}
