package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The time rules run only near their trigger words (a year's four digits, any digits, month and weekday names):
 * on texts made of date, year, decade, clock and count phrases among filler words and the many small numbers of a
 * conflict report, they find exactly what every rule run over the whole text finds.
 */
class RuleBookTest {
    private static final List<String> PHRASES = List.of("2015", "in 2014", "late 2013", "fiscal 1989", "FY2012",
            "2015-10-31", "31/10/2015", "4.3.2016", "the 1990s", "the late '80s", "'70s", "1990s", "12 people",
            "3 km", "26 killed", "at 10:30 pm", "9 am", "on March 4", "4 March 2015", "October 24 and 25, 2015",
            "Saturday, October 24", "the 3rd", "two days ago", "last week", "yesterday", "in July", "2,500",
            "12345", "1 percent", "2016 percent", "1.2015", "the 20th century", "nineteen ninety-six", "March",
            "Sunday", "in early 2016", "mid-2017", "since 2011", "on the 24th of October");
    private static final List<String> FILLER = List.of("the", "army", "said", "shelling", "of", "near", "Aleppo",
            "and", "rebels", ",", ".", "killed", "at", "least", "civilians", "on", "in");

    @Test
    void candidates_nearTriggers_sameAsEveryRuleEverywhere() {
        RuleBook book = new TimeGrammar(TimeLexicon.standard()).rules();
        Random random = new Random(13);
        int found = 0;
        for (int n = 0; n < 1500; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = 4 + random.nextInt(20); k > 0; k--) {
                List<String> from = random.nextInt(3) == 0 ? PHRASES : FILLER;
                text.append(from.get(random.nextInt(from.size()))).append(' ');
            }
            String t = text.toString();
            List<Parse> near = book.candidates(t);
            assertEquals(book.candidatesEverywhere(t), near, t);
            found += near.size();
        }
        assertTrue(found > 1500, "too few time expressions found: " + found);
    }

    @Test
    void candidates_monthInsideAWord_noDate() {
        RuleBook book = new TimeGrammar(TimeLexicon.standard()).rules();
        // tried at every character, "MAR 5" inside "AMAR 5" reads as the fifth of March
        String text = "Fighters of the AMAR 5 brigade shelled the village.";
        assertTrue(book.candidatesEverywhere(text).stream().anyMatch(p -> p.start() == 17), "the reference reads it");
        assertEquals(List.of(), book.candidates(text));
    }
}
