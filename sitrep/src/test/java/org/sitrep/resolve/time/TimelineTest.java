package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

/** The binary searches of a timeline give what a scan of every expression gives. */
class TimelineTest {
    private static List<TimeExpression> expressions(String text) {
        return TimeTagger.standard().tag(text, LocalDate.of(2016, 3, 1));
    }

    @Test
    void withinAndFocusBefore_agreeWithAScan() {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(7);
        String[] parts = {"On Monday the army shelled Azaz. ", "In 2015 it was quiet. ", "On 3 March 2016 jets struck. ",
                "Residents fled. ", "Next week talks resume. ", "For three days fighting raged. "};
        for (int i = 0; i < 300; i++) {
            sb.append(parts[r.nextInt(parts.length)]);
        }
        String text = sb.toString();
        List<TimeExpression> all = expressions(text);
        Timeline t = new Timeline(all, x -> x.precision() != org.sitrep.model.DatePrecision.YEAR);
        for (int k = 0; k < 500; k++) {
            int a = r.nextInt(text.length());
            int b = Math.min(text.length(), a + r.nextInt(200));
            Span s = new Span(a, b);
            List<TimeExpression> scan = all.stream().filter(x -> s.contains(x.span())).toList();
            assertEquals(scan, t.within(s));
            TimeExpression focus = null;
            for (TimeExpression x : all) {
                if (x.span().end() > a) {
                    break;
                }
                if (x.precision() != org.sitrep.model.DatePrecision.YEAR) {
                    focus = x;
                }
            }
            assertEquals(focus, t.focusBefore(a));
        }
    }

    @Test
    void overlappingExpressions_refused() {
        List<TimeExpression> one = expressions("On 3 March 2016 jets struck.");
        List<TimeExpression> twice = new ArrayList<>(one);
        twice.addAll(one);
        assertThrows(IllegalArgumentException.class, () -> new Timeline(twice, x -> true));
    }
}
