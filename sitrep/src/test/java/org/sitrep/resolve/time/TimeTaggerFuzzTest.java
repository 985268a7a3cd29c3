package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.fuzz.Bounded;

/**
 * Fuzzing of the date grammar through its public entry point, {@link TimeTagger#tag}: over any text and over
 * random runs of date words, numbers and separators, with and without a publication date, it answers (no
 * exception, no hang), every expression's span lies inside the text and spells its words, expressions come in
 * text order, and an anchored interval has its start no later than its end.
 */
class TimeTaggerFuzzTest {
    private static final TimeTagger TAGGER = TimeTagger.standard();

    @Provide
    Arbitrary<String> dateWords() {
        Arbitrary<String> words = Arbitraries.of("January", "Feb", "Feb.", "March", "Sept", "December", "Monday",
                "Sunday", "last", "next", "this", "ago", "days", "week", "weeks", "month", "year", "years", "early",
                "late", "mid", "mid-", "between", "and", "from", "to", "until", "since", "on", "in", "the", "of",
                "morning", "night", "tonight", "yesterday", "today", "tomorrow", "Eid", "Ramadan", "al-Fitr",
                "noon", "a.m.", "pm", "GMT", "first", "second", "third", "twenty", "nineteen", "hundred", "th",
                "st", "nd", "s", "'", "-", "–", "/", ".", ",", ":", "(", ")", " ", "  ", "\n", "\n\n");
        Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.integers().between(0, 40).map(String::valueOf),
                Arbitraries.integers().between(1900, 2100).map(String::valueOf),
                Arbitraries.of("0", "00", "29", "30", "31", "32", "99", "1999", "2016", "9999", "99999999999",
                        "2016-02-30", "2016-13-01", "31/02/2016", "02/31/2016", "12:60", "24:00", "1e9"));
        return Arbitraries.oneOf(words, words, numbers).list().ofMaxSize(25).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<LocalDate> dcts() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(LocalDate.of(1, 1, 1),
                        LocalDate.of(9999, 12, 31), LocalDate.of(2016, 2, 29), LocalDate.of(2000, 1, 1),
                        LocalDate.of(TimeTagger.MAX_DCT_YEAR, 12, 31), LocalDate.of(-TimeTagger.MAX_DCT_YEAR, 1, 1)),
                Arbitraries.integers().between(0, 365 * 80).map(i -> LocalDate.of(1970, 1, 1).plusDays(i)));
    }

    private static void check(String text, LocalDate dct) throws Exception {
        List<TimeExpression> all = Bounded.call(text, () -> TAGGER.tag(text, dct));
        int last = -1;
        for (TimeExpression t : all) {
            assertNotNull(t.span(), t.toString());
            assertTrue(t.span().start() >= 0 && t.span().end() <= text.length(), t + " in " + text.length());
            assertEquals(text.substring(t.span().start(), t.span().end()), t.text(), "the span spells the words");
            assertTrue(t.span().start() >= last, "text order: " + all);
            last = t.span().start();
            if (t.start() != null && t.end() != null) {
                assertTrue(!t.start().isAfter(t.end()), t.toString());
            }
        }
    }

    @Property(tries = 400)
    void tag_dateShapedNoise_answersWithSpansInsideTheText(@ForAll("dateWords") String text,
            @ForAll("dcts") LocalDate dct) throws Exception {
        check(text, dct);
    }

    @Property(tries = 300)
    void tag_anyText_answersWithSpansInsideTheText(@ForAll String text, @ForAll("dcts") LocalDate dct)
            throws Exception {
        check(text, dct);
    }

    /** Found by fuzzing: a creation date near LocalDate's ends leaked DateTimeException; now a documented refusal. */
    @org.junit.jupiter.api.Test
    void tag_creationDateAtTheEndsOfTime_illegalArgumentNamingIt() {
        for (LocalDate dct : new LocalDate[] {LocalDate.MAX, LocalDate.MIN}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> TAGGER.tag("It happened yesterday, and again next year.", dct));
            assertTrue(e.getMessage().contains(dct.toString()), e.getMessage());
        }
    }
}
