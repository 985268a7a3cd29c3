package org.sitrep.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimeTaggerPropertiesTest {
    private static final TimeTagger TAGGER = TimeTagger.standard();
    private static final LocalDate DCT = LocalDate.of(2016, 2, 10);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 60).map(i -> LocalDate.of(1980, 1, 1).plusDays(i));
    }

    private static String month(LocalDate d, TextStyle style) {
        return d.getMonth().getDisplayName(style, Locale.ENGLISH);
    }

    private static List<String> formats(LocalDate d) {
        String full = month(d, TextStyle.FULL);
        String abbr = month(d, TextStyle.SHORT);
        String wd = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        // "May." is no abbreviation: only real abbreviations take a full stop
        String abbrDot = abbr.equals(full) ? abbr : abbr + ".";
        return List.of(
                full + " " + d.getDayOfMonth() + ", " + d.getYear(),
                d.getDayOfMonth() + " " + full + " " + d.getYear(),
                d.getDayOfMonth() + " " + full + ", " + d.getYear(),
                abbr + " " + d.getDayOfMonth() + ", " + d.getYear(),
                abbrDot + " " + d.getDayOfMonth() + ", " + d.getYear(),
                wd + ", " + full + " " + d.getDayOfMonth() + ", " + d.getYear(),
                d.toString(),
                String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
    }

    @Property
    boolean tag_anyFullDateInAnySupportedFormat_roundTrips(@ForAll("dates") LocalDate d) {
        for (String phrase : formats(d)) {
            String text = "Fighting was reported on " + phrase + " near the river.";
            List<TimeExpression> all = TAGGER.tag(text, DCT);
            if (all.size() != 1 || !all.get(0).text().equals(phrase)) {
                throw new AssertionError("'" + phrase + "' tagged as " + all);
            }
            TimeExpression t = all.get(0);
            // a day-first numeric date with both parts <= 12 may be read either way; the other reading is kept
            boolean ok = t.value().equals(d.toString()) || t.altValues().contains(d.toString());
            if (!ok || t.flags().contains(TimeExpression.WEEKDAY_CONFLICT)) {
                throw new AssertionError("'" + phrase + "' -> " + t);
            }
        }
        return true;
    }

    @Property
    boolean tag_yearLessDate_isWithinAYearBeforeTheDct(@ForAll("dates") LocalDate dct,
            @ForAll("dates") LocalDate d) {
        if (d.getMonthValue() == 2 && d.getDayOfMonth() == 29) {
            return true; // a year-less 29 February exists only in leap years, which may lie further off
        }
        String phrase = d.getDayOfMonth() + " " + month(d, TextStyle.FULL);
        TimeExpression t = TAGGER.tag("The town was taken on " + phrase + ".", dct).get(0);
        LocalDate got = LocalDate.parse(t.value());
        return got.getMonth() == d.getMonth() && got.getDayOfMonth() == d.getDayOfMonth()
                && got.isAfter(dct.minusYears(1).minusDays(1)) && !got.isAfter(dct.plusDays(31));
    }

    @Property
    boolean tag_weekdayConflict_agreesWithJavaTime(@ForAll("dates") LocalDate d,
            @ForAll DayOfWeek named) {
        String phrase = month(d, TextStyle.SHORT) + " " + d.getDayOfMonth() + ", " + d.getYear() + " "
                + named.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        TimeExpression t = TAGGER.tag("12 - " + phrase + "\n", DCT).get(0);
        boolean conflict = d.getDayOfWeek() != named;
        if (!t.value().equals(d.toString()) || t.flags().contains(TimeExpression.WEEKDAY_CONFLICT) != conflict) {
            return false;
        }
        if (!conflict) {
            return t.altValues().isEmpty();
        }
        LocalDate alt = LocalDate.parse(t.altValues().get(0));
        return alt.getDayOfWeek() == named && Math.abs(alt.toEpochDay() - d.toEpochDay()) <= 3;
    }

    @Property
    boolean tag_lastWeekday_isWithinTheWeekBeforeTheDct(@ForAll("dates") LocalDate dct, @ForAll DayOfWeek wd) {
        String text = "The clinic was bombed last " + wd.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
        LocalDate got = LocalDate.parse(TAGGER.tag(text, dct).get(0).value());
        return got.getDayOfWeek() == wd && got.isBefore(dct) && !got.isBefore(dct.minusDays(7));
    }
}
