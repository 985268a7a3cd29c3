package org.sitrep.resolve.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IsDisambiguatorTest {
    /** Judges the n-th standalone word "is" (any case) of the sentence. */
    private static boolean at(String sentence, int occurrence) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bis\\b").matcher(sentence);
        for (int k = 0; k <= occurrence; k++) {
            if (!m.find()) {
                throw new IllegalArgumentException("no occurrence " + occurrence);
            }
        }
        return IsDisambiguator.isGroup(sentence, m.start(), m.end());
    }

    @Test
    void isGroup_capitalIsInOrdinarySentence_isTheGroup() {
        assertTrue(at("The town is quiet after IS withdrew overnight.", 1));
        assertFalse(at("The town is quiet after IS withdrew overnight.", 0));
        assertTrue(at("IS fighters shelled the village.", 0));
    }

    @Test
    void isGroup_lowerOrTitleCaseVerb_isNotTheGroup() {
        assertFalse(at("Is the road open?", 0));
        assertFalse(at("The situation is tense.", 0));
    }

    @Test
    void isGroup_headlineInCapitals_needsACue() {
        assertFalse(at("WHAT IS HAPPENING IN THE NORTH", 0));
        assertFalse(at("THE ROAD IS CUT", 0));
        assertTrue(at("ARMY ADVANCES AGAINST IS NEAR THE DAM", 0));
        assertTrue(at("AIRSTRIKES HIT IS FIGHTERS NEAR THE DAM", 0));
        assertFalse(at("IT IS FIGHTERS WHO HOLD THE DAM", 0));
    }

    @Property
    void isGroup_neverForLowerCaseIs(@ForAll @StringLength(max = 30) String before,
                                     @ForAll @StringLength(max = 30) String after) {
        String s = before + " is " + after;
        int i = before.length() + 1;
        assertFalse(IsDisambiguator.isGroup(s, i, i + 2));
    }
}
