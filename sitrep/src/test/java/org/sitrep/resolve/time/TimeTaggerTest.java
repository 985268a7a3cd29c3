package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTaggerTest {
    private static final LocalDate DCT = LocalDate.of(2015, 10, 28); // a Wednesday
    private final TimeTagger tagger = TimeTagger.standard();

    private Optional<TimeExpression> find(String text, String phrase, LocalDate dct) {
        return tagger.tag(text, dct).stream().filter(t -> t.text().equals(phrase)).findFirst();
    }

    private TimeExpression only(String text, LocalDate dct) {
        List<TimeExpression> all = tagger.tag(text, dct);
        assertEquals(1, all.size(), () -> "expected one expression in '" + text + "', got " + all);
        return all.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Shelling resumed on October 31, 2015 near the town.|October 31, 2015|2015-10-31",
        "Shelling resumed on 31 October 2015 near the town.|31 October 2015|2015-10-31",
        "Shelling resumed on 27 October, 2015 near the town.|27 October, 2015|2015-10-27",
        "KAMPALA, 3 March 2023 — Students marched.|3 March 2023|2023-03-03",
        "The convoy arrived on Oct 20 at dawn.|Oct 20|2015-10-20",
        "A ceasefire was signed on Nov 14, 2012 in the capital.|Nov 14, 2012|2012-11-14",
        "Figures dated 2015-10-31 were released.|2015-10-31|2015-10-31",
        "Figures dated 31/10/2015 were released.|31/10/2015|2015-10-31",
        "The bridge was destroyed on 17 September.|17 September|2015-09-17",
        "The siege began in July.|July|2015-07",
        "Supplies ran short in late 2015.|late 2015|2015",
        "The offensive started in September 2015.|September 2015|2015-09",
        "The protests began in 2011.|2011|2011",
        "On Saturday October 24 the road was cut.|Saturday October 24|2015-10-24",
        "Aid workers left two weeks ago.|two weeks ago|2015-W42",
        "Villagers fled earlier this week.|earlier this week|2015-W44",
        "Two shells fell earlier today.|earlier today|2015-10-28",
        "The checkpoint was attacked yesterday.|yesterday|2015-10-27",
        "A market was hit last Sunday.|last Sunday|2015-10-25",
        "Prices rose last month.|last month|2015-09",
        "Fighting has intensified this year.|this year|2015",
        "Talks collapsed on Tuesday.|Tuesday|2015-10-27",
        "The old citadel was rebuilt in the 12th century.|the 12th century|11",
        "Much of the quarter dates from the early nineteenth century.|the early nineteenth century|18",
        "Rents doubled during the nineties.|the nineties|199",
        "The dam was finished in nineteen seventy-three.|nineteen seventy-three|1973",
        "The first strikes came in March twenty fourteen.|March twenty fourteen|2014-03",
        "Planners looked ahead to the year two thousand.|the year two thousand|2000",
        "The border closed in the winter of nineteen ninety-four.|the winter of nineteen ninety-four|1994-WI",
        "The stadium was hit on Friday night.|Friday night|2015-10-23",
    })
    void tag_newsFormats_normalisedAgainstDct(String text, String phrase, String value) {
        TimeExpression t = find(text, phrase, DCT).orElseThrow(() -> new AssertionError(
                "'" + phrase + "' not found in " + tagger.tag(text, DCT)));
        assertEquals(value, t.value());
        assertEquals(TimexType.DATE, t.type());
        assertEquals(phrase, text.substring(t.span().start(), t.span().end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // G12: the part of the current period up to the document date, never the days after it
        "Villagers fled the town earlier this week.|earlier this week|2015-W44|2015-10-26|2015-10-28",
        "Gunmen attacked the checkpoint near the bridge this week.|this week|2015-W44|2015-10-26|2015-10-28",
        "Water supplies ran out earlier this month.|earlier this month|2015-10|2015-10-01|2015-10-28",
        "The militia lost two villages and a hill earlier this year.|earlier this year|2015|2015-01-01|2015-10-28",
        // the other side: later this week, or future talk, starts at the document date
        "The envoy arrives later this week.|later this week|2015-W44|2015-10-28|2015-11-01",
        "Engineers will reopen the crossing this month.|this month|2015-10|2015-10-28|2015-10-31",
    })
    void tag_currentPeriodOnOneSideOfTheDct_intervalStopsOrStartsAtIt(String text, String phrase, String value,
                                                                      LocalDate start, LocalDate end) {
        TimeExpression t = find(text, phrase, DCT).orElseThrow(() -> new AssertionError(tagger.tag(text, DCT)));
        assertEquals(value, t.value(), "the TIMEX value stays the period");
        assertEquals(start, t.start());
        assertEquals(end, t.end());
    }

    @Test
    void tag_currentPeriodWithoutTense_isTheWholePeriod() {
        TimeExpression t = only("Aid deliveries this week: four convoys.", DCT);
        assertEquals(LocalDate.of(2015, 10, 26), t.start());
        assertEquals(LocalDate.of(2015, 11, 1), t.end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // G14: the past verb heads the date's clause, however many words stand between them
        "Rebels shelled army positions near Hama on 20 December.|2014-12-20",
        "Insurgents ambushed a supply convoy on the road north of the airport on 20 December.|2014-12-20",
        "The two sides exchanged prisoners at a crossing outside the city on 14 December.|2014-12-14",
        // future cues, a verb of saying, a clause break or an infinitive keep the year of the document
        "Rebels will meet army officers near Hama on 20 December.|2015-12-20",
        "The governor said the market reopens to traders from the countryside on 20 December.|2015-12-20",
        "Engineers repaired the bridge, and convoys resume their route to the city on 20 December.|2015-12-20",
        "The factions agreed to hold a second round of talks in Geneva on 20 December.|2015-12-20",
        "The army deployed extra troops to secure the polling stations on 20 December.|2015-12-20",
    })
    void tag_pastVerbOfTheClause_yearLessDateGoesBack(String text, String value) {
        TimeExpression t = tagger.tag(text, DCT).stream().filter(x -> x.text().endsWith("December")
                || x.text().endsWith("November")).findFirst().orElseThrow(() -> new AssertionError(
                        tagger.tag(text, DCT)));
        assertEquals(value, t.value());
    }

    @Test
    void tag_weekdayOnTheDct_isThatDay() {
        assertEquals("2015-10-28", only("Talks resumed on Wednesday.", DCT).value());
    }

    @Test
    void tag_weekdayInFutureClause_looksForward() {
        TimeExpression t = only("The envoy will meet both sides on Friday.", DCT);
        assertEquals("2015-10-30", t.value());
        assertTrue(t.flags().contains(TimeExpression.FUTURE));
    }

    @Test
    void tag_yearLessDateAfterDct_takesPreviousYear() {
        // 20 December in an article of 28 October 2015 reported in the past tense is December 2014
        assertEquals("2014-12-20", only("The town fell on 20 December after a long siege.", DCT).value());
    }

    @Test
    void tag_twoWeeksAgo_alsoCarriesDuration() {
        TimeExpression t = only("The road was cut two weeks ago.", DCT);
        assertEquals(List.of("P2W"), t.altValues());
        assertEquals(LocalDate.of(2015, 10, 12), t.start());
        assertEquals(LocalDate.of(2015, 10, 18), t.end());
    }

    @Test
    void tag_inRecentDays_isPastRefWithWeekWindow() {
        TimeExpression t = only("Clashes have grown in recent days.", DCT);
        assertEquals("PAST_REF", t.value());
        assertEquals(DCT.minusDays(6), t.start());
        assertEquals(DCT, t.end());
    }

    @Test
    void tag_ordinalDays_followMonthInFocus() {
        List<TimeExpression> all = tagger.tag(
                "Rebels attacked on 3 March 2013. On the 5th and the 6th the army struck back.", DCT);
        assertEquals(List.of("2013-03-03", "2013-03-05", "2013-03-06"), all.stream().map(TimeExpression::value)
                .toList());
        assertTrue(all.get(1).flags().contains(TimeExpression.FROM_NARRATIVE));
    }

    @Test
    void tag_nextDay_movesWithNarrative() {
        List<TimeExpression> all = tagger.tag("The assault began on 3 March 2013. The next day the town fell. "
                + "Two days later the army withdrew.", DCT);
        assertEquals(List.of("2013-03-03", "2013-03-04", "2013-03-06"),
                all.stream().map(TimeExpression::value).toList());
    }

    @Test
    void tag_tableRow_readsDateNotCount() {
        List<TimeExpression> all = tagger.tag("4 - Oct 20 Tuesday\n5 - Oct 21 Wednesday\n", DCT);
        assertEquals(2, all.size());
        assertEquals("Oct 20 Tuesday", all.get(0).text());
        assertEquals("2015-10-20", all.get(0).value());
        assertFalse(all.get(0).flags().contains(TimeExpression.WEEKDAY_CONFLICT));
    }

    @Test
    void tag_weekdayContradictingDate_keepsBothReadings() {
        TimeExpression t = only("7 - Oct 26 Sunday", DCT);
        assertEquals("2015-10-26", t.value());
        assertTrue(t.flags().contains(TimeExpression.WEEKDAY_CONFLICT));
        assertEquals(List.of("2015-10-25"), t.altValues());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "About 2015 people fled the district.",
        "The 17th Division held its positions.",
        "The council adopted resolution 2042 on the matter.",
        "Fewer than 2000 remained in the camp.",
        "They marked the 25th anniversary of the party.",
        "Some 1,500 fighters took part.",
        "Residents may leave if the road reopens.",
        "Troops march on the town.",
    })
    void tag_countsAndOrdinaryWords_areNotDates(String text) {
        List<TimeExpression> dates = tagger.tag(text, DCT).stream().filter(t -> t.type() == TimexType.DATE).toList();
        assertEquals(List.of(), dates);
    }

    @Test
    void tag_withoutDct_leavesDeicticUnanchored() {
        TimeExpression t = only("The checkpoint was attacked yesterday.", null);
        assertNull(t.start());
        assertTrue(t.flags().contains(TimeExpression.UNANCHORED));
    }

    @Test
    void tag_withoutDct_explicitDateStillResolved() {
        TimeExpression t = only("The checkpoint was attacked on 12 October 2015.", null);
        assertEquals("2015-10-12", t.value());
        assertTrue(t.explicit());
    }

    @Test
    void tag_durationsAndSets_typed() {
        List<TimeExpression> all = tagger.tag("The seven-year war goes on; convoys run daily.", DCT);
        assertEquals(TimexType.DURATION, all.get(0).type());
        assertEquals("P7Y", all.get(0).value());
        assertEquals(TimexType.SET, all.get(1).type());
        assertEquals("P1D", all.get(1).value());
    }

    @Test
    void tag_ambiguousNumericDate_flagsOtherReading() {
        TimeExpression t = only("Figures dated 05/04/2015 were released.", DCT);
        assertEquals("2015-04-05", t.value());
        assertEquals(List.of("2015-05-04"), t.altValues());
        assertTrue(t.flags().contains(TimeExpression.AMBIGUOUS_DAY_MONTH));
    }

    @Test
    void tag_presentRef_hasNoInterval() {
        TimeExpression t = only("The town is now under siege.", DCT);
        assertEquals("PRESENT_REF", t.value());
        assertFalse(t.anchored());
    }

    @Test
    void tag_spelledNumberNotAYear_isNotTagged() {
        assertTrue(tagger.tag("Nineteen ninety-five people signed, and twenty five more joined.", DCT).stream()
                .noneMatch(t -> t.value().matches("\\d{4}")), () -> tagger.tag("x", DCT).toString());
        assertTrue(tagger.tag("About two thousand families fled.", DCT).isEmpty());
    }

    @Test
    void tag_weekdayWithPartOfDay_keepsPartOfDayAsAlternative() {
        TimeExpression t = only("The stadium was hit on Friday night.", DCT);
        assertEquals(List.of("2015-10-23TNI"), t.altValues());
    }

    @Test
    void tag_quarterWithoutNamedQuarter_isLastCompletedAndYearAgoShiftsIt() {
        List<TimeExpression> x = tagger.tag("Exports fell in the quarter. In the year-ago quarter they rose.", DCT);
        assertEquals("2015-Q3", x.get(0).value());
        assertEquals("2014-Q3", x.get(1).value());
    }

    @Test
    void tag_nearestTenseCue_decidesWeekdayDirection() {
        // the past verb beside the weekday governs it, not the "will" of the next clause
        assertEquals("2015-10-23", find("Aid was delivered Friday and more will follow.", "Friday", DCT)
                .orElseThrow().value());
        assertEquals("2015-10-30", find("The envoy said the talks will resume Friday.", "Friday", DCT)
                .orElseThrow().value());
    }

    @Test
    void tag_yearLessDateAheadWithoutTenseCue_staysInTheDctYear() {
        // a date some weeks ahead, no tense cue near it: this year's, not last year's
        assertEquals("2015-12-01", find("Payments are due by the ministry, payable Dec. 1 to families.", "Dec. 1",
                DCT).orElseThrow().value());
    }

    @Test
    void tag_futureCueBeyondADistantParticiple_looksForward() {
        // "named" after "be" is no past tense, and a past verb far from the date does not void the "will"
        assertEquals("2016-02", find("The general will be named to lead a new mission in February.", "February", DCT)
                .orElseThrow().value());
        assertEquals("2016-02-15", find("The minister will sign the decree the council approved after long talks on Feb. 15.",
                "Feb. 15", DCT).orElseThrow().value());
    }

    @Test
    void tag_thisWithMonth_isTheMonthOfTheDctYear() {
        assertEquals("2015-09", find("Elections were held this September.", "this September", DCT).orElseThrow()
                .value());
        assertEquals("2015-12", find("Elections are held this December.", "this December", DCT).orElseThrow()
                .value());
    }

    @Test
    void tag_reportingPeriods_followTheQuarterInFocus() {
        List<TimeExpression> x = tagger.tag("In the second quarter of 2015 revenue rose. In the latest period costs "
                + "fell, unlike in the 2014 period.", DCT);
        assertEquals(List.of("2015-Q2", "2015-Q2", "2014-Q2"), x.stream().map(TimeExpression::value).toList());
        assertEquals("2014-Q3", find("Revenue fell from the 2014 quarter.", "the 2014 quarter", DCT).orElseThrow()
                .value());
        assertEquals("2014", find("Revenue fell from the 2014 period.", "the 2014 period", DCT).orElseThrow()
                .value());
    }

    @Test
    void tag_theYearAlone_isTheCurrentYear() {
        assertEquals("2015", find("Sales for the full year rose.", "the full year", DCT).orElseThrow().value());
        assertEquals("2015", find("Sales for the fiscal year rose.", "the fiscal year", DCT).orElseThrow().value());
        assertEquals("2015", find("Costs peaked for the year.", "the year", DCT).orElseThrow().value());
    }

    @Test
    void tag_vagueStretchBack_isPastRef() {
        TimeExpression ago = find("The camp was built several years ago.", "several years ago", DCT).orElseThrow();
        assertEquals(TimexType.DATE, ago.type());
        assertEquals("PAST_REF", ago.value());
        assertEquals("PAST_REF", find("Prices climbed over the past few months.", "the past few months", DCT)
                .orElseThrow().value());
        // ahead, a vague stretch stays a duration
        assertEquals(TimexType.DURATION, find("Talks resume in the next few days.", "the next few days", DCT)
                .orElseThrow().type());
    }

    @Test
    void tag_yearAgoPeriodPhrases_shiftTheQuarterInFocus() {
        List<TimeExpression> x = tagger.tag("Profit rose in the third quarter of 2015, against a loss in last "
                + "year's quarter and in the quarter a year ago.", DCT);
        assertEquals(List.of("2015-Q3", "2014-Q3", "2014-Q3"), x.stream().map(TimeExpression::value).toList());
    }

    @Test
    void tag_yearNamedByItsEnd_isADuration() {
        TimeExpression t = find("Revenue for the year ended March 31 fell.", "the year", DCT).orElseThrow();
        assertEquals(TimexType.DURATION, t.type());
        assertEquals("P1Y", t.value());
    }

    @Test
    void tag_initialsAndTitles_doNotEndTheSentenceForTenseCues() {
        // "Gen. Ali will take over Feb. 1": the stop after "Gen" and after the initial do not cut off the "will"
        assertEquals("2016-02-01", find("The ministry said Gen. Ali will take over from Col. K. Hassan Feb. 1.",
                "Feb. 1", DCT).orElseThrow().value());
        assertEquals("2016-02-01", find("The new governor takes office effective Feb. 1.", "Feb. 1", DCT)
                .orElseThrow().value());
    }

    // ---- TimeML conventions (DCT 2015-10-28, a Wednesday) ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a month with its year given relative to the document date is one expression
        "The bridge reopened in July last year.|July last year|2014-07",
        "Elections are due in April next year.|April next year|2016-04",
        "The survey began in February this year.|February this year|2015-02",
        // a month used as an adjective names the month
        "Observers doubted the March count of the displaced.|March|2015-03",
        "He left the agency at the beginning of October.|the beginning of October|2015-10",
        // a month given as a deadline lies ahead
        "The parties hope to conclude talks by February.|February|2016-02",
        // "pre-"/"post-" before a year keep the year as the value and join the expression
        "The post-2011 exodus emptied the valley.|post-2011|2011",
        "Earnings will be lower for the last half of 2016.|the last half of 2016|2016-H2",
        "The handover should be complete by year's end.|year's end|2015",
        // a season after a preposition and "the", with its modifier
        "Orders slowed from the low levels of the early summer.|the early summer|2015-SU",
        // FUTURE_REF for an open stretch ahead
        "More returns are expected in the coming months.|the coming months|FUTURE_REF",
        "Aid will stay scarce over the near term.|the near term|FUTURE_REF",
        "The vote was moved to a later date.|a later date|FUTURE_REF",
    })
    void tag_timeMlConventions_valueAndWords(String text, String phrase, String value) {
        TimeExpression t = find(text, phrase, DCT).orElseThrow(() -> new AssertionError(
                "'" + phrase + "' not found in " + tagger.tag(text, DCT)));
        assertEquals(value, t.value());
        assertEquals(TimexType.DATE, t.type());
    }

    @Test
    void tag_monthNamingAnOrganisation_isNoDate() {
        assertTrue(tagger.tag("She gave to the March of Dimes and a May Day fund.", DCT).isEmpty());
    }

    @Test
    void tag_sinceMonthDespiteLaterFutureCue_looksBack() {
        // "since" counts from a past time even when the clause goes on in the future
        assertEquals("2015-03", only("The frigate has been at sea since March and is scheduled to sail home.", DCT)
                .value());
    }

    @Test
    void tag_pastAuxiliaryWithFutureCue_looksForward() {
        // "were planning" speaks of an event still ahead, not of a past one
        TimeExpression t = find("Residents were planning a march on Saturday.", "Saturday", DCT).orElseThrow();
        assertEquals("2015-10-31", t.value());
    }

    @Test
    void tag_postponedUntilWeekday_looksForward() {
        assertEquals("2015-11-02", find("The court postponed until Monday its ruling on the case.", "Monday", DCT)
                .orElseThrow().value());
    }

    @Test
    void tag_yearAgoThenYearEarlier_compareWithTheSameYear() {
        // "a year ago" is a point of comparison, not a new scene: "a year earlier" counts from the document date
        // again (the day a year back), it does not step back to 2013
        List<TimeExpression> all = tagger.tag("Exports fell from a year ago. Imports were flat compared with a year "
                + "earlier.", DCT);
        assertEquals(List.of("2014", "2014-10-28"), all.stream().map(TimeExpression::value).toList());
    }

    @Test
    void tag_resultsQuarterYearEarlierTwice_staysOnTheQuarter() {
        List<TimeExpression> all = tagger.tag("The firm earned $3 million in the third quarter, up from $2 million "
                + "a year earlier. For nine months, sales rose from a year earlier.", DCT);
        assertEquals(List.of("2015-Q3", "2014-Q3", "2014-Q3"), all.stream()
                .filter(t -> t.type() == TimexType.DATE).map(TimeExpression::value).toList());
    }

    @Test
    void tag_twoDaysOfOneMonth_eachADate() {
        assertEquals(List.of("2016-04-24", "2016-04-25", "2015-05-05", "2015-05-07"), tagger.tag(
                "The summit meets on April 24 and 25, 2016. Talks ran from 5 to 7 May.", DCT).stream()
                .map(TimeExpression::value).toList());
    }

    @Test
    void tag_dayThenCountedNumber_onlyTheDay() {
        assertEquals(List.of("2015-05-02"), tagger.tag("On May 2 and 30 people died.", DCT).stream()
                .map(TimeExpression::value).toList());
    }

    @Test
    void tag_clockWithItsDay_oneTimeOnThatDay() {
        // TimeML takes "10 p.m. Wednesday" as one TIME; the day places it, not the document date
        List<TimeExpression> all = tagger.tag("The curfew began at 10 p.m. Tuesday. Bids close at 5 p.m. EST, "
                + "Nov. 9, and the shelling stopped at noon yesterday.", DCT);
        assertEquals(List.of("2015-10-27T22:00", "2015-11-09T17:00", "2015-10-27T12:00"), all.stream()
                .map(TimeExpression::value).toList());
        assertTrue(all.stream().allMatch(t -> t.type() == TimexType.TIME && t.anchored()));
        assertEquals("10 p.m. Tuesday", all.get(0).text());
    }

    @Test
    void tag_weekOfADate_isThatWeek() {
        TimeExpression t = only("Talks are planned for the week of November 16, 2015.", DCT);
        assertEquals("2015-W47", t.value());
        assertEquals("the week of November 16, 2015", t.text());
        assertEquals(LocalDate.of(2015, 11, 16), t.start());
        assertEquals(LocalDate.of(2015, 11, 22), t.end());
    }

    @Test
    void tag_previousAndFollowingWeekday_countFromTheDayInFocus() {
        List<TimeExpression> all = tagger.tag("The index closed on Friday down 2% from the previous Friday. Troops "
                + "left on 3 March 2013 and returned the following Monday.", DCT);
        assertEquals(List.of("2015-10-23", "2015-10-16", "2013-03-03", "2013-03-04"), all.stream()
                .map(TimeExpression::value).toList());
    }

    @Test
    void tag_quarterEndedOnADay_isTheQuarterItCloses() {
        // a fiscal quarter closing on July 31 is reported as the calendar quarter ending nearest to it
        List<TimeExpression> all = tagger.tag("In the quarter ended July 31, sales fell. For the quarter ending "
                + "Sept. 30, profit rose.", DCT);
        assertEquals(List.of("2015-Q2", "2015-07-31", "2015-Q3", "2015-09-30"), all.stream()
                .map(TimeExpression::value).toList());
    }

    @Test
    void tag_todaysBeforeGenericNoun_isNoDate() {
        assertTrue(tagger.tag("Such weapons have no place in today's world or among today's young people.", DCT)
                .isEmpty());
        assertEquals("2015-10-28", only("Delegates opened today's talks on world trade.", DCT).value());
    }

    @Test
    void tag_laterInTheDay_isTheDayInFocus() {
        List<TimeExpression> all = tagger.tag("On 3 March 2013 the town fell; earlier in the day shelling hit it. "
                + "Later the day ended quietly.", DCT);
        assertEquals(List.of("3 March 2013", "earlier in the day"), all.stream().map(TimeExpression::text).toList());
        assertEquals("2013-03-03", all.get(1).value());
    }

    @Test
    void tag_closingDayOfAQuarter_leavesTheQuarterInFocus() {
        // the day that closes the quarter dates it; "a year earlier" still compares quarters
        List<TimeExpression> all = tagger.tag("Sales for the quarter ended Sept. 30 rose to $5 million from $4 "
                + "million a year earlier.", DCT);
        assertEquals(List.of("2015-Q3", "2015-09-30", "2014-Q3"), all.stream().map(TimeExpression::value).toList());
    }

    @Test
    void tag_thisQuarterAfterReportedQuarter_isTheReportedOne() {
        List<TimeExpression> all = tagger.tag("The firm lost $2 million in the third quarter. This quarter's loss "
                + "includes a charge.", DCT);
        assertEquals(List.of("2015-Q3", "2015-Q3"), all.stream().map(TimeExpression::value).toList());
        assertEquals("2015-Q4", only("Output will recover this quarter.", DCT).value());
        assertEquals(List.of("2015-Q3", "2015-Q4"), tagger.tag("The firm lost $2 million in the third quarter, with "
                + "the current quarter having begun well.", DCT).stream().map(TimeExpression::value).toList());
    }

    @Test
    void tag_closingDayOfADuration_takesTheFocus() {
        // "the six months ended Aug. 12" sets no period in focus, so its closing day does
        List<TimeExpression> all = tagger.tag("He joined in 2010. For the six months ended Aug. 12, profit fell from "
                + "a year earlier.", DCT);
        assertEquals("2014-08-12", all.get(all.size() - 1).value());
    }
}
